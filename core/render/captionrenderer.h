#pragma once

#include "core/captions/captiontypes.h"
#include "core/render/overlayrenderer.h"

#include <QImage>
#include <QList>
#include <QRectF>
#include <QSize>

namespace montaj {

// Burned-in captions: the picture of the cue active at a timeline time, drawn with Qt's text
// layout (HarfBuzz shaping and bidi — joined Arabic, mixed Arabic/Latin/digits in visual order,
// right-to-left wrapping) in the Noto fonts loaded from their files, wrapped to the style's
// maximum lines inside the platform safe area (the font shrinks until it fits), in the style's
// preset: bold with an outline, a rounded box per line, or the spoken word highlighted. The export
// blends the cached YUV sprite; the preview paints the canvas-sized picture. Not for caption files,
// cue editing or reading-speed checks (core/captions), nor for text overlays (OverlayRenderer).
class CaptionRenderer
{
public:
    explicit CaptionRenderer(QSize canvas, int cacheSize = 8);

    QSize canvas() const { return m_canvas; }
    // Normalized to the canvas; safeAreaFor(canvas) until changed.
    void setSafeArea(const QRectF &normalized);
    QRectF safeArea() const { return m_safeArea; }

    // The cue active at timelineUs as a sprite for OverlayRenderer::blend, empty when none is.
    // Drawn once per (cue, style, active word) and kept for the following frames.
    const OverlaySprite &sprite(const CaptionTrack &track, qint64 timelineUs);
    qint64 renders() const { return m_renders; } // pictures drawn so far

    // The same drawing as a canvas-sized premultiplied ARGB picture (transparent around the
    // caption), or a null image when no cue is active. Uncached.
    static QImage render(const CaptionTrack &track, QSize canvas, qint64 timelineUs);
    // One cue with cue.words[activeWord] highlighted (WordHighlight; -1: none). An empty safeArea
    // means safeAreaFor(canvas).
    static QImage renderCue(const CaptionCue &cue, const CaptionStyle &style, QSize canvas,
                            qsizetype activeWord = -1, const QRectF &safeArea = {});

    // The latest-starting cue covering the time, -1 when none does.
    static qsizetype cueAt(const CaptionTrack &track, qint64 timelineUs);
    // The word being spoken: the last one started by then (it stays lit through the pause after
    // it); -1 before the first word or when the cue has no word timing.
    static qsizetype wordAt(const CaptionCue &cue, qint64 timelineUs);

    // The area captions stay in, normalized. A 9:16 canvas gets TikTok's safe rectangle (the
    // numbers of SafeZones::tiktokSafeRect in core/preview, which render cannot link; the test
    // checks they agree); other shapes are placed on a 9:16 screen the way the app shows them
    // (fitted) and get what its interface leaves free. Always at least 5% from every edge.
    static QRectF safeAreaFor(QSize canvas);

private:
    struct Entry
    {
        CaptionCue cue;
        CaptionStyle style;
        qsizetype activeWord = -1;
        OverlaySprite sprite;
        qint64 lastUse = 0;
    };

    QSize m_canvas;
    QRectF m_safeArea;
    QList<Entry> m_entries;
    int m_capacity;
    qint64 m_clock = 0;
    qint64 m_renders = 0;
    OverlaySprite m_none;
};

} // namespace montaj
