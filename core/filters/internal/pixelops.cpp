#include "core/filters/internal/pixelops.h"

#include <QColor>

#include <opencv2/core.hpp>

#include <cmath>

namespace montaj {

void PixelOps::forRows(int rows, const std::function<void(int, int)> &body)
{
    if (rows <= 0)
        return;
    // Stripes of at least 16 rows: enough work per task, and the split never changes a result.
    const int stripes = std::max(1, std::min(rows / 16, 64));
    cv::parallel_for_(
        cv::Range(0, stripes),
        [&](const cv::Range &r) {
            const int first = int(qint64(r.start) * rows / stripes);
            const int end = int(qint64(r.end) * rows / stripes);
            body(first, end);
        },
        stripes);
}

cv::Mat PixelOps::curves(const std::function<double(int, int)> &f)
{
    cv::Mat table(1, 256, CV_8UC3);
    auto *p = table.ptr<uint8_t>();
    for (int v = 0; v < 256; ++v)
        for (int c = 0; c < 3; ++c)
            p[v * 3 + c] = clamp8(int(std::lround(f(c, v))));
    return table;
}

cv::Mat PixelOps::composeCurves(const cv::Mat &a, const cv::Mat &b)
{
    cv::Mat table(1, 256, CV_8UC3);
    const auto *pa = a.ptr<uint8_t>();
    const auto *pb = b.ptr<uint8_t>();
    auto *p = table.ptr<uint8_t>();
    for (int v = 0; v < 256; ++v)
        for (int c = 0; c < 3; ++c)
            p[v * 3 + c] = pb[pa[v * 3 + c] * 3 + c];
    return table;
}

bool PixelOps::isIdentityCurve(const cv::Mat &curves)
{
    const auto *p = curves.ptr<uint8_t>();
    for (int v = 0; v < 256; ++v)
        for (int c = 0; c < 3; ++c)
            if (p[v * 3 + c] != v)
                return false;
    return true;
}

void PixelOps::applyCurves(cv::Mat &bgr, const cv::Mat &curves)
{
    const auto *t = curves.ptr<uint8_t>();
    const int cols = bgr.cols;
    forRows(bgr.rows, [&](int first, int end) {
        for (int y = first; y < end; ++y) {
            uint8_t *p = bgr.ptr<uint8_t>(y);
            for (int x = 0; x < cols; ++x, p += 3) {
                p[0] = t[p[0] * 3];
                p[1] = t[p[1] * 3 + 1];
                p[2] = t[p[2] * 3 + 2];
            }
        }
    });
}

Error PixelOps::fileError(const QString &code, const QString &message, const QString &path)
{
    return Error(code, message, {{QStringLiteral("file"), path}});
}

std::array<int, 3> PixelOps::bgrOf(const QString &hex)
{
    const QColor c(hex);
    return {c.blue(), c.green(), c.red()};
}

} // namespace montaj
