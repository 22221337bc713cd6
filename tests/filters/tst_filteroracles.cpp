// Oracles: the ffmpeg CLI on the same frame. The LUT against lut3d (trilinear) on rgb24; the colour
// adjustments against eq on yuv444p, where the maths correspond:
//   saturation s      ≡ eq saturation=s               (U, V scaled about 128; Y kept — BT.709 luma)
//   contrast k        ≡ eq contrast=k:saturation=k    (R, G, B scaled about mid-grey = Y, U, V scaled)
//   exposure ev       ≡ eq contrast=g:saturation=g:brightness=b with g = 2^(ev/2.2) and b chosen so
//                       that eq's luma offset is ≈ 0 (R, G, B scaled by g = Y, U, V scaled by g)
// The frames go to eq as full-range BT.709 Y'CbCr converted here in floating point, and back.
// eq's fixed point (vf_eq.c, process_c) maps mid-grey 128 to 127 on every plane it changes and
// truncates: −(1 + contrast/2) levels on Y', −1.5 on U and V, which is up to ~4 levels on B and R.
// The comparison measures that offset, requires it to stay within 4.5 levels per channel, and takes
// PSNR with it removed (the raw PSNR, 38–42 dB, is printed too).
#include "core/filters/filterregistry.h"
#include "core/filters/filterstack.h"
#include "tests/filters/filtertestsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>

#include <cmath>

using namespace montaj;

namespace {

constexpr int kW = 540, kH = 960;

// BGR → full-range BT.709 Y, U, V planes (yuv444p layout) and back.
QByteArray toYuv444(const cv::Mat &bgr)
{
    QByteArray planes(kW * kH * 3, Qt::Uninitialized);
    auto *y = reinterpret_cast<uint8_t *>(planes.data());
    uint8_t *u = y + kW * kH, *v = u + kW * kH;
    for (int row = 0; row < kH; ++row)
        for (int x = 0; x < kW; ++x) {
            const cv::Vec3b p = bgr.at<cv::Vec3b>(row, x);
            const double l = 0.2126 * p[2] + 0.7152 * p[1] + 0.0722 * p[0];
            const int i = row * kW + x;
            y[i] = cv::saturate_cast<uint8_t>(l);
            u[i] = cv::saturate_cast<uint8_t>((p[0] - l) / 1.8556 + 128);
            v[i] = cv::saturate_cast<uint8_t>((p[2] - l) / 1.5748 + 128);
        }
    return planes;
}

cv::Mat fromYuv444(const QByteArray &planes)
{
    cv::Mat bgr(kH, kW, CV_8UC3);
    const auto *y = reinterpret_cast<const uint8_t *>(planes.constData());
    const uint8_t *u = y + kW * kH, *v = u + kW * kH;
    for (int row = 0; row < kH; ++row)
        for (int x = 0; x < kW; ++x) {
            const int i = row * kW + x;
            const double r = y[i] + 1.5748 * (v[i] - 128.0);
            const double b = y[i] + 1.8556 * (u[i] - 128.0);
            const double g = (y[i] - 0.2126 * r - 0.0722 * b) / 0.7152;
            bgr.at<cv::Vec3b>(row, x) = cv::Vec3b(
                cv::saturate_cast<uint8_t>(b), cv::saturate_cast<uint8_t>(g), cv::saturate_cast<uint8_t>(r));
        }
    return bgr;
}

// eq's brightness option quantized as its C code does: the value whose integer luma offset
// (((int)(100·b + 100) · 511) / 200 − 128 − contrast·128) is closest to +0.5, which offsets the
// truncating shift in its fixed-point multiply.
double eqBrightnessForZeroOffset(double contrast)
{
    const int c = int(contrast * 256 * 16);
    int best = 0;
    double bestDistance = 1e9;
    for (int n = 0; n <= 200; ++n) {
        const int offset = (n * 511) / 200 - 128 - c / 32;
        if (std::abs(offset - 0.5) < bestDistance) {
            bestDistance = std::abs(offset - 0.5);
            best = n;
        }
    }
    return (best - 100) / 100.0 + 0.001;
}

} // namespace

class TestFilterOracles : public QObject
{
    Q_OBJECT

    FilterRegistry m_registry = FilterRegistry::withBuiltins();
    QTemporaryDir m_dir;
    cv::Mat m_frame;

private Q_SLOTS:
    void initTestCase()
    {
        if (!filtertest::haveFfmpeg())
            QSKIP("the ffmpeg CLI is not installed: the oracles need it");
        QVERIFY(m_dir.isValid());
        m_frame = filtertest::scene(kW, kH, 3);
    }

    void lutMatchesFfmpegLut3d_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("shape");
        QTest::newRow("17 cross-channel") << 17 << 0;
        QTest::newRow("33 cross-channel") << 33 << 0;
        QTest::newRow("33 teal-orange") << 33 << 1;
        QTest::newRow("65 cross-channel") << 65 << 0;
    }
    void lutMatchesFfmpegLut3d()
    {
        QFETCH(int, size);
        QFETCH(int, shape);
        const QString cube = m_dir.filePath(QString("oracle_%1_%2.cube").arg(size).arg(shape));
        filtertest::writeCube(cube, size, [shape](double r, double g, double b) {
            if (shape == 0)
                return cv::Vec3d(0.8 * r + 0.2 * g * g, std::pow(g, 1.3), 0.15 + 0.7 * b * (1 - 0.3 * r));
            const double l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
            return cv::Vec3d(std::clamp(l + 1.3 * (r - l) + 0.05, 0.0, 1.0),
                             std::clamp(l + 0.9 * (g - l), 0.0, 1.0),
                             std::clamp(l + 1.2 * (b - l) - 0.04 * std::sin(6 * r), 0.0, 1.0));
        });
        const QString in = m_dir.filePath("lut_in.rgb"), out = m_dir.filePath("lut_out.rgb");
        filtertest::writeRgb24(in, m_frame);
        const QString failure = filtertest::runFfmpeg({"-f", "rawvideo", "-pix_fmt", "rgb24", "-s",
                                                       QString("%1x%2").arg(kW).arg(kH), "-i", in, "-vf",
                                                       QString("lut3d=file='%1':interp=trilinear").arg(cube),
                                                       "-f", "rawvideo", "-pix_fmt", "rgb24", out});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const cv::Mat reference = filtertest::readRgb24(out, kW, kH);
        QVERIFY(!reference.empty());

        cv::Mat mine = m_frame.clone();
        QVERIFY(m_registry.find("lut")->apply(mine, {{"file", cube}, {"intensity", 1.0}}, {}).ok());
        const double db = filtertest::psnr(mine, reference);
        qInfo("LUT %d vs ffmpeg lut3d: %.2f dB, max difference %.0f", size, db,
              cv::norm(mine, reference, cv::NORM_INF));
        QVERIFY2(db >= 45, qPrintable(QString::number(db)));
        QVERIFY(filtertest::psnr(mine, m_frame) < 30); // the LUT did something
    }

    void colourMatchesFfmpegEq_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QVariantMap>("params");
        QTest::addColumn<QString>("eq");
        QTest::newRow("saturation 1.4")
            << "saturation" << QVariantMap{{"amount", 1.4}} << "eq=saturation=1.4";
        QTest::newRow("saturation 0.5")
            << "saturation" << QVariantMap{{"amount", 0.5}} << "eq=saturation=0.5";
        QTest::newRow("contrast 1.15")
            << "contrast" << QVariantMap{{"amount", 1.15}} << "eq=contrast=1.15:saturation=1.15";
        QTest::newRow("contrast 0.7")
            << "contrast" << QVariantMap{{"amount", 0.7}} << "eq=contrast=0.7:saturation=0.7";
        const double g = std::pow(2.0, -0.5 / 2.2);
        QTest::newRow("exposure -0.5") << "exposure" << QVariantMap{{"ev", -0.5}}
                                       << QString("eq=contrast=%1:saturation=%1:brightness=%2")
                                              .arg(g, 0, 'f', 6)
                                              .arg(eqBrightnessForZeroOffset(g), 0, 'f', 4);
    }
    void colourMatchesFfmpegEq()
    {
        QFETCH(QString, filter);
        QFETCH(QVariantMap, params);
        QFETCH(QString, eq);
        const QString in = m_dir.filePath("eq_in.yuv"), out = m_dir.filePath("eq_out.yuv");
        {
            QFile f(in);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(toYuv444(m_frame));
        }
        const QString failure = filtertest::runFfmpeg({"-f", "rawvideo", "-pix_fmt", "yuv444p", "-s",
                                                       QString("%1x%2").arg(kW).arg(kH), "-i", in, "-vf", eq,
                                                       "-f", "rawvideo", "-pix_fmt", "yuv444p", out});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const cv::Mat reference = fromYuv444(f.readAll());
        // The same quantization on our side: the frame as eq received it, then our filter.
        cv::Mat mine = fromYuv444(toYuv444(m_frame));
        QVERIFY(m_registry.find(filter)->apply(mine, params, {}).ok());
        cv::Mat a, b;
        mine.convertTo(a, CV_32FC3);
        reference.convertTo(b, CV_32FC3);
        const cv::Scalar offset = cv::mean(b - a);
        cv::Mat diff = b - a - offset;
        const cv::Scalar mse = cv::mean(diff.mul(diff));
        const double db = 10 * std::log10(255.0 * 255.0 / ((mse[0] + mse[1] + mse[2]) / 3));
        qInfo("%s vs ffmpeg %s: %.2f dB with eq's offset (B %+.2f, G %+.2f, R %+.2f) removed; raw %.2f dB",
              qPrintable(filter), qPrintable(eq), db, offset[0], offset[1], offset[2],
              filtertest::psnr(mine, reference));
        for (int c = 0; c < 3; ++c)
            QVERIFY2(std::abs(offset[c]) <= 4.5,
                     qPrintable(QString("channel %1 offset %2").arg(c).arg(offset[c])));
        QVERIFY2(db >= 40, qPrintable(QString::number(db)));
        QVERIFY(filtertest::psnr(mine, m_frame) < 40); // the filter did something
    }
};

QTEST_GUILESS_MAIN(TestFilterOracles)
#include "tst_filteroracles.moc"
