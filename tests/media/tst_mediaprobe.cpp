#include "core/media/mediaprobe.h"
#include "tests/support/mediafixtures.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace montaj;
using montaj::test::MediaFixtures;

class TestMediaProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void h264()
    {
        const auto info = MediaProbe::probe(MediaFixtures::h264());
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().toString()));
        QVERIFY(info->hasVideo());
        QVERIFY(!info->hasAudio());
        const VideoStreamInfo &v = info->videoStreams.first();
        QCOMPARE(v.codec, QStringLiteral("h264"));
        QCOMPARE(v.codedSize, QSize(320, 240));
        QCOMPARE(v.displaySize, QSize(320, 240));
        QCOMPARE(v.rotation, 0);
        QCOMPARE(v.fpsNum / v.fpsDen, 30);
        QCOMPARE(v.frameCount, 90);
        QVERIFY(!v.variableFrameRate);
        QCOMPARE(v.pixelFormat, QStringLiteral("yuv420p"));
        QVERIFY(qAbs(info->durationUs - 3'000'000) < 50'000);
        QVERIFY(info->container.contains(QStringLiteral("mp4")));
        const QJsonObject json = info->toJson();
        QCOMPARE(json.value(QStringLiteral("video_streams"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("codec")),
                 QStringLiteral("h264"));
    }

    void codecs_data()
    {
        QTest::addColumn<QString>("encoder");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("codec");
        QTest::newRow("hevc") << "libx265"
                              << "framecode_hevc.mkv"
                              << QStringList{"-c:v",      "libx265",      "-preset",
                                             "ultrafast", "-x265-params", "log-level=error"}
                              << "hevc";
        QTest::newRow("vp9") << "libvpx-vp9"
                             << "framecode_vp9.webm"
                             << QStringList{"-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8"}
                             << "vp9";
        QTest::newRow("vp8") << "libvpx"
                             << "framecode_vp8.webm"
                             << QStringList{"-c:v", "libvpx", "-deadline", "realtime", "-cpu-used", "8"}
                             << "vp8";
        QTest::newRow("av1") << "libaom-av1"
                             << "framecode_av1.mkv"
                             << QStringList{"-c:v", "libaom-av1", "-cpu-used", "8", "-row-mt", "1"} << "av1";
        QTest::newRow("mpeg4 in mov")
            << "mpeg4"
            << "framecode_mpeg4.mov" << QStringList{"-c:v", "mpeg4", "-q:v", "3"} << "mpeg4";
    }

    void codecs()
    {
        QFETCH(QString, encoder);
        QFETCH(QString, file);
        QFETCH(QStringList, args);
        QFETCH(QString, codec);
        if (!MediaFixtures::hasEncoder(encoder))
            QSKIP(qPrintable(
                QStringLiteral("this ffmpeg has no %1 encoder to make the test file").arg(encoder)));
        const QString path = MediaFixtures::frameCoded(file, args, 30);
        QVERIFY(!path.isEmpty());
        const auto info = MediaProbe::probe(path);
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().toString()));
        QCOMPARE(info->videoStreams.first().codec, codec);
        QCOMPARE(info->videoStreams.first().displaySize, QSize(320, 240));
    }

    void rotationFromDisplayMatrix_data()
    {
        QTest::addColumn<int>("degrees");
        QTest::addColumn<QSize>("display");
        QTest::newRow("0") << 0 << QSize(320, 240);
        QTest::newRow("90") << 90 << QSize(240, 320);
        QTest::newRow("180") << 180 << QSize(320, 240);
        QTest::newRow("270") << 270 << QSize(240, 320);
    }

    void rotationFromDisplayMatrix()
    {
        QFETCH(int, degrees);
        QFETCH(QSize, display);
        const auto info = MediaProbe::probe(MediaFixtures::rotated(degrees));
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().toString()));
        QCOMPARE(info->videoStreams.first().rotation, degrees);
        QCOMPARE(info->videoStreams.first().codedSize, QSize(320, 240));
        QCOMPARE(info->videoStreams.first().displaySize, display);
    }

    void variableFrameRate()
    {
        const auto info = MediaProbe::probe(MediaFixtures::variableFrameRate());
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().toString()));
        QVERIFY(info->videoStreams.first().variableFrameRate);
        const auto cfr = MediaProbe::probe(MediaFixtures::h264());
        QVERIFY(!cfr->videoStreams.first().variableFrameRate);
    }

    void audio_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("codec");
        QTest::newRow("pcm wav") << "sine.wav" << QStringList{"-c:a", "pcm_s16le"} << "pcm_s16le";
        QTest::newRow("aac m4a") << "sine.m4a" << QStringList{"-c:a", "aac"} << "aac";
        QTest::newRow("mp3") << "sine.mp3" << QStringList{"-c:a", "libmp3lame"} << "mp3";
        QTest::newRow("opus") << "sine.opus" << QStringList{"-c:a", "libopus"} << "opus";
    }

    void audio()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, args);
        QFETCH(QString, codec);
        const QString path = MediaFixtures::sine(file, args);
        if (path.isEmpty())
            QSKIP("this ffmpeg cannot make the test file");
        const auto info = MediaProbe::probe(path);
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().toString()));
        QVERIFY(!info->hasVideo());
        QCOMPARE(info->audioStreams.first().codec, codec);
        QCOMPARE(info->audioStreams.first().channels, 1);
        QVERIFY(qAbs(info->durationUs - 2'000'000) < 60'000);
    }

    void stills_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::newRow("jpeg") << "jpg";
        QTest::newRow("png") << "png";
        QTest::newRow("webp") << "webp";
    }

    void stills()
    {
        QFETCH(QString, extension);
        const QString path = MediaFixtures::still(extension);
        if (path.isEmpty())
            QSKIP("this ffmpeg cannot make the test file");
        const auto info = MediaProbe::probe(path);
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().toString()));
        QVERIFY(info->videoStreams.first().stillImage);
        QCOMPARE(info->videoStreams.first().displaySize, QSize(64, 48));
        QCOMPARE(info->videoStreams.first().frameCount, 1);
    }

    void wrongExtensionIsReadByContent()
    {
        QTemporaryDir dir;
        const QString misnamed = dir.filePath(QStringLiteral("actually_mp4.mkv"));
        QVERIFY(QFile::copy(MediaFixtures::h264(), misnamed));
        const auto info = MediaProbe::probe(misnamed);
        QVERIFY(info.ok());
        QCOMPARE(info->videoStreams.first().codec, QStringLiteral("h264"));
    }
};

QTEST_GUILESS_MAIN(TestMediaProbe)
#include "tst_mediaprobe.moc"
