// Autosave and crash recovery, for real: a helper process edits a document under an Autosaver and
// is killed with SIGKILL; RecoveryStore must then offer exactly its autosave and give the edits back.

#include "edittesthelpers.h"

#include "core/edit/autosaver.h"
#include "core/edit/projectdocument.h"
#include "core/edit/projectfile.h"
#include "core/edit/recoverystore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace montaj;

class TestRecovery : public QObject
{
    Q_OBJECT

private:
    struct HelperRun
    {
        QString autosavePath; // from the helper's READY line
        QByteArray expectedJson;
        QDateTime startedAt;
    };

    // Runs edit_crash_helper until READY; then kills it, or lets it exit when cleanExit.
    static HelperRun runHelper(const QTemporaryDir &dir, const QString &projectPath, bool cleanExit)
    {
        HelperRun run;
        run.startedAt = QDateTime::currentDateTimeUtc().addSecs(-1);
        const QString expectedPath = dir.filePath(u"expected.json"_qs);
        QStringList args{dir.filePath(u"recovery"_qs), dir.filePath(u"media"_qs), projectPath, expectedPath};
        if (cleanExit)
            args << u"--clean-exit"_qs;
        QProcess helper;
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        helper.start(QStringLiteral(EDIT_CRASH_HELPER), args);
        if (!helper.waitForStarted(10000))
            return run;
        QByteArray out;
        const QDeadlineTimer deadline(60000);
        while (!out.contains('\n') && !deadline.hasExpired() && helper.state() == QProcess::Running) {
            helper.waitForReadyRead(100);
            out += helper.readAllStandardOutput();
        }
        if (cleanExit) {
            helper.waitForFinished(30000);
            if (helper.exitStatus() != QProcess::NormalExit || helper.exitCode() != 0)
                return run;
        } else {
            helper.kill(); // SIGKILL: no destructor, no cleanup
            helper.waitForFinished(30000);
            if (helper.exitStatus() != QProcess::CrashExit)
                return run;
        }
        out += helper.readAllStandardOutput();
        if (!out.startsWith("READY "))
            return run;
        run.autosavePath = QString::fromLocal8Bit(out.mid(6).trimmed());
        QFile expected(expectedPath);
        if (expected.open(QIODevice::ReadOnly))
            run.expectedJson = expected.readAll();
        return run;
    }

    static QStringList filesIn(const QString &dir)
    {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }

private Q_SLOTS:
    void killedWriterIsRecovered_data()
    {
        QTest::addColumn<bool>("saved");
        QTest::newRow("saved project") << true;
        QTest::newRow("never saved") << false;
    }

    void killedWriterIsRecovered()
    {
        QFETCH(bool, saved);
        QTemporaryDir dir;
        const QString recoveryDir = dir.filePath(u"recovery"_qs);
        const QString projectPath = saved ? dir.filePath(u"project/edit.montaj"_qs) : QString();
        if (saved)
            QVERIFY(QDir().mkpath(dir.filePath(u"project"_qs)));

        const HelperRun run = runHelper(dir, projectPath, false);
        QVERIFY2(!run.autosavePath.isEmpty(), "the helper did not report READY, or did not die of SIGKILL");
        QVERIFY(QFile::exists(run.autosavePath));
        QVERIFY(!run.expectedJson.isEmpty());
        QCOMPARE(QFileInfo(run.autosavePath).absolutePath(), QFileInfo(recoveryDir).absoluteFilePath());

        RecoveryStore store(recoveryDir);
        const QList<RecoveryStore::Entry> pending = store.pending();
        QCOMPARE(pending.size(), 1);
        const RecoveryStore::Entry entry = pending.first();
        QCOMPARE(entry.autosavePath, run.autosavePath);
        QCOMPARE(entry.originalPath, saved ? QFileInfo(projectPath).absoluteFilePath() : QString());
        QVERIFY(entry.savedAt >= run.startedAt);
        QVERIFY(entry.savedAt <= QDateTime::currentDateTimeUtc());

        auto recovered = store.recover(entry);
        QVERIFY2(recovered, recovered ? "" : qPrintable(recovered.error().toString()));
        ProjectDocument &doc = *recovered.value();
        QCOMPARE(snapshot(doc), run.expectedJson);
        QVERIFY(doc.isModified());
        QCOMPARE(doc.filePath(), entry.originalPath);
        QCOMPARE(doc.undoStack()->count(), 0);
        // The concrete edits.
        const QString media = dir.filePath(u"media"_qs);
        QCOMPARE(doc.canvas().size, QSize(1080, 1080));
        QCOMPARE(doc.clips().size(), 3);
        QCOMPARE(doc.clips().at(0).mediaPath, media + u"/b.mp4"_qs);
        QCOMPARE(doc.clips().at(0).inUs, 3 * kSecondUs);
        QCOMPARE(doc.clips().at(0).outUs, 8 * kSecondUs);
        QVERIFY(doc.clips().at(0).muted);
        QCOMPARE(doc.clips().at(1).id, u"clip-a"_qs);
        QCOMPARE(doc.clips().at(1).inUs, 1 * kSecondUs);
        QCOMPARE(doc.clips().at(1).outUs, 6 * kSecondUs);
        QCOMPARE(doc.clips().at(1).volume, 0.5);
        QVERIFY(!doc.clips().at(1).muted);
        QCOMPARE(doc.clips().at(2).id, u"clip-b"_qs);
        QCOMPARE(doc.clips().at(2).outUs, 3 * kSecondUs);
        QCOMPARE(doc.durationUs(), 13 * kSecondUs);
        QCOMPARE(doc.overlays().size(), 1);
        QCOMPARE(doc.overlay(u"title"_qs)->text, u"Hello, crash"_qs);
        QCOMPARE(doc.music().path, media + u"/song.mp3"_qs);
        QCOMPARE(doc.music().volume, 0.4);
        QCOMPARE(doc.music().fadeOutUs, 2 * kSecondUs);
        if (saved) { // the file on disk still has the first edits only
            const auto original = ProjectFile::load(projectPath);
            QVERIFY(original);
            QCOMPARE(original.value()->clips().size(), 2);
            QCOMPARE(original.value()->clips().at(0).outUs, 10 * kSecondUs);
        }

        // Recovering does not consume the entry; discarding does, lock file included.
        QCOMPARE(store.pending().size(), 1);
        store.discard(entry);
        QVERIFY(store.pending().isEmpty());
        QVERIFY(!QFile::exists(entry.autosavePath));
        QCOMPARE(filesIn(recoveryDir), QStringList());

        // The recovered document, still unsaved, gets its own autosave without a further edit.
        Autosaver again(doc, dir.filePath(u"recovery2"_qs), 50);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(again.autosavePath()), 10000);
    }

    void cleanExitLeavesNothingPending()
    {
        QTemporaryDir dir;
        const HelperRun run = runHelper(dir, dir.filePath(u"edit.montaj"_qs), true);
        QVERIFY2(!run.autosavePath.isEmpty(), "the helper did not report READY or did not exit cleanly");
        const QString recoveryDir = dir.filePath(u"recovery"_qs);
        QVERIFY(!QFile::exists(run.autosavePath));
        QCOMPARE(filesIn(recoveryDir), QStringList());
        QVERIFY(RecoveryStore(recoveryDir).pending().isEmpty());
    }

    void autosaveOlderThanItsProjectIsObsolete()
    {
        QTemporaryDir dir;
        const QString projectPath = dir.filePath(u"edit.montaj"_qs);
        const HelperRun run = runHelper(dir, projectPath, false);
        QVERIFY(!run.autosavePath.isEmpty());
        const QString recoveryDir = dir.filePath(u"recovery"_qs);
        RecoveryStore store(recoveryDir);
        QCOMPARE(store.pending().size(), 1);

        // The project was saved again after the autosave (another window, another machine).
        QFile project(projectPath);
        QVERIFY(project.open(QIODevice::ReadWrite));
        QVERIFY(project.setFileTime(QDateTime::currentDateTime().addSecs(3600),
                                    QFileDevice::FileModificationTime));
        project.close();
        QVERIFY(store.pending().isEmpty());

        // A damaged autosave of a dead writer is skipped, then cleaned up with the obsolete one.
        QFile junk(recoveryDir + u"/autosave-junk.montaj-autosave"_qs);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{ not json");
        junk.close();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"autosave-junk"_qs));
        QVERIFY(store.pending().isEmpty());
        QCOMPARE(store.discardObsolete(), 2);
        QCOMPARE(filesIn(recoveryDir), QStringList());
    }

    void liveWriterIsNeverPendingAndCleansUp()
    {
        QTemporaryDir dir;
        const QString recoveryDir = dir.filePath(u"recovery"_qs);
        RecoveryStore store(recoveryDir);
        auto doc = std::make_unique<ProjectDocument>();
        auto saver = std::make_unique<Autosaver>(*doc, recoveryDir, 50);
        const QString path = saver->autosavePath();
        QVERIFY(QFile::exists(path + u".lock"_qs));
        QVERIFY(!QFile::exists(path));

        const QString id = *doc->addClip(videoClip(u"/media/a.mp4"_qs));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);
        QVERIFY(store.pending().isEmpty()); // this process is alive
        const RecoveryStore::Entry entry{path, QString(), QDateTime::currentDateTimeUtc()};
        EXPECT_ERROR(store.recover(entry), "edit.recovery_in_use");
        store.discard(entry);
        QVERIFY(QFile::exists(path));

        // Saving removes the autosave; the next change brings it back; undoing to the saved state
        // removes it again.
        EXPECT_OK(ProjectFile::save(*doc, dir.filePath(u"p.montaj"_qs)));
        QVERIFY(!QFile::exists(path));
        EXPECT_OK(doc->setClipVolume(id, 2.0));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);
        doc->undoStack()->undo();
        QVERIFY(!QFile::exists(path));
        QTest::qWait(150);
        QVERIFY(!QFile::exists(path));

        // Destroying the Autosaver (a clean exit) removes its file and its lock.
        EXPECT_OK(doc->setClipVolume(id, 3.0));
        EXPECT_OK(saver->saveNow());
        QVERIFY(QFile::exists(path));
        saver.reset();
        QCOMPARE(filesIn(recoveryDir), QStringList());

        // So does destroying the document first.
        Autosaver second(*doc, recoveryDir, 50);
        EXPECT_OK(second.saveNow());
        QVERIFY(QFile::exists(second.autosavePath()));
        doc.reset();
        QVERIFY(!QFile::exists(second.autosavePath()));
    }

    void writesOnlyAfterIdle()
    {
        QTemporaryDir dir;
        ProjectDocument doc;
        Autosaver saver(doc, dir.filePath(u"recovery"_qs), 1000);
        QCOMPARE(saver.idleMs(), 1000);
        QSignalSpy autosaved(&saver, &Autosaver::autosaved);
        const QString id = *doc.addClip(videoClip(u"/media/a.mp4"_qs));
        for (int i = 1; i <= 4; ++i) { // keep editing: each change restarts the wait
            QTest::qWait(100);
            EXPECT_OK(doc.setClipVolume(id, 0.5 * i));
        }
        QElapsedTimer sinceLastChange;
        sinceLastChange.start();
        QVERIFY(saver.isPending());
        QCOMPARE(autosaved.count(), 0);
        QVERIFY(!QFile::exists(saver.autosavePath()));
        QTRY_COMPARE_WITH_TIMEOUT(autosaved.count(), 1, 10000);
        QVERIFY2(sinceLastChange.elapsed() >= 900, qPrintable(QString::number(sinceLastChange.elapsed())));
        QCOMPARE(autosaved.first().at(0).toString(), saver.autosavePath());
        QTest::qWait(1200);
        QCOMPARE(autosaved.count(), 1); // nothing changed since: no second write

        // The file holds the whole document.
        const auto bytes = ProjectFile::readFile(saver.autosavePath());
        QVERIFY(bytes);
        QVERIFY(bytes->contains("\"schema\": \"montaj.autosave\""));
        QVERIFY(bytes->contains("\"volume\": 2"));
    }
};

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
