// Caption checks with concrete figures: reading speed, line length in grapheme clusters, too
// short, too long, overlaps; thresholds from settings.

#include "core/captions/captionchecks.h"

#include <QTest>

using namespace montaj;

class TestCaptionChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void graphemesNotCodeUnits()
    {
        QCOMPARE(CaptionChecks::graphemeCount(u"e\u0301t\u00E9"), 3);  // e + combining acute
        QCOMPARE(CaptionChecks::graphemeCount(u"👋🏽 ok"), 4);     // emoji + skin tone is one
        QCOMPARE(CaptionChecks::graphemeCount(u"مرحبا\nبالعالم"), 12); // line break not counted
        QCOMPARE(CaptionChecks::graphemeCount(u"\U0001F468\u200D\U0001F469\u200D\U0001F467"), 1); // family
        QCOMPARE(CaptionChecks::graphemeCount(u""), 0);
    }

    void concreteFigures()
    {
        CaptionTrack track;
        track.cues = {
            // 0: 36 characters in 2 s = 18/s > 17; fine otherwise.
            {0, 2000000, "Être déçu à l'école, vraiment déçu !", {}},
            // 1: 0.5 s (too short), 5 characters = 10/s, overlaps cue 2 by 0.25 s.
            {2000000, 2500000, "Salut", {}},
            // 2: 8 s (too long); line 2 has 43 graphemes.
            {2250000, 10250000, "ok\n" + QString(43, u'ب'), {}},
        };
        QCOMPARE(CaptionChecks::graphemeCount(track.cues[0].text), 36);
        const QList<CaptionIssue> issues = CaptionChecks::check(track);
        const QList<CaptionIssue> expected{
            {CaptionIssueKind::ReadingSpeed, 0, 18.0, 17.0, -1},
            {CaptionIssueKind::TooShort, 1, 0.5, 0.8, -1},
            {CaptionIssueKind::Overlap, 1, 0.25, 0.0, -1},
            {CaptionIssueKind::LineTooLong, 2, 43.0, 42.0, 1},
            {CaptionIssueKind::TooLong, 2, 8.0, 7.0, -1},
        };
        QCOMPARE(issues, expected);
        QCOMPARE(CaptionChecks::describe(issues[0]),
                 QStringLiteral("18.0 characters per second; the limit is 17."));
        QCOMPARE(CaptionChecks::describe(issues[3]),
                 QStringLiteral("Line 2 has 43 characters; the limit is 42."));
        QCOMPARE(CaptionChecks::describe(issues[2]), QStringLiteral("Runs 0.25 s into the next cue."));

        CaptionThresholds relaxed;
        relaxed.maxCharsPerSecond = 20;
        relaxed.maxCharsPerLine = 50;
        relaxed.minDurationUs = 400000;
        relaxed.maxDurationUs = 9000000;
        const QList<CaptionIssue> fewer = CaptionChecks::check(track, relaxed);
        QCOMPARE(fewer.size(), 1);
        QCOMPARE(fewer[0].kind, CaptionIssueKind::Overlap);
    }

    void zeroLengthCueHasNoSpeedButIsTooShort()
    {
        CaptionTrack track;
        track.cues = {{1000000, 1000000, "x", {}}};
        const auto issues = CaptionChecks::check(track);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].kind, CaptionIssueKind::TooShort);
        QCOMPARE(issues[0].measured, 0.0);
        QVERIFY(CaptionChecks::checkCue(track, 5).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCaptionChecks)
#include "tst_captionchecks.moc"
