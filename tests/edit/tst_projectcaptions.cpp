#include "edittesthelpers.h"

#include "core/edit/projectdocument.h"

#include <QTest>
#include <QUndoStack>

using namespace montaj;

namespace {

CaptionCue cue(qint64 fromMs, qint64 toMs, const QString &text)
{
    return CaptionCue{fromMs * 1000, toMs * 1000, text, {}};
}

CaptionTrack threeCues()
{
    CaptionTrack t;
    t.language = QStringLiteral("fr");
    t.cues = {cue(0, 1500, u"Bonjour à tous"_qs), cue(1500, 3000, u"Être déçu à l'école"_qs),
              cue(3200, 5000, u"مرحبا بالعالم 2024"_qs)};
    return t;
}

} // namespace

// Every caption verb is one undo step that undoes back to exactly the state before, and bad
// requests change nothing.
class TestProjectCaptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyVerbIsOneUndoStep()
    {
        ProjectDocument doc;
        QVERIFY(doc.setCaptionTrack(threeCues(), u"Import captions"_qs));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), u"Import captions"_qs);
        QCOMPARE(doc.captions().cues.size(), 3);

        struct Step
        {
            const char *name;
            std::function<bool()> run;
            std::function<void()> check;
        };
        const QList<Step> steps = {
            {"edit", [&] { return bool(doc.updateCaptionCue(0, cue(0, 1400, u"Salut"_qs))); },
             [&] { QCOMPARE(doc.captions().cues[0].text, u"Salut"_qs); }},
            {"edit moves in time order",
             [&] { return bool(doc.updateCaptionCue(0, cue(3100, 3150, u"Tard"_qs))); },
             [&] {
                 QCOMPARE(doc.captions().cues[1].text, u"Tard"_qs);
                 QCOMPARE(doc.captions().cues[0].text, u"Être déçu à l'école"_qs);
             }},
            {"add", [&] { return bool(doc.addCaptionCue(cue(6000, 7000, u"Fin"_qs))); },
             [&] { QCOMPARE(doc.captions().cues.last().text, u"Fin"_qs); }},
            {"remove", [&] { return bool(doc.removeCaptionCue(0)); },
             [&] {
                 QCOMPARE(doc.captions().cues.size(), 3); // Tard, مرحبا…, Fin
                 QCOMPARE(doc.captions().cues[0].text, u"Tard"_qs);
             }},
            {"split", [&] { return bool(doc.splitCaptionCue(1, 4000'000)); },
             [&] {
                 QCOMPARE(doc.captions().cues.size(), 4);
                 QCOMPARE(doc.captions().cues[1].endUs, 4000'000);
                 QCOMPARE(doc.captions().cues[2].startUs, 4000'000);
                 QCOMPARE(doc.captions().cues[1].text + u' ' + doc.captions().cues[2].text,
                          u"مرحبا بالعالم 2024"_qs);
             }},
            {"output",
             [&] {
                 return bool(doc.setCaptionOutput(CaptionOutput{false, true}));
             },
             [&] {
                 QCOMPARE(doc.captions().output, (CaptionOutput{false, true}));
             }},
            {"merge", [&] { return bool(doc.mergeCaptionCues(0)); },
             [&] {
                 QCOMPARE(doc.captions().cues.size(), 3);
                 QCOMPARE(doc.captions().cues[0].startUs, 3100'000);
                 QCOMPARE(doc.captions().cues[0].endUs, 4000'000);
                 QVERIFY(doc.captions().cues[0].text.startsWith(u"Tard\n"_qs));
             }},
            {"shift",
             [&] {
                 auto applied = doc.shiftCaptions(-10'000'000);
                 return applied && *applied == -3100'000;
             },
             [&] { QCOMPARE(doc.captions().cues[0].startUs, 0); }},
            {"replace",
             [&] {
                 auto n = doc.replaceInCaptions(u"tard"_qs, u"TARD"_qs, Qt::CaseInsensitive);
                 return n && *n == 1;
             },
             [&] { QVERIFY(doc.captions().cues[0].text.startsWith(u"TARD"_qs)); }},
            {"style",
             [&] {
                 CaptionStyle s;
                 s.preset = CaptionPreset::Boxed;
                 s.box = true;
                 return bool(doc.setCaptionStyle(s));
             },
             [&] { QCOMPARE(doc.captions().style.preset, CaptionPreset::Boxed); }},
        };
        for (const Step &step : steps) {
            const ProjectState before = doc.state();
            const int count = doc.undoStack()->count();
            QVERIFY2(step.run(), step.name);
            QCOMPARE(doc.undoStack()->count(), count + 1);
            step.check();
            const ProjectState after = doc.state();
            doc.undoStack()->undo();
            QVERIFY2(doc.state() == before, step.name);
            doc.undoStack()->redo();
            QVERIFY2(doc.state() == after, step.name);
        }
    }

    void badRequestsChangeNothing()
    {
        ProjectDocument doc;
        QVERIFY(doc.setCaptionTrack(threeCues(), u"Import captions"_qs));
        const ProjectState before = doc.state();
        auto r = doc.updateCaptionCue(7, cue(0, 1, u"x"_qs));
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"captions.no_such_cue"_qs);
        QVERIFY(!doc.updateCaptionCue(0, cue(2000, 1000, u"backwards"_qs)));
        QVERIFY(!doc.splitCaptionCue(0, 9'000'000));
        QVERIFY(!doc.mergeCaptionCues(2));
        QVERIFY(!doc.replaceInCaptions(QString(), u"y"_qs));
        CaptionStyle bad;
        bad.maxLines = 0;
        QVERIFY(!doc.setCaptionStyle(bad));
        QCOMPARE(doc.state(), before);
        QCOMPARE(doc.undoStack()->count(), 1);
        // Nothing to change: nothing pushed.
        QVERIFY(doc.replaceInCaptions(u"absent"_qs, u"y"_qs));
        QCOMPARE(doc.undoStack()->count(), 1);
    }

    void clipFiltersAreOneStep()
    {
        ProjectDocument doc;
        const QString id = *doc.addClip(videoClip(u"/media/a.mp4"_qs));
        const QList<FilterSettings> stack{{u"exposure"_qs, {{u"stops"_qs, 0.5}}, true}};
        QVERIFY(doc.setClipFilters(id, stack));
        QCOMPARE(doc.undoStack()->undoText(), u"Change filters"_qs);
        QCOMPARE(doc.clip(id)->filters, stack);
        QVERIFY(doc.setClipFilters(id, stack)); // unchanged: nothing pushed
        QCOMPARE(doc.undoStack()->count(), 2);
        QVERIFY(!doc.setClipFilters(id, {FilterSettings{}}));
        QVERIFY(!doc.setClipFilters(u"nope"_qs, stack));
        doc.undoStack()->undo();
        QVERIFY(doc.clip(id)->filters.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProjectCaptions)
#include "tst_projectcaptions.moc"
