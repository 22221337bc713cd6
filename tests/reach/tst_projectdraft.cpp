// A Montaj project as a reach draft: the timeline's length, captions that reach the export, and a
// project file read from disk (a broken one names the file and line, and leaves the draft as it was).
#include "core/edit/projectdocument.h"
#include "core/edit/projectfile.h"
#include "core/reach/projectdraft.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace montaj;

namespace {

Clip clip(qint64 inUs, qint64 outUs)
{
    Clip c;
    c.mediaPath = QStringLiteral("/media/take.mp4");
    c.inUs = inUs;
    c.outUs = outUs;
    c.sourceDurationUs = 60'000'000;
    c.sourceSize = QSize(1080, 1920);
    return c;
}

CaptionCue cue(qint64 startUs, qint64 endUs)
{
    CaptionCue c;
    c.startUs = startUs;
    c.endUs = endUs;
    c.text = QStringLiteral("مرحبا");
    return c;
}

} // namespace

class TestProjectDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void factsComeFromTheTimeline()
    {
        ProjectState state;
        state.clips << clip(2'000'000, 14'400'000) << clip(0, 8'300'000); // 12.4 s + 8.3 s
        state.overlays << TextOverlay{};
        state.captions.cues << cue(0, 1'000'000);
        const ProjectReachFacts facts = ProjectReachFacts::of(state);
        QCOMPARE(facts.durationSec, 21);
        QCOMPARE(facts.clipCount, 2);
        QCOMPARE(facts.overlayCount, 1);
        QVERIFY(facts.hasCaptions);

        // Only captions burned into the picture count: platforms do not show an MP4's subtitle track.
        state.captions.output = CaptionOutput{false, false};
        QVERIFY(!ProjectReachFacts::of(state).hasCaptions);
        state.captions.output = CaptionOutput{false, true};
        QVERIFY(!ProjectReachFacts::of(state).hasCaptions);
        state.captions.output = CaptionOutput{true, true};
        QVERIFY(ProjectReachFacts::of(state).hasCaptions);
        state.captions.cues.clear();
        QVERIFY(!ProjectReachFacts::of(state).hasCaptions);

        // A very short timeline still lasts a second.
        ProjectState shortOne;
        shortOne.clips << clip(0, 300'000);
        QCOMPARE(ProjectReachFacts::of(shortOne).durationSec, 1);
    }

    void theDraftKeepsWhatAProjectDoesNotHave()
    {
        ReachDraft typed;
        typed.caption = QStringLiteral("Mon essai #recette");
        typed.postAtUtc = QDateTime(QDate(2026, 11, 21), QTime(19, 0), QTimeZone::utc());
        typed.isPhoto = true;
        typed.durationSec = -1;
        typed.disclosed = true;
        ProjectState state;
        state.clips << clip(0, 45'000'000);
        const ReachDraft d = ProjectReachFacts::of(state).appliedTo(typed);
        QCOMPARE(d.durationSec, 45);
        QVERIFY(!d.isPhoto);
        QCOMPARE(d.hasCaptions, std::optional<bool>(false));
        QCOMPARE(d.caption, typed.caption);
        QCOMPARE(d.postAtUtc, typed.postAtUtc);
        QCOMPARE(d.disclosed, std::optional<bool>(true));

        // An empty timeline says nothing about the duration.
        typed.isPhoto = false;
        typed.durationSec = 30;
        const ProjectReachFacts empty = ProjectReachFacts::of(ProjectState{});
        QVERIFY(empty.isEmpty());
        QCOMPARE(empty.appliedTo(typed).durationSec, 30);
    }

    void readsAProjectFile()
    {
        QTemporaryDir dir;
        ProjectDocument doc;
        QVERIFY(doc.addClip(clip(0, 9'600'000)));
        QVERIFY(doc.addClip(clip(1'000'000, 4'000'000)));
        QVERIFY(doc.addCaptionCue(cue(0, 2'000'000)));
        const QString path = dir.filePath(QStringLiteral("recette.montaj"));
        QVERIFY(ProjectFile::save(doc, path));
        const auto facts = ProjectReachFacts::read(path);
        QVERIFY2(facts, facts ? "" : qPrintable(facts.error().toString()));
        QCOMPARE(facts->durationSec, 13); // 12.6 s
        QCOMPARE(facts->clipCount, 2);
        QVERIFY(facts->hasCaptions);
    }

    void aBrokenProjectFileIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.montaj"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"schema\": \"montaj.project\",\n  \"clips\": [ oops\n");
        file.close();
        const auto facts = ProjectReachFacts::read(path);
        QVERIFY(!facts);
        const QString text = facts.error().toString();
        QVERIFY2(text.contains(QStringLiteral("broken.montaj")) && text.contains(QStringLiteral("line: 3")),
                 qPrintable(text));
        QVERIFY(!ProjectReachFacts::read(dir.filePath(QStringLiteral("missing.montaj"))));
    }
};

QTEST_GUILESS_MAIN(TestProjectDraft)
#include "tst_projectdraft.moc"
