// Bad input gets a clear error naming the file and the reason; never a crash or a hang.

#include "core/media/audiodecoder.h"
#include "core/media/mediaprobe.h"
#include "core/media/videodecoder.h"
#include "tests/support/mediafixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>

using namespace montaj;
using montaj::test::MediaFixtures;

class TestBrokenMedia : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void probeExplains_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing") << "/nonexistent/clip.mp4"
                                 << "media.file_not_found";
        QTest::newRow("folder") << QDir::tempPath() << "media.not_a_file";
        QTest::newRow("zero length") << MediaFixtures::broken("zero") << "media.empty_file";
        QTest::newRow("truncated") << MediaFixtures::broken("truncated") << "media.not_media";
        QTest::newRow("garbage") << MediaFixtures::broken("garbage") << "media.not_media";
        QTest::newRow("text named .mov") << MediaFixtures::broken("text") << "media.not_media";
        QTest::newRow("absurd dimensions") << MediaFixtures::broken("huge_png") << "media.absurd_dimensions";
        QTest::newRow("unknown codec") << MediaFixtures::broken("unknown_codec") << "media.unsupported_codec";
    }

    void probeExplains()
    {
        QFETCH(QString, path);
        QFETCH(QString, code);
        QVERIFY(!path.isEmpty());
        QElapsedTimer timer;
        timer.start();
        const auto info = MediaProbe::probe(path);
        QVERIFY2(timer.elapsed() < 10000, "probing a broken file must not hang");
        QVERIFY2(!info.ok(), qPrintable(path));
        QCOMPARE(info.error().code, code);
        QCOMPARE(info.error().context.value(QStringLiteral("file")).toString(), path);
        QVERIFY2(info.error().message.contains(QFileInfo(path).fileName()), qPrintable(info.error().message));
        // The decoders refuse the same files with the same reasons.
        const auto video = VideoDecoder::open(path);
        QVERIFY(!video.ok());
        const auto audio = AudioDecoder::open(path, 48000, 2);
        QVERIFY(!audio.ok());
    }

    void corruptMiddleStillDecodesWhatItCan()
    {
        const QString path = MediaFixtures::broken("corrupt_middle");
        const auto info = MediaProbe::probe(path);
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().toString()));
        auto d = VideoDecoder::open(path);
        QVERIFY(d.ok());
        QElapsedTimer timer;
        timer.start();
        for (qint64 us = 0; us < 3'000'000; us += 100'000) {
            auto frame = (*d)->imageAt(us);
            // Damaged pictures may come out smeared, or as an error; never a crash or a hang.
            Q_UNUSED(frame);
        }
        QVERIFY(timer.elapsed() < 20000);
    }

    void audioOnlyAndVideoOnly()
    {
        const QString wav = MediaFixtures::sine(QStringLiteral("sine.wav"), {"-c:a", "pcm_s16le"});
        QCOMPARE(VideoDecoder::open(wav).error().code, QStringLiteral("media.no_video"));
        QCOMPARE(AudioDecoder::open(MediaFixtures::h264(), 48000, 2).error().code,
                 QStringLiteral("media.no_audio"));
    }
};

QTEST_GUILESS_MAIN(TestBrokenMedia)
#include "tst_brokenmedia.moc"
