#include "core/media/audiodecoder.h"
#include "core/media/thumbnailer.h"
#include "core/media/waveform.h"
#include "tests/support/framecode.h"
#include "tests/support/mediafixtures.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace montaj;
using montaj::test::FrameCode;
using montaj::test::MediaFixtures;

namespace {
std::vector<float> readAll(AudioDecoder &d)
{
    std::vector<float> all;
    std::vector<float> chunk(1000 * size_t(d.channels()));
    for (;;) {
        auto got = d.read(chunk.data(), 1000);
        if (!got || *got == 0)
            break;
        all.insert(all.end(), chunk.begin(), chunk.begin() + std::ptrdiff_t(*got * d.channels()));
    }
    return all;
}
} // namespace

class TestAudioDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesAndResamples()
    {
        auto d = AudioDecoder::open(MediaFixtures::sine(QStringLiteral("sine.wav"), {"-c:a", "pcm_s16le"}),
                                    44100, 2);
        QVERIFY(d.ok());
        const std::vector<float> samples = readAll(**d);
        // 2 s at 44.1 kHz, stereo (the mono source copied to both channels).
        QVERIFY2(std::abs(qint64(samples.size() / 2) - 88200) < 200,
                 qPrintable(QString::number(samples.size() / 2)));
        float peak = 0;
        for (size_t i = 0; i + 1 < samples.size(); i += 2) {
            peak = std::max(peak, std::abs(samples[i]));
            QVERIFY(std::abs(samples[i] - samples[i + 1]) < 1e-4f);
        }
        QVERIFY2(std::abs(peak - 0.5f) < 0.02f, qPrintable(QString::number(peak)));
    }

    void seekIsSampleExact_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("args");
        QTest::newRow("wav") << "sine.wav" << QStringList{"-c:a", "pcm_s16le"};
        QTest::newRow("aac") << "sine.m4a" << QStringList{"-c:a", "aac"};
        QTest::newRow("mp3") << "sine.mp3" << QStringList{"-c:a", "libmp3lame"};
    }

    void seekIsSampleExact()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, args);
        const QString path = MediaFixtures::sine(file, args);
        auto whole = AudioDecoder::open(path, 48000, 1);
        QVERIFY(whole.ok());
        const std::vector<float> reference = readAll(**whole);
        auto d = AudioDecoder::open(path, 48000, 1);
        for (qint64 us : {1'234'567LL, 250'000LL, 1'900'000LL, 0LL}) {
            QVERIFY((*d)->seek(us).ok());
            std::vector<float> got(480);
            QCOMPARE(*(*d)->read(got.data(), 480), 480);
            const auto start = size_t(us * 48000 / 1'000'000);
            double error = 0;
            for (size_t i = 0; i < got.size(); ++i)
                error = std::max(error, double(std::abs(got[i] - reference[start + i])));
            // Lossy codecs decode slightly differently after a seek; a one-sample shift of a 440 Hz
            // sine at 0.5 would differ by ~0.03.
            QVERIFY2(error < 0.02, qPrintable(QStringLiteral("%1 µs: max error %2").arg(us).arg(error)));
        }
    }

    void waveformPeaks()
    {
        auto peaks =
            Waveform::peaks(MediaFixtures::sine(QStringLiteral("sine.wav"), {"-c:a", "pcm_s16le"}), 50);
        QVERIFY(peaks.ok());
        QCOMPARE(peaks->size(), 50);
        for (const auto &p : *peaks) {
            QVERIFY2(p.high > 0.45f && p.high < 0.55f, qPrintable(QString::number(p.high)));
            QVERIFY(p.low < -0.45f && p.low > -0.55f);
        }
        QCOMPARE(Waveform::peaks(MediaFixtures::h264(), 10).error().code, QStringLiteral("media.no_audio"));
    }

    void thumbnailStrip()
    {
        auto exact = Thumbnailer::strip(MediaFixtures::h264(), 6, QSize(80, 80), Thumbnailer::Mode::Exact);
        QVERIFY(exact.ok());
        QCOMPARE(exact->size(), 6);
        QList<int> codes;
        for (const QImage &image : *exact) {
            QCOMPARE(image.size(), QSize(80, 60));
            codes << FrameCode::read(image);
        }
        QCOMPARE(codes, (QList<int>{7, 22, 37, 52, 67, 82}));
        auto fast = Thumbnailer::strip(MediaFixtures::h264(), 6, QSize(80, 80));
        QVERIFY(fast.ok());
        for (int i = 0; i < 6; ++i) { // the keyframe at or before each point (at most 12 frames apart)
            const int code = FrameCode::read(fast->at(i));
            QVERIFY2(code <= codes[i] && codes[i] - code < 12, qPrintable(QString::number(code)));
        }
    }
};

QTEST_GUILESS_MAIN(TestAudioDecoder)
#include "tst_audiodecoder.moc"
