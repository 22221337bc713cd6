#include "core/render/canvascompositor.h"

#include "core/media/frameconverter.h"

#include <opencv2/core.hpp>

#include <cmath>

namespace montaj {
namespace {

int even(double v)
{
    return int(std::lround(v / 2.0)) * 2;
}

// BT.709 limited-range YUV of an sRGB colour.
void toYuv709(const QColor &c, uint8_t out[3])
{
    const double r = c.redF(), g = c.greenF(), b = c.blueF();
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    out[0] = uint8_t(std::lround(16 + 219 * y));
    out[1] = uint8_t(std::lround(128 + 224 * (b - y) / 1.8556));
    out[2] = uint8_t(std::lround(128 + 224 * (r - y) / 1.5748));
}

bool ensureFrame(FramePtr &frame, int width, int height)
{
    if (frame && frame->width == width && frame->height == height)
        return av_frame_make_writable(frame.get()) >= 0;
    frame = makeFrame();
    frame->format = AV_PIX_FMT_YUV420P;
    frame->width = width;
    frame->height = height;
    return av_frame_get_buffer(frame.get(), 0) >= 0;
}

} // namespace

CanvasCompositor::CanvasCompositor(QSize canvas, QColor background)
    : m_canvas(canvas)
{
    toYuv709(background, m_background);
}

CanvasCompositor::Placement CanvasCompositor::place(QSize display, QSize canvas, FitMode fit, QRectF cropRect)
{
    QRectF source(0, 0, display.width(), display.height());
    if (fit == FitMode::Crop)
        source = QRectF(cropRect.x() * display.width(), cropRect.y() * display.height(),
                        cropRect.width() * display.width(), cropRect.height() * display.height());
    const double canvasAspect = double(canvas.width()) / canvas.height();
    const double sourceAspect = source.width() / source.height();
    QRectF target(0, 0, canvas.width(), canvas.height());
    if (fit == FitMode::Fit) { // the whole picture, letterboxed
        if (sourceAspect > canvasAspect)
            target.setHeight(canvas.width() / sourceAspect);
        else
            target.setWidth(canvas.height() * sourceAspect);
        target.moveCenter(QPointF(canvas.width() / 2.0, canvas.height() / 2.0));
    } else { // cover the canvas, cropping the overflow around the centre of the chosen area
        const QPointF centre = source.center();
        if (sourceAspect > canvasAspect)
            source.setWidth(source.height() * canvasAspect);
        else
            source.setHeight(source.width() / canvasAspect);
        source.moveCenter(centre);
    }
    const QRect t(even(target.x()), even(target.y()), std::max(2, even(target.width())),
                  std::max(2, even(target.height())));
    return {source, t.intersected(QRect(QPoint(0, 0), canvas))};
}

void CanvasCompositor::fillBackground(AVFrame *canvas) const
{
    for (int plane = 0; plane < 3; ++plane) {
        const int h = plane ? canvas->height / 2 : canvas->height;
        const int w = plane ? canvas->width / 2 : canvas->width;
        for (int y = 0; y < h; ++y)
            std::memset(canvas->data[plane] + y * canvas->linesize[plane], m_background[plane], size_t(w));
    }
}

const AVFrame *CanvasCompositor::upright(const AVFrame *source, int rotation)
{
    if (rotation == 0)
        return source;
    const AVFrame *planar = source;
    if (source->format != AV_PIX_FMT_YUV420P && source->format != AV_PIX_FMT_YUVJ420P) {
        if (!ensureFrame(m_planar, source->width, source->height))
            return nullptr;
        m_toPlanar.reset(sws_getCachedContext(m_toPlanar.release(), source->width, source->height,
                                              AVPixelFormat(source->format), source->width, source->height,
                                              AV_PIX_FMT_YUV420P, SWS_POINT, nullptr, nullptr, nullptr));
        if (!m_toPlanar)
            return nullptr;
        sws_scale(m_toPlanar.get(), source->data, source->linesize, 0, source->height, m_planar->data,
                  m_planar->linesize);
        av_frame_copy_props(m_planar.get(), source);
        planar = m_planar.get();
    }
    const bool swap = rotation % 180 != 0;
    if (!ensureFrame(m_rotated, swap ? planar->height : planar->width, swap ? planar->width : planar->height))
        return nullptr;
    const int code = rotation == 90 ? cv::ROTATE_90_CLOCKWISE
                                    : (rotation == 180 ? cv::ROTATE_180 : cv::ROTATE_90_COUNTERCLOCKWISE);
    for (int plane = 0; plane < 3; ++plane) {
        const int w = plane ? planar->width / 2 : planar->width;
        const int h = plane ? planar->height / 2 : planar->height;
        const cv::Mat in(h, w, CV_8UC1, planar->data[plane], size_t(planar->linesize[plane]));
        cv::Mat out(swap ? w : h, swap ? h : w, CV_8UC1, m_rotated->data[plane],
                    size_t(m_rotated->linesize[plane]));
        cv::rotate(in, out, code);
    }
    av_frame_copy_props(m_rotated.get(), planar);
    m_rotated->format = planar->format;
    return m_rotated.get();
}

Result<void> CanvasCompositor::compose(const AVFrame *source, int rotation, QSize displaySize, FitMode fit,
                                       QRectF cropRect, AVFrame *canvas)
{
    const AVFrame *frame = upright(source, rotation);
    if (!frame)
        return Error(QStringLiteral("render.compose_failed"),
                     QStringLiteral("cannot turn the picture upright"));
    const Placement p = place(displaySize, m_canvas, fit, cropRect);
    if (p.target.width() < m_canvas.width() || p.target.height() < m_canvas.height())
        fillBackground(canvas);

    // From display pixels to the upright frame's stored pixels (this also undoes sample aspect).
    const double sx = double(frame->width) / displaySize.width();
    const double sy = double(frame->height) / displaySize.height();
    const bool subsampled = frame->format == AV_PIX_FMT_YUV420P || frame->format == AV_PIX_FMT_YUVJ420P;
    const auto align = [&](double v) { return subsampled ? even(v) : int(std::lround(v)); };
    int x = std::clamp(align(p.source.x() * sx), 0, frame->width - 2);
    int y = std::clamp(align(p.source.y() * sy), 0, frame->height - 2);
    int w = std::clamp(align(p.source.width() * sx), 2, frame->width - x);
    int h = std::clamp(align(p.source.height() * sy), 2, frame->height - y);

    const uint8_t *src[4] = {};
    int srcStride[4] = {};
    const AVPixFmtDescriptor *desc = av_pix_fmt_desc_get(AVPixelFormat(frame->format));
    for (int plane = 0; plane < 4 && frame->data[plane]; ++plane) {
        const bool chroma = plane == 1 || plane == 2;
        const int px = chroma ? x >> desc->log2_chroma_w : x;
        const int py = chroma ? y >> desc->log2_chroma_h : y;
        const int bytes = av_get_padded_bits_per_pixel(desc) > 0 && !(desc->flags & AV_PIX_FMT_FLAG_PLANAR)
                              ? av_get_padded_bits_per_pixel(desc) / 8
                              : (desc->comp[0].depth > 8 ? 2 : 1);
        src[plane] = frame->data[plane] + py * frame->linesize[plane] + px * bytes;
        srcStride[plane] = frame->linesize[plane];
    }
    uint8_t *dst[4] = {canvas->data[0] + p.target.y() * canvas->linesize[0] + p.target.x(),
                       canvas->data[1] + p.target.y() / 2 * canvas->linesize[1] + p.target.x() / 2,
                       canvas->data[2] + p.target.y() / 2 * canvas->linesize[2] + p.target.x() / 2, nullptr};
    SwsContext *sws =
        sws_getCachedContext(m_sws.release(), w, h, AVPixelFormat(frame->format), p.target.width(),
                             p.target.height(), AV_PIX_FMT_YUV420P, SWS_BICUBIC, nullptr, nullptr, nullptr);
    m_sws.reset(sws);
    if (!sws)
        return Error(QStringLiteral("render.compose_failed"), QStringLiteral("cannot create a scaler"));
    FrameConverter::applyColorDetails(sws, frame, false);
    const int *out709 = sws_getCoefficients(SWS_CS_ITU709);
    int *inv = nullptr, *table = nullptr, srcRange = 0, dstRange = 0, brightness = 0, contrast = 0,
        saturation = 0;
    if (sws_getColorspaceDetails(sws, &inv, &srcRange, &table, &dstRange, &brightness, &contrast, &saturation)
        >= 0)
        sws_setColorspaceDetails(sws, inv, srcRange, out709, 0, brightness, contrast, saturation);
    sws_scale(sws, src, srcStride, 0, h, dst, canvas->linesize);
    return {};
}

} // namespace montaj
