#pragma once

#include "core/edit/projecttypes.h"
#include "core/foundation/result.h"
#include "core/media/ffmpeg.h"

#include <QColor>
#include <QRect>
#include <QSize>

namespace montaj {

// Places a decoded video frame onto the export canvas in yuv420p (BT.709, limited range): turns
// phone-rotated frames upright, applies fit / fill / crop, scales with swscale straight into the
// canvas, and paints the background where the picture does not reach. Keeps its scaler between
// frames. Not for overlays (OverlayRenderer) or effects (FrameHook).
class CanvasCompositor
{
public:
    CanvasCompositor(QSize canvas, QColor background);

    // Where the picture goes: the part of the upright source (in display pixels) and the part of
    // the canvas it fills, both even-aligned for 4:2:0.
    struct Placement
    {
        QRectF source; // in the upright display size's pixels
        QRect target;  // in canvas pixels
    };
    static Placement place(QSize displaySize, QSize canvas, FitMode fit, QRectF cropRect);

    void fillBackground(AVFrame *canvas) const;
    Result<void> compose(const AVFrame *source, int rotation, QSize displaySize, FitMode fit, QRectF cropRect,
                         AVFrame *canvas);

private:
    const AVFrame *upright(const AVFrame *source, int rotation);

    QSize m_canvas;
    uint8_t m_background[3];
    SwsPtr m_sws;
    SwsPtr m_toPlanar;
    FramePtr m_planar;  // source converted to yuv420p when it must be rotated
    FramePtr m_rotated; // the upright copy
};

} // namespace montaj
