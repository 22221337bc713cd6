// The export dialog against the real `montajctl render`: pre-flight checks in words, a 2 s
// project rendered to a file that probes right, a render stopped midway leaving nothing behind
// (no output, no partial file, no snapshot), closing while rendering asks first, and a child that
// fails or crashes explained in words.

#include "core/media/mediaprobe.h"
#include "core/render/exportjob.h"
#include "tests/support/mediafixtures.h"
#include "ui/edit/exportdialog.h"
#include "ui/edit/exportdialogrunner.h"
#include "ui/edit/mediapool.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace montaj;
using namespace montaj::ui;

namespace {

Clip videoClip(const QString &path, qint64 inUs, qint64 outUs, qint64 sourceUs)
{
    static int next = 0;
    Clip clip;
    clip.id = QString("clip-%1").arg(++next);
    clip.mediaPath = path;
    clip.inUs = inUs;
    clip.outUs = outUs;
    clip.sourceDurationUs = sourceUs;
    clip.sourceSize = QSize(320, 240);
    clip.sourceHasAudio = false;
    return clip;
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_video;
    qint64 m_videoUs = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The video four times (12 s) at 1080×1920: long enough to stop midway.
    ProjectState longProject() const
    {
        ProjectState state;
        for (int i = 0; i < 4; ++i)
            state.clips << videoClip(m_video, 0, m_videoUs, m_videoUs);
        return state;
    }

    static bool noneLeft(const QString &output, const QStringList &arguments)
    {
        return !QFile::exists(output) && !QFile::exists(ExportJob::partialPathFor(output))
               && arguments.size() > 1 && !QFile::exists(arguments.at(1));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_video = test::MediaFixtures::h264();
        QVERIFY(!m_video.isEmpty());
        const auto info = MediaProbe::probe(m_video);
        QVERIFY(info.ok());
        m_videoUs = info->durationUs;
        QVERIFY(QFile::exists(MONTAJCTL));
    }

    void suggestsAFileInTheVideosFolder()
    {
        const QString suggested = ExportDialog::defaultOutputPath("Trip: day 1/2");
        QCOMPARE(QFileInfo(suggested).fileName(), QString("Trip- day 1-2.mp4"));
        const QString movies = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
        QCOMPARE(QFileInfo(suggested).absolutePath(),
                 QFileInfo(movies.isEmpty() ? QDir::homePath() : movies).absoluteFilePath());
        QVERIFY(
            ExportDialog::defaultOutputPath(QString()).endsWith(ExportDialog::tr("Untitled video") + ".mp4"));
    }

    void checksBeforeExporting()
    {
        ExportDialog empty(ProjectState{}, "Empty", MONTAJCTL);
        QCOMPARE(empty.problems(), QString("The project has no clips: add at least one before exporting."));
        QVERIFY(!empty.exportButton()->isEnabled());
        empty.startExport(); // refused: nothing runs
        QCOMPARE(empty.state(), ExportDialog::State::Ready);

        // Four minutes of a still: too long for Reels and Shorts, fine for TikTok.
        const QString still = test::MediaFixtures::still("png");
        ProjectState state;
        Clip clip = videoClip(still, 0, 240'000'000, MediaPool::kStillSourceUs);
        clip.sourceSize = QSize(64, 48);
        state.clips << clip;
        ExportDialog dialog(state, "Long", MONTAJCTL);
        dialog.setOutputPath(path("long.mp4"));
        dialog.setPresetId("instagram-reels");
        QVERIFY(dialog.problems().startsWith("The video lasts"));
        QVERIFY(!dialog.exportButton()->isEnabled());
        dialog.setPresetId("tiktok-1080p30");
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems()));
        QVERIFY(dialog.exportButton()->isEnabled());
        dialog.setOutputPath(path("long.mov"));
        QCOMPARE(dialog.problems(), QString("The file name must end in .mp4."));
        dialog.setOutputPath(path("long")); // no suffix: .mp4 is added
        QCOMPARE(dialog.outputPath(), path("long.mp4"));
        QVERIFY(dialog.problems().isEmpty());

        // A missing file is named.
        state.clips.first().mediaPath = path("gone.png");
        ExportDialog missing(state, "Missing", MONTAJCTL);
        QVERIFY(missing.problems().contains("gone.png"));
    }

    void rendersATwoSecondProject()
    {
        ProjectState state;
        state.canvas.size = QSize(360, 640);
        state.clips << videoClip(m_video, 0, 2'000'000, m_videoUs);
        ExportDialog dialog(state, "Two seconds", MONTAJCTL);
        const QString output = path("two.mp4");
        dialog.setOutputPath(output);
        dialog.setPresetId("keep-source");
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems()));
        auto *runner = dialog.findChild<ExportDialogRunner *>();
        QSignalSpy progress(runner, &ExportDialogRunner::progressed);
        dialog.show();
        dialog.startExport();
        QCOMPARE(dialog.state(), ExportDialog::State::Rendering);
        const QStringList arguments = runner->arguments();
        QCOMPARE(arguments.first(), QString("render"));
        QVERIFY(arguments.at(1).endsWith(".montaj"));
        QVERIFY(QFile::exists(arguments.at(1)));
        QCOMPARE(arguments.mid(2), (QStringList{"-o", output, "--preset", "keep-source"}));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.state() != ExportDialog::State::Rendering, 120000);
        QVERIFY2(dialog.state() == ExportDialog::State::Succeeded, qPrintable(dialog.resultText()));

        QVERIFY(progress.count() >= 1);
        QCOMPARE(progress.last().at(0).toLongLong(), 60);
        QCOMPARE(progress.last().at(1).toLongLong(), 60);
        QVERIFY(QFile::exists(output));
        QVERIFY(!QFile::exists(ExportJob::partialPathFor(output)));
        QVERIFY(!QFile::exists(arguments.at(1))); // the snapshot is gone
        const auto info = MediaProbe::probe(output);
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().toString()));
        const VideoStreamInfo *video = info->video();
        QVERIFY(video);
        QCOMPARE(video->displaySize, QSize(360, 640));
        QVERIFY(std::abs(info->durationUs - 2'000'000) < 100'000);
        QVERIFY(dialog.resultText().contains(QDir::toNativeSeparators(output)));
        QVERIFY(dialog.resultText().contains(QLocale().formattedDataSize(QFileInfo(output).size())));
        QVERIFY(dialog.showInFolderButton()->isVisible());
        QDir().mkpath(MONTAJ_SCREENSHOT_DIR);
        QVERIFY(dialog.grab().save(QDir(MONTAJ_SCREENSHOT_DIR).filePath("edit-export-done.png")));

        // Exporting again over it asks first; "no" keeps the file.
        dialog.setQuestionAsker([](const QString &question) { return !question.contains("already exists"); });
        dialog.startExport();
        QCOMPARE(dialog.state(), ExportDialog::State::Succeeded);
    }

    void stoppingLeavesNothingBehind()
    {
        ExportDialog dialog(longProject(), "Long render", MONTAJCTL);
        const QString output = path("stopped.mp4");
        dialog.setOutputPath(output);
        dialog.setPresetId("tiktok-1080p30");
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems()));
        auto *runner = dialog.findChild<ExportDialogRunner *>();
        QSignalSpy progress(runner, &ExportDialogRunner::progressed);
        dialog.show();
        dialog.startExport();
        const QStringList arguments = runner->arguments();
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 1, 60000);
        QVERIFY(progress.last().at(0).toLongLong() < progress.last().at(1).toLongLong());
        QDir().mkpath(MONTAJ_SCREENSHOT_DIR);
        QVERIFY(dialog.grab().save(QDir(MONTAJ_SCREENSHOT_DIR).filePath("edit-export-running.png")));
        QCOMPARE(dialog.progressBar()->maximum(), 360);
        QVERIFY(dialog.progressText().contains(QLocale().toString(360)));
        QElapsedTimer clock;
        clock.start();
        dialog.stopExport();
        QCOMPARE(dialog.state(), ExportDialog::State::Stopping);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.state() == ExportDialog::State::Cancelled, 20000);
        QVERIFY(clock.elapsed() < ExportDialogRunner::kStopGraceMs); // it stopped when asked, not killed
        QVERIFY(noneLeft(output, arguments));
        QCOMPARE(dialog.resultText(), QString("The export was stopped. No file was left behind."));
    }

    void closingWhileRenderingAsksFirst()
    {
        ExportDialog dialog(longProject(), "Closing", MONTAJCTL);
        const QString output = path("closed.mp4");
        dialog.setOutputPath(output);
        dialog.setPresetId("tiktok-1080p30");
        bool stop = false;
        int asked = 0;
        dialog.setQuestionAsker([&](const QString &) {
            ++asked;
            return stop;
        });
        auto *runner = dialog.findChild<ExportDialogRunner *>();
        dialog.show();
        dialog.startExport();
        const QStringList arguments = runner->arguments();
        QVERIFY(!dialog.close()); // "no": keeps rendering
        QCOMPARE(asked, 1);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.state(), ExportDialog::State::Rendering);
        stop = true;
        dialog.close();
        QCOMPARE(asked, 2);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 20000);
        QCOMPARE(dialog.state(), ExportDialog::State::Cancelled);
        QVERIFY(noneLeft(output, arguments));
    }

    void explainsAFailingChild()
    {
        // The file exists (the check passes) but is not a video: montajctl says why.
        const QString fake = path("fake.mp4");
        QVERIFY(QFile::copy(test::MediaFixtures::broken("garbage"), fake));
        ProjectState state;
        state.canvas.size = QSize(360, 640);
        state.clips << videoClip(fake, 0, 2'000'000, 3'000'000);
        ExportDialog dialog(state, "Broken", MONTAJCTL);
        const QString output = path("broken.mp4");
        dialog.setOutputPath(output);
        dialog.setPresetId("keep-source");
        QVERIFY(dialog.problems().isEmpty());
        auto *runner = dialog.findChild<ExportDialogRunner *>();
        dialog.startExport();
        const QStringList arguments = runner->arguments();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.state() == ExportDialog::State::Failed, 60000);
        QVERIFY(dialog.resultText().startsWith("The export did not finish: "));
        QVERIFY2(!dialog.resultText().contains("exit code"), qPrintable(dialog.resultText()));
        QVERIFY(noneLeft(output, arguments));
    }

    void explainsACrashAndAMissingProgram()
    {
        const QString crasher = path("crashing-montajctl");
        QFile script(crasher);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\necho 'about to fail' >&2\nkill -SEGV $$\n");
        script.close();
        QVERIFY(
            script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        ProjectState state;
        state.canvas.size = QSize(360, 640);
        state.clips << videoClip(m_video, 0, 2'000'000, m_videoUs);

        ExportDialog crashing(state, "Crash", crasher);
        crashing.setOutputPath(path("crash.mp4"));
        crashing.setPresetId("keep-source");
        crashing.startExport();
        QTRY_VERIFY_WITH_TIMEOUT(crashing.state() == ExportDialog::State::Failed, 20000);
        QVERIFY2(crashing.resultText().contains("montajctl crashed"), qPrintable(crashing.resultText()));
        QVERIFY(crashing.resultText().contains("about to fail"));

        ExportDialog missing(state, "Missing", path("no-such-montajctl"));
        missing.setOutputPath(path("missing.mp4"));
        missing.setPresetId("keep-source");
        missing.startExport();
        QTRY_VERIFY_WITH_TIMEOUT(missing.state() == ExportDialog::State::Failed, 20000);
        QVERIFY2(missing.resultText().contains("Cannot start the exporter"),
                 qPrintable(missing.resultText()));
        QVERIFY(missing.exportButton()->isEnabled()); // it can be tried again
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
