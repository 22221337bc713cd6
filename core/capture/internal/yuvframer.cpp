#include "core/capture/internal/yuvframer.h"

#include <cstring>

namespace montaj {
namespace {

AVPixelFormat pixelFormatOf(QImage::Format format)
{
    switch (format) {
    // 0xAARRGGBB in native byte order: B, G, R, A in memory on little-endian machines.
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
        return Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? AV_PIX_FMT_BGRA : AV_PIX_FMT_ARGB;
    case QImage::Format_RGBX8888:
    case QImage::Format_RGBA8888:
    case QImage::Format_RGBA8888_Premultiplied: return AV_PIX_FMT_RGBA;
    default: return AV_PIX_FMT_NONE;
    }
}

int even(int v)
{
    return v & ~1;
}

} // namespace

QRect YuvFramer::sourceRect(QSize source, QSize output, Framing framing)
{
    if (framing == Framing::Fit || source.isEmpty() || output.isEmpty())
        return QRect(QPoint(0, 0), source);
    // Widest part of the source with the output's aspect, centred.
    const qint64 sw = source.width(), sh = source.height(), ow = output.width(), oh = output.height();
    if (sw * oh > sh * ow) { // source wider than the output: cut the sides
        const int w = std::max(1, int(sh * ow / oh));
        return QRect(int(sw - w) / 2, 0, w, int(sh));
    }
    const int h = std::max(1, int(sw * oh / ow));
    return QRect(0, int(sh - h) / 2, int(sw), h);
}

QRect YuvFramer::targetRect(QSize source, QSize output, Framing framing)
{
    if (framing == Framing::CentreCrop || source.isEmpty() || output.isEmpty())
        return QRect(QPoint(0, 0), output);
    const QSize fitted = source.scaled(output, Qt::KeepAspectRatio);
    const int w = std::max(2, even(fitted.width())), h = std::max(2, even(fitted.height()));
    return QRect(even((output.width() - w) / 2), even((output.height() - h) / 2), w, h);
}

bool YuvFramer::convert(const QImage &image, Framing framing, AVFrame *yuv)
{
    const AVPixelFormat format = pixelFormatOf(image.format());
    if (format == AV_PIX_FMT_NONE || image.isNull())
        return false;
    const QSize output(yuv->width, yuv->height);
    const QRect from = sourceRect(image.size(), output, framing);
    const QRect to = targetRect(image.size(), output, framing);

    if (to.size() != output) { // black bars: Y 16, Cb/Cr 128 (limited range)
        for (int y = 0; y < yuv->height; ++y)
            std::memset(yuv->data[0] + y * yuv->linesize[0], 16, size_t(yuv->width));
        for (int plane = 1; plane <= 2; ++plane)
            for (int y = 0; y < (yuv->height + 1) / 2; ++y)
                std::memset(yuv->data[plane] + y * yuv->linesize[plane], 128, size_t((yuv->width + 1) / 2));
    }

    // sws_getCachedContext frees the context it is given when it cannot reuse it.
    SwsContext *next =
        sws_getCachedContext(m_sws.get(), from.width(), from.height(), format, to.width(), to.height(),
                             AV_PIX_FMT_YUV420P, SWS_BILINEAR, nullptr, nullptr, nullptr);
    if (next != m_sws.get()) {
        (void)m_sws.release();
        m_sws.reset(next);
        if (!next)
            return false;
        // RGB in full range → BT.709 limited-range YUV, as the writer declares.
        sws_setColorspaceDetails(next, sws_getCoefficients(SWS_CS_ITU709), 1,
                                 sws_getCoefficients(SWS_CS_ITU709), 0, 0, 1 << 16, 1 << 16);
    }
    const uchar *bits = image.constBits() + qsizetype(from.y()) * image.bytesPerLine() + from.x() * 4;
    const uint8_t *src[4] = {bits, nullptr, nullptr, nullptr};
    const int srcStride[4] = {int(image.bytesPerLine()), 0, 0, 0};
    uint8_t *dst[4] = {yuv->data[0] + to.y() * yuv->linesize[0] + to.x(),
                       yuv->data[1] + (to.y() / 2) * yuv->linesize[1] + to.x() / 2,
                       yuv->data[2] + (to.y() / 2) * yuv->linesize[2] + to.x() / 2, nullptr};
    const int dstStride[4] = {yuv->linesize[0], yuv->linesize[1], yuv->linesize[2], 0};
    return sws_scale(m_sws.get(), src, srcStride, 0, from.height(), dst, dstStride) > 0;
}

} // namespace montaj
