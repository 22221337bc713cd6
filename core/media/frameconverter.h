#pragma once

#include "core/media/ffmpeg.h"

#include <QImage>
#include <QSize>

#include <opencv2/core/mat.hpp>

namespace montaj {

// Turns decoded frames (any pixel format) into upright RGB pictures — QImage for Qt, BGR cv::Mat
// for OpenCV — at a requested size, honouring the frame's colour matrix and range. Keeps its
// swscale context between calls, so converting a stream of same-shaped frames costs no setup.
// Not for the export path, which stays in YUV (core/render).
class FrameConverter
{
public:
    // The upright output size for a request: empty means the display size; otherwise the display
    // size scaled to the request with the aspect mode.
    static QSize outputSize(QSize displaySize, QSize requested, Qt::AspectRatioMode mode);

    QImage toImage(const AVFrame *frame, int rotation, QSize displaySize, QSize requested = {},
                   Qt::AspectRatioMode mode = Qt::KeepAspectRatio);
    cv::Mat toMat(const AVFrame *frame, int rotation, QSize displaySize, QSize requested = {},
                  Qt::AspectRatioMode mode = Qt::KeepAspectRatio);

    // Tells swscale which YUV matrix and range a frame uses (BT.601/709/2020, limited/full).
    static void applyColorDetails(SwsContext *sws, const AVFrame *frame, bool destinationIsRgb);

private:
    bool scale(const AVFrame *frame, AVPixelFormat format, QSize size, uint8_t *const data[],
               const int linesize[]);

    SwsPtr m_sws;
};

} // namespace montaj
