#pragma once

#include "core/edit/projecttypes.h"

#include <QImage>
#include <QRect>

#include <vector>

struct AVFrame;

namespace montaj {

// A text overlay converted once to the canvas's YUV 4:2:0 with alpha, ready to blend into every
// frame it covers.
struct OverlaySprite
{
    QRect rect;                             // on the canvas, even-aligned
    std::vector<uint8_t> y, alpha;          // rect.width() × rect.height()
    std::vector<uint8_t> u, v, chromaAlpha; // (rect.width()/2) × (rect.height()/2)
    bool isEmpty() const { return rect.isEmpty(); }
};

// Draws text overlays the way every part of Montaj shows them — QTextLayout with HarfBuzz shaping
// and bidi, so Arabic joins and runs right-to-left and mixes with Latin correctly — with outline
// and box, then turns the picture into a YUV sprite and blends it into canvas frames. Not for
// captions styling beyond what TextOverlay holds (core/captions grows its own).
class OverlayRenderer
{
public:
    // The overlay as a canvas-sized transparent picture (premultiplied ARGB) — the preview uses
    // the same drawing.
    static QImage render(const TextOverlay &overlay, QSize canvas);
    static OverlaySprite sprite(const TextOverlay &overlay, QSize canvas);
    static void blend(const OverlaySprite &sprite, AVFrame *canvasFrame);
};

} // namespace montaj
