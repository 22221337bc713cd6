// kill -9 in the middle of a take: capture_child records the synthetic source and is killed with
// SIGKILL after about three seconds; the file it leaves must decode up to the last flushed second
// (at least elapsed − 1.5 s of pictures), for fragmented MP4 (the default) and Matroska.

#include "core/media/mediaprobe.h"
#include "tests/capture/capturetestsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace montaj;
using namespace montaj::test;

class TestCaptureCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedTakeDecodesUpToTheLastFlush_data()
    {
        QTest::addColumn<QString>("container");
        QTest::newRow("fragmented mp4") << "mp4";
        QTest::newRow("matroska") << "mkv";
    }

    void killedTakeDecodesUpToTheLastFlush()
    {
        QFETCH(QString, container);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QDir(QCoreApplication::applicationDirPath()).filePath("capture_child"),
                    {dir.path(), "360", "640", container});
        QVERIFY2(child.waitForStarted(5000), qPrintable(child.errorString()));
        QVERIFY(QTest::qWaitFor([&] { return child.canReadLine(); }, 10'000));
        QElapsedTimer recording;
        recording.start();
        const QString line = QString::fromUtf8(child.readLine()).trimmed();
        QVERIFY2(line.startsWith("recording "), qPrintable(line));
        const QString path = line.mid(10);

        QTest::qWait(3100);
        child.kill(); // SIGKILL: no destructor, no trailer
        const double elapsed = double(recording.nsecsElapsed()) / 1e9;
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        QVERIFY(QFileInfo::exists(path));
        const DecodeCount decoded = countDecodableFrames(path);
        const double seconds = decoded.frames / 30.0;
        qInfo("killed after %.2f s: %d frames (%.2f s) decode, last at %.2f s, %lld bytes", elapsed,
              decoded.frames, seconds, double(decoded.lastPtsUs) / 1e6, QFileInfo(path).size());
        QVERIFY2(seconds >= elapsed - 1.5,
                 qPrintable(QString("%1 s decode after %2 s of recording").arg(seconds).arg(elapsed)));
        QVERIFY(seconds <= elapsed + 0.1);
        QVERIFY(decoded.audio);
        // A killed fragmented MP4 still probes as a video with its sound (and its length, from the
        // fragments). A killed Matroska file has no duration in its header: it decodes, but
        // MediaProbe refuses it — one reason fragmented MP4 is the recorder's default.
        if (container == "mkv")
            return;
        const auto info = MediaProbe::probe(path);
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().toString()));
        QVERIFY(info->hasVideo() && info->hasAudio());
        QVERIFY(qAbs(info->durationUs - decoded.frames * 1'000'000 / 30) < 100'000);
    }
};

QTEST_GUILESS_MAIN(TestCaptureCrash)
#include "tst_capturecrash.moc"
