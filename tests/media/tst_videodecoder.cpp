#include "core/media/videodecoder.h"
#include "tests/support/framecode.h"
#include "tests/support/mediafixtures.h"

#include <QRandomGenerator>
#include <QTest>

using namespace montaj;
using montaj::test::FrameCode;
using montaj::test::MediaFixtures;

namespace {

std::unique_ptr<VideoDecoder> openOrFail(const QString &path)
{
    auto d = VideoDecoder::open(path);
    if (!d)
        qWarning("%s", qPrintable(d.error().toString()));
    return d ? std::move(d).value() : nullptr;
}

int codeAt(VideoDecoder &d, qint64 timeUs, QSize size = {})
{
    auto image = d.imageAt(timeUs, size);
    return image ? FrameCode::read(*image) : -1;
}

} // namespace

class TestVideoDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFrameByIndexInRandomOrder()
    {
        auto d = openOrFail(MediaFixtures::h264());
        QVERIFY(d);
        QCOMPARE(*d->frameCount(), 90);
        QList<int> order(90);
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), *QRandomGenerator::global());
        for (int n : order) {
            auto image = d->imageAtIndex(n);
            QVERIFY(image.ok());
            QCOMPARE(FrameCode::read(*image), n);
        }
    }

    void byTimeIsTheFrameOnScreen()
    {
        auto d = openOrFail(MediaFixtures::h264());
        QVERIFY(d);
        // Frame n covers [n/30 s, (n+1)/30 s).
        QCOMPARE(codeAt(*d, 0), 0);
        QCOMPARE(codeAt(*d, 33'333), 0);
        QCOMPARE(codeAt(*d, 33'334), 1);
        QCOMPARE(codeAt(*d, 1'000'000), 30);
        QCOMPARE(codeAt(*d, 2'999'000), 89);
        QCOMPARE(codeAt(*d, 60'000'000), 89); // past the end: the last frame
        QCOMPARE(codeAt(*d, 400'000), 12);    // backwards
        QCOMPARE(codeAt(*d, -5), 0);
    }

    void playingThroughToTheEnd()
    {
        // The export's access pattern: every frame in order, to the very last (which the decoder
        // only gives up after the file's end has been read).
        auto d = openOrFail(MediaFixtures::h264());
        QVERIFY(d);
        for (int n = 0; n < 90; ++n)
            QCOMPARE(codeAt(*d, (qint64(n) * 1'000'000 + 29) / 30), n);
        QCOMPARE(d->stats().seeks, 1);
    }

    void scrubbingForwardDecodesOnWithoutSeeking()
    {
        auto d = openOrFail(MediaFixtures::h264());
        QVERIFY(d);
        QCOMPARE(codeAt(*d, 100'000), 3);
        const int seeksBefore = d->stats().seeks;
        for (int n = 4; n < 11; ++n) // within the same GOP (12 frames)
            QCOMPARE(codeAt(*d, qint64(n) * 1'000'000 / 30 + 1000), n);
        QCOMPARE(d->stats().seeks, seeksBefore);
        QCOMPARE(codeAt(*d, 100'000), 3); // same frame again: no new decode
    }

    void anyRequestedSize()
    {
        auto d = openOrFail(MediaFixtures::h264());
        QVERIFY(d);
        auto small = d->imageAt(1'500'000, QSize(64, 64));
        QVERIFY(small.ok());
        QCOMPARE(small->size(), QSize(64, 48)); // aspect kept
        QCOMPARE(FrameCode::read(*small), 45);
        auto stretched = d->imageAt(1'500'000, QSize(100, 300), Qt::IgnoreAspectRatio);
        QCOMPARE(stretched->size(), QSize(100, 300));
        QCOMPARE(FrameCode::read(*stretched), 45);
        auto mat = d->matAt(1'500'000, QSize(160, 120));
        QVERIFY(mat.ok());
        QCOMPARE(mat->cols, 160);
        QCOMPARE(mat->rows, 120);
        QCOMPARE(mat->channels(), 3);
        const QImage fromMat(mat->data, mat->cols, mat->rows, int(mat->step[0]), QImage::Format_BGR888);
        QCOMPARE(FrameCode::read(fromMat), 45);
    }

    void otherCodecs_data()
    {
        QTest::addColumn<QString>("encoder");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("args");
        QTest::newRow("hevc") << "libx265"
                              << "framecode_hevc.mkv"
                              << QStringList{"-c:v",      "libx265",      "-preset",
                                             "ultrafast", "-x265-params", "log-level=error"};
        QTest::newRow("vp9") << "libvpx-vp9"
                             << "framecode_vp9.webm"
                             << QStringList{"-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8"};
        QTest::newRow("vp8") << "libvpx"
                             << "framecode_vp8.webm"
                             << QStringList{"-c:v", "libvpx", "-deadline", "realtime", "-cpu-used", "8"};
        QTest::newRow("av1") << "libaom-av1"
                             << "framecode_av1.mkv"
                             << QStringList{"-c:v", "libaom-av1", "-cpu-used", "8", "-row-mt", "1"};
    }

    void otherCodecs()
    {
        QFETCH(QString, encoder);
        QFETCH(QString, file);
        QFETCH(QStringList, args);
        if (!MediaFixtures::hasEncoder(encoder))
            QSKIP(qPrintable(
                QStringLiteral("this ffmpeg has no %1 encoder to make the test file").arg(encoder)));
        auto d = openOrFail(MediaFixtures::frameCoded(file, args, 30));
        QVERIFY(d);
        for (int n : {29, 0, 17, 5, 6, 28, 12})
            QCOMPARE(FrameCode::read(*d->imageAtIndex(n)), n);
    }

    void variableFrameRate()
    {
        auto d = openOrFail(MediaFixtures::variableFrameRate());
        QVERIFY(d);
        QCOMPARE(*d->frameCount(), 72); // 90 minus every fifth
        // Frame 7 (n % 5 == 2) was dropped: at its time the screen still shows frame 6.
        QCOMPARE(codeAt(*d, 7 * 1'000'000 / 30 + 1000), 6);
        QCOMPARE(codeAt(*d, 8 * 1'000'000 / 30 + 1000), 8);
        QCOMPARE(codeAt(*d, 61 * 1'000'000 / 30 + 1000), 61);
        QCOMPARE(FrameCode::read(*d->imageAtIndex(5)), 6); // index counts frames that exist

        // Late in every 1/30 s slot (Matroska keeps milliseconds), each reached by a jump from a
        // fresh decoder: a frame that stays on screen for two slots must never be skipped as
        // "over" while catching up to the target.
        for (int k = 0; k < 90; ++k) {
            auto fresh = openOrFail(MediaFixtures::variableFrameRate());
            QVERIFY(fresh);
            const int expected = k % 5 == 2 ? k - 1 : k;
            QCOMPARE(codeAt(*fresh, (qint64(k) * 1'000'000 + 800'000) / 30), expected);
        }
    }

    void rotationComesOutUpright_data()
    {
        QTest::addColumn<int>("degrees");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QPoint>("redCorner"); // which corner the red quadrant ends up in
        QTest::newRow("0") << 0 << QSize(320, 240) << QPoint(0, 0);
        QTest::newRow("90") << 90 << QSize(240, 320) << QPoint(1, 0);
        QTest::newRow("180") << 180 << QSize(320, 240) << QPoint(1, 1);
        QTest::newRow("270") << 270 << QSize(240, 320) << QPoint(0, 1);
    }

    void rotationComesOutUpright()
    {
        QFETCH(int, degrees);
        QFETCH(QSize, size);
        QFETCH(QPoint, redCorner);
        auto d = openOrFail(MediaFixtures::rotated(degrees));
        QVERIFY(d);
        QCOMPARE(d->displaySize(), size);
        auto image = d->imageAt(0);
        QVERIFY(image.ok());
        QCOMPARE(image->size(), size);
        const QColor corner = image->pixelColor(redCorner.x() ? size.width() - 10 : 10,
                                                redCorner.y() ? size.height() - 10 : 10);
        QVERIFY2(corner.red() > 180 && corner.blue() < 90, qPrintable(corner.name()));
        const QColor opposite = image->pixelColor(redCorner.x() ? 10 : size.width() - 10,
                                                  redCorner.y() ? 10 : size.height() - 10);
        QVERIFY2(opposite.blue() > 180 && opposite.red() < 90, qPrintable(opposite.name()));
        auto mat = d->matAt(0);
        QCOMPARE(mat->cols, size.width());
        QCOMPARE(mat->rows, size.height());
    }

    void audioOnlyHasNoVideo()
    {
        auto d = VideoDecoder::open(MediaFixtures::sine(QStringLiteral("sine.wav"), {"-c:a", "pcm_s16le"}));
        QVERIFY(!d);
        QCOMPARE(d.error().code, QStringLiteral("media.no_video"));
    }
};

QTEST_GUILESS_MAIN(TestVideoDecoder)
#include "tst_videodecoder.moc"
