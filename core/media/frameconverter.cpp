#include "core/media/frameconverter.h"

#include <QTransform>

#include <opencv2/core.hpp>

namespace montaj {
namespace {

int swsColorSpace(const AVFrame *frame)
{
    switch (frame->colorspace) {
    case AVCOL_SPC_BT709: return SWS_CS_ITU709;
    case AVCOL_SPC_BT470BG:
    case AVCOL_SPC_SMPTE170M: return SWS_CS_ITU601;
    case AVCOL_SPC_SMPTE240M: return SWS_CS_SMPTE240M;
    case AVCOL_SPC_FCC: return SWS_CS_FCC;
    case AVCOL_SPC_BT2020_NCL:
    case AVCOL_SPC_BT2020_CL: return SWS_CS_BT2020;
    default: return frame->height >= 720 ? SWS_CS_ITU709 : SWS_CS_ITU601;
    }
}

bool isFullRange(const AVFrame *frame)
{
    const auto f = AVPixelFormat(frame->format);
    return frame->color_range == AVCOL_RANGE_JPEG || f == AV_PIX_FMT_YUVJ420P || f == AV_PIX_FMT_YUVJ422P
           || f == AV_PIX_FMT_YUVJ444P;
}

QSize beforeRotation(QSize upright, int rotation)
{
    return (rotation % 180) ? upright.transposed() : upright;
}

} // namespace

QSize FrameConverter::outputSize(QSize displaySize, QSize requested, Qt::AspectRatioMode mode)
{
    if (!requested.isValid() || requested.isEmpty())
        return displaySize;
    QSize s = displaySize.scaled(requested, mode);
    return QSize(std::max(1, s.width()), std::max(1, s.height()));
}

void FrameConverter::applyColorDetails(SwsContext *sws, const AVFrame *frame, bool destinationIsRgb)
{
    const int *srcTable = sws_getCoefficients(swsColorSpace(frame));
    const int *dstTable = destinationIsRgb ? sws_getCoefficients(SWS_CS_DEFAULT) : srcTable;
    sws_setColorspaceDetails(sws, srcTable, isFullRange(frame) ? 1 : 0, dstTable, destinationIsRgb ? 1 : 0, 0,
                             1 << 16, 1 << 16);
}

bool FrameConverter::scale(const AVFrame *frame, AVPixelFormat format, QSize size, uint8_t *const data[],
                           const int linesize[])
{
    SwsContext *sws = sws_getCachedContext(m_sws.release(), frame->width, frame->height,
                                           AVPixelFormat(frame->format), size.width(), size.height(), format,
                                           SWS_BICUBIC | SWS_ACCURATE_RND, nullptr, nullptr, nullptr);
    m_sws.reset(sws);
    if (!sws)
        return false;
    applyColorDetails(sws, frame, true);
    return sws_scale(sws, frame->data, frame->linesize, 0, frame->height, data, linesize) > 0;
}

QImage FrameConverter::toImage(const AVFrame *frame, int rotation, QSize displaySize, QSize requested,
                               Qt::AspectRatioMode mode)
{
    const QSize upright = outputSize(displaySize, requested, mode);
    const QSize stored = beforeRotation(upright, rotation);
    QImage image(stored, QImage::Format_RGBX8888);
    if (image.isNull())
        return {};
    uint8_t *data[4] = {image.bits(), nullptr, nullptr, nullptr};
    const int linesize[4] = {int(image.bytesPerLine()), 0, 0, 0};
    if (!scale(frame, AV_PIX_FMT_RGB0, stored, data, linesize))
        return {};
    if (rotation)
        image = image.transformed(QTransform().rotate(rotation));
    return image;
}

cv::Mat FrameConverter::toMat(const AVFrame *frame, int rotation, QSize displaySize, QSize requested,
                              Qt::AspectRatioMode mode)
{
    const QSize upright = outputSize(displaySize, requested, mode);
    const QSize stored = beforeRotation(upright, rotation);
    cv::Mat mat(stored.height(), stored.width(), CV_8UC3);
    uint8_t *data[4] = {mat.data, nullptr, nullptr, nullptr};
    const int linesize[4] = {int(mat.step[0]), 0, 0, 0};
    if (!scale(frame, AV_PIX_FMT_BGR24, stored, data, linesize))
        return {};
    if (rotation == 90)
        cv::rotate(mat, mat, cv::ROTATE_90_CLOCKWISE);
    else if (rotation == 180)
        cv::rotate(mat, mat, cv::ROTATE_180);
    else if (rotation == 270)
        cv::rotate(mat, mat, cv::ROTATE_90_COUNTERCLOCKWISE);
    return mat;
}

} // namespace montaj
