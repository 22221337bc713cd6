#pragma once

#include "core/render/overlayrenderer.h"

#include <QImage>
#include <QPoint>

namespace montaj {

// Turns a premultiplied ARGB picture placed at `origin` on the canvas into the YUV 4:2:0 sprite
// OverlayRenderer::blend draws (BT.709 limited range, the overlays' conversion), trimmed to its
// visible pixels and even-aligned. Not for pictures that are not premultiplied.
class CaptionSprite
{
public:
    static OverlaySprite fromImage(const QImage &image, QPoint origin, QSize canvas);
};

} // namespace montaj
