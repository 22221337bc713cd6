// The caption editor's pure verbs: split (by word timing or proportionally), merge, shift all
// (stopping at 0), find and replace, normalise. Arabic text keeps its logical order.

#include "core/captions/captionedits.h"

#include <QTest>

using namespace montaj;

class TestCaptionEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitAtNearestWordByTiming()
    {
        CaptionTrack track;
        track.cues = {{0,
                       3000000,
                       "مرحبا بالعالم الجميل",
                       {{0, 1000000, "مرحبا"}, {1000000, 2200000, "بالعالم"}, {2200000, 3000000, "الجميل"}}}};
        const auto out = CaptionEdits::split(track, 0, 1900000); // nearest boundary: 2.2 s
        QVERIFY(out.ok());
        QCOMPARE(out->cues.size(), 2);
        QCOMPARE(out->cues[0],
                 (CaptionCue{
                     0, 1900000, "مرحبا بالعالم", {{0, 1000000, "مرحبا"}, {1000000, 1900000, "بالعالم"}}}));
        QCOMPARE(out->cues[1], (CaptionCue{1900000, 3000000, "الجميل", {{2200000, 3000000, "الجميل"}}}));
    }

    void splitProportionallyWithoutWords()
    {
        CaptionTrack track;
        track.cues = {{1000000, 3000000, "Être déçu à l'école\ntous les jours", {}},
                      {4000000, 5000000, "next", {}}};
        // 75 % of the 34 characters is 25.5; of the separators (… 19 the line break, 24, 28) the
        // space at 24 is the nearest (tied with 28, the earlier wins).
        const auto out = CaptionEdits::split(track, 0, 2500000);
        QVERIFY(out.ok());
        QCOMPARE(out->cues.size(), 3);
        QCOMPARE(out->cues[0].text, QStringLiteral("Être déçu à l'école\ntous"));
        QCOMPARE(out->cues[0].endUs, 2500000);
        QCOMPARE(out->cues[1].text, QStringLiteral("les jours"));
        QCOMPARE(out->cues[1].startUs, 2500000);
        QCOMPARE(out->cues[2].text, QStringLiteral("next"));

        CaptionTrack one;
        one.cues = {{0, 1000000, "abcdef", {}}};
        const auto noSpace = CaptionEdits::split(one, 0, 500000);
        QCOMPARE(noSpace->cues[0].text, QStringLiteral("abc"));
        QCOMPARE(noSpace->cues[1].text, QStringLiteral("def"));

        QCOMPARE(CaptionEdits::split(track, 0, 1000000).error().code,
                 QStringLiteral("captions.split_outside_cue"));
        QCOMPARE(CaptionEdits::split(track, 7, 1500000).error().code, QStringLiteral("captions.no_such_cue"));
    }

    void mergeWithNext()
    {
        CaptionTrack track;
        track.cues = {{0, 1000000, "Bonjour", {{0, 1000000, "Bonjour"}}},
                      {900000, 2000000, "à tous", {{900000, 1500000, "à"}, {1500000, 2000000, "tous"}}},
                      {3000000, 4000000, "fin", {}}};
        const auto out = CaptionEdits::mergeWithNext(track, 0);
        QVERIFY(out.ok());
        QCOMPARE(out->cues.size(), 2);
        QCOMPARE(out->cues[0].startUs, 0);
        QCOMPARE(out->cues[0].endUs, 2000000);
        QCOMPARE(out->cues[0].text, QStringLiteral("Bonjour\nà tous"));
        QCOMPARE(out->cues[0].words.size(), 3);
        QCOMPARE(CaptionEdits::mergeWithNext(track, 2).error().code, QStringLiteral("captions.no_such_cue"));
    }

    void shiftAllStopsAtZero()
    {
        CaptionTrack track;
        track.cues = {{500000, 1000000, "a", {{600000, 900000, "a"}}}, {2000000, 3000000, "b", {}}};
        const auto later = CaptionEdits::shiftAll(track, 1500000);
        QCOMPARE(later.appliedUs, 1500000);
        QCOMPARE(later.track.cues[0].words[0].startUs, 2100000);
        QCOMPARE(later.track.cues[1].endUs, 4500000);
        const auto earlier = CaptionEdits::shiftAll(track, -2000000);
        QCOMPARE(earlier.appliedUs, -500000);
        QCOMPARE(earlier.track.cues[0].startUs, 0);
        QCOMPARE(earlier.track.cues[0].words[0].startUs, 100000);
        QCOMPARE(earlier.track.cues[1].startUs, 1500000);
        // Undo is the opposite shift.
        QCOMPARE(CaptionEdits::shiftAll(earlier.track, -earlier.appliedUs).track, track);
    }

    void findAndReplace()
    {
        CaptionTrack track;
        track.cues = {{0,
                       1000000,
                       "Montaj, montaj, MONTAJ",
                       {{0, 300000, "Montaj,"}, {300000, 600000, "montaj,"}, {600000, 1000000, "MONTAJ"}}},
                      {1000000, 2000000, "مرحبا montaj", {}}};
        const auto sensitive = CaptionEdits::findAndReplace(track, "montaj", "Montaj");
        QCOMPARE(sensitive.count, 2);
        QCOMPARE(sensitive.track.cues[0].text, QStringLiteral("Montaj, Montaj, MONTAJ"));
        QCOMPARE(sensitive.track.cues[0].words[1].text, QStringLiteral("Montaj,"));
        QCOMPARE(sensitive.track.cues[1].text, QStringLiteral("مرحبا Montaj"));
        const auto insensitive = CaptionEdits::findAndReplace(track, "montaj", "Studio", Qt::CaseInsensitive);
        QCOMPARE(insensitive.count, 4);
        QCOMPARE(insensitive.track.cues[0].words.size(), 3);
        // A replacement across words drops that cue's word timing rather than leave it wrong.
        const auto across = CaptionEdits::findAndReplace(track, ", m", " M");
        QCOMPARE(across.count, 1);
        QVERIFY(across.track.cues[0].words.isEmpty());
        QCOMPARE(CaptionEdits::findAndReplace(track, "", "x").count, 0);
    }

    void normalized()
    {
        CaptionTrack track;
        track.cues = {{3000000, 2000000, "late  \n\n  end ", {{5000000, 6000000, "late"}}},
                      {-100, 500000, "early", {}},
                      {1000000, 2000000, " \n", {}}};
        const CaptionTrack n = CaptionEdits::normalized(track);
        QCOMPARE(n.cues.size(), 2);
        QCOMPARE(n.cues[0], (CaptionCue{0, 500000, "early", {}}));
        QCOMPARE(n.cues[1], (CaptionCue{3000000, 3000000, "late\n  end", {{3000000, 3000000, "late"}}}));
    }
};

QTEST_GUILESS_MAIN(TestCaptionEdits)
#include "tst_captionedits.moc"
