#pragma once

// Shared by the preview tests: clips from probed fixture files, the portrait frame-coded sources
// the preview shows edge to edge on a 9:16 canvas, and PSNR between two pictures.

#include "core/edit/projecttypes.h"
#include "core/media/mediaprobe.h"
#include "tests/support/mediafixtures.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>

#include <algorithm>
#include <cmath>

namespace montaj::test {

inline Clip clipOf(const QString &path, qint64 inUs, qint64 outUs, FitMode fit = FitMode::Fill)
{
    const auto info = MediaProbe::probe(path);
    Clip c;
    c.id = QStringLiteral("c%1_%2_%3").arg(QFileInfo(path).baseName()).arg(inUs).arg(outUs);
    c.mediaPath = info ? info->path : path;
    c.inUs = inUs;
    c.outUs = outUs;
    c.sourceDurationUs = info ? info->durationUs : outUs;
    c.sourceHasVideo = info ? info->hasVideo() : true;
    c.sourceHasAudio = info ? info->hasAudio() : false;
    c.sourceSize = info && info->hasVideo() ? info->videoStreams.first().displaySize : QSize();
    c.fit = fit;
    return c;
}

// 60 frame-coded frames, 360×640 (9:16) at 30 fps, H.264 with GOP 12 and B-frames.
inline QString portraitCoded()
{
    return MediaFixtures::frameCoded(
        QStringLiteral("preview_portrait_h264.mp4"),
        {QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
         QStringLiteral("veryfast"), QStringLiteral("-g"), QStringLiteral("12"), QStringLiteral("-bf"),
         QStringLiteral("2"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")},
        60, 30, QSize(360, 640));
}

// A moving picture from one of ffmpeg's generators, `size`, 1 s at 30 fps, with a 440 Hz tone:
// "mandelbrot" (fine detail and smooth colour, like footage) or "testsrc" (saturated colour bars:
// the worst case for 4:2:0 chroma at their edges).
inline QString colourSource(QSize size, const QString &pattern = QStringLiteral("mandelbrot"))
{
    const QString name =
        QStringLiteral("preview_%1_%2x%3.mp4").arg(pattern).arg(size.width()).arg(size.height());
    const QString path = QDir(MediaFixtures::dir()).filePath(name);
    if (QFileInfo::exists(path))
        return path;
    const QString partial = QDir(MediaFixtures::dir()).filePath(QStringLiteral(".%1.partial.mp4").arg(name));
    if (!MediaFixtures::ffmpeg(
            {QStringLiteral("-f"),
             QStringLiteral("lavfi"),
             QStringLiteral("-i"),
             QStringLiteral("%1=s=%2x%3:r=30").arg(pattern).arg(size.width()).arg(size.height()),
             QStringLiteral("-f"),
             QStringLiteral("lavfi"),
             QStringLiteral("-i"),
             QStringLiteral("sine=frequency=440:sample_rate=48000:duration=1"),
             QStringLiteral("-t"),
             QStringLiteral("1"),
             QStringLiteral("-c:v"),
             QStringLiteral("libx264"),
             QStringLiteral("-preset"),
             QStringLiteral("veryfast"),
             QStringLiteral("-g"),
             QStringLiteral("15"),
             QStringLiteral("-pix_fmt"),
             QStringLiteral("yuv420p"),
             QStringLiteral("-c:a"),
             QStringLiteral("aac"),
             partial})
        || !QFile::rename(partial, path))
        return {};
    return path;
}

// Peak signal-to-noise ratio over R, G and B (dB); both pictures must be the same size.
inline double psnr(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    if (x.size() != y.size() || x.isNull())
        return 0;
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            const int dr = qRed(p[col]) - qRed(q[col]);
            const int dg = qGreen(p[col]) - qGreen(q[col]);
            const int db = qBlue(p[col]) - qBlue(q[col]);
            sum += double(dr * dr + dg * dg + db * db);
        }
    }
    const double mse = sum / (3.0 * x.width() * x.height());
    return mse <= 0 ? 99.0 : 10.0 * std::log10(255.0 * 255.0 / mse);
}

// PSNR of the Y, U and V planes (BT.709, full range, from R, G and B at every pixel), as video
// tools report it; R, G and B themselves carry 1.6–1.9× the chroma error through the matrix.
struct PlanePsnr
{
    double y = 0, u = 0, v = 0;
    double min() const { return std::min({y, u, v}); }
};

inline PlanePsnr psnrYuv(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    if (x.size() != y.size() || x.isNull())
        return {};
    const auto yuv = [](QRgb p, double out[3]) {
        const double r = qRed(p), g = qGreen(p), bl = qBlue(p);
        out[0] = 0.2126 * r + 0.7152 * g + 0.0722 * bl;
        out[1] = (bl - out[0]) / 1.8556;
        out[2] = (r - out[0]) / 1.5748;
    };
    double sum[3] = {0, 0, 0};
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            double m[3], n[3];
            yuv(p[col], m);
            yuv(q[col], n);
            for (int c = 0; c < 3; ++c)
                sum[c] += (m[c] - n[c]) * (m[c] - n[c]);
        }
    }
    const auto db = [&](double s) {
        const double mse = s / (double(x.width()) * x.height());
        return mse <= 0 ? 99.0 : 10.0 * std::log10(255.0 * 255.0 / mse);
    };
    return {db(sum[0]), db(sum[1]), db(sum[2])};
}

} // namespace montaj::test
