#pragma once

#include "core/captions/captiontypes.h"

#include <QGlyphRun>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QSize>

namespace montaj {

// Where every glyph of one caption cue goes on the canvas: the text shaped and ordered by
// QTextLayout (HarfBuzz, bidi, each paragraph in the direction of its first strong character),
// wrapped into at most style.maxLines balanced, centred lines inside the safe area, the font shrunk
// until the block fits. Glyphs are grouped by token (a run of non-space characters, in logical
// order) so a word can be painted in its own colour. Pure geometry: painting is CaptionRenderer's.
struct CaptionLayout
{
    double fontPixels = 0;
    double pad = 0;              // room around the ink for the outline or the box
    QList<QPainterPath> tokens;  // glyph outlines of each token, canvas pixels
    QList<QRectF> tokenBoxes;    // each token's glyph bounds (empty for a token without ink)
    QList<QRectF> lineBoxes;     // each line: ink width, line height
    QList<QGlyphRun> bitmapRuns; // glyphs without outlines (colour emoji), drawn as they are
    QList<qsizetype> wordToken;  // cue.words[i] → token index; empty when the words do not match
    QRectF inkBounds;            // everything painted, outline and box included

    qsizetype lineCount() const { return lineBoxes.size(); }

    // safeArea is in canvas pixels.
    static CaptionLayout make(const CaptionCue &cue, const CaptionStyle &style, QSize canvas,
                              const QRectF &safeArea);
};

} // namespace montaj
