#include "core/render/internal/captionsprite.h"

#include <algorithm>
#include <cmath>

namespace montaj {

OverlaySprite CaptionSprite::fromImage(const QImage &image, QPoint origin, QSize canvas)
{
    // The smallest even-aligned canvas rectangle holding every visible pixel.
    int left = canvas.width(), top = canvas.height(), right = -1, bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        const int cy = origin.y() + y;
        if (cy < 0 || cy >= canvas.height())
            continue;
        const auto *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int cx = origin.x() + x;
            if (cx >= 0 && cx < canvas.width() && qAlpha(row[x])) {
                left = std::min(left, cx);
                right = std::max(right, cx);
                top = std::min(top, cy);
                bottom = std::max(bottom, cy);
            }
        }
    }
    OverlaySprite s;
    if (right < 0)
        return s;
    left &= ~1;
    top &= ~1;
    right = std::min(canvas.width() - 1, right | 1);
    bottom = std::min(canvas.height() - 1, bottom | 1);
    s.rect = QRect(QPoint(left, top), QPoint(right, bottom));
    const int w = s.rect.width(), h = s.rect.height();
    const auto count = size_t(w) * size_t(h), chroma = size_t(w / 2) * size_t(h / 2);
    s.y.assign(count, 0);
    s.alpha.assign(count, 0);
    s.u.assign(chroma, 128);
    s.v.assign(chroma, 128);
    s.chromaAlpha.assign(chroma, 0);
    std::vector<double> cb(count, 0), cr(count, 0);
    for (int y = 0; y < h; ++y) {
        const int iy = top + y - origin.y();
        if (iy < 0 || iy >= image.height())
            continue;
        const auto *row = reinterpret_cast<const QRgb *>(image.constScanLine(iy));
        for (int x = 0; x < w; ++x) {
            const int ix = left + x - origin.x();
            if (ix < 0 || ix >= image.width())
                continue;
            const QRgb p = row[ix];
            const int a = qAlpha(p);
            const size_t i = size_t(y) * size_t(w) + size_t(x);
            s.alpha[i] = uint8_t(a);
            if (!a)
                continue;
            // Un-premultiply, then BT.709 limited range.
            const double r = qRed(p) / double(a), g = qGreen(p) / double(a), b = qBlue(p) / double(a);
            const double luma = 0.2126 * r + 0.7152 * g + 0.0722 * b;
            s.y[i] = uint8_t(std::lround(16 + 219 * luma));
            cb[i] = (b - luma) / 1.8556;
            cr[i] = (r - luma) / 1.5748;
        }
    }
    for (int y = 0; y < h / 2; ++y) {
        for (int x = 0; x < w / 2; ++x) {
            double a = 0, u = 0, v = 0;
            for (int k = 0; k < 4; ++k) {
                const size_t i = size_t(2 * y + k / 2) * size_t(w) + size_t(2 * x + k % 2);
                a += s.alpha[i];
                u += cb[i] * s.alpha[i];
                v += cr[i] * s.alpha[i];
            }
            const size_t c = size_t(y) * size_t(w / 2) + size_t(x);
            s.chromaAlpha[c] = uint8_t(std::lround(a / 4));
            s.u[c] = uint8_t(std::lround(128 + 224 * (a > 0 ? u / a : 0)));
            s.v[c] = uint8_t(std::lround(128 + 224 * (a > 0 ? v / a : 0)));
        }
    }
    return s;
}

} // namespace montaj
