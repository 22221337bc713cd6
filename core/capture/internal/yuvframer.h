#pragma once

#include "core/capture/capturetypes.h"
#include "core/media/ffmpeg.h"

#include <QRect>

namespace montaj {

// Puts a captured RGB picture into the encoder's yuv420p frame (BT.709, limited range) at the
// output size, framed as asked: centre-cropped to the output's shape or fitted inside it with black
// bars. Keeps its swscale context between frames of the same shape. Internal to the recorder's
// encoder thread; not thread-safe.
class YuvFramer
{
public:
    // The part of the source that reaches the output (CentreCrop), or all of it (Fit).
    static QRect sourceRect(QSize source, QSize output, Framing framing);
    // Where the source lands in the output: all of it (CentreCrop) or the fitted box (Fit); even
    // coordinates so the chroma planes line up.
    static QRect targetRect(QSize source, QSize output, Framing framing);

    // False when the picture's format is not packed 32-bit RGB or swscale refuses it.
    bool convert(const QImage &image, Framing framing, AVFrame *yuv);

private:
    SwsPtr m_sws;
};

} // namespace montaj
