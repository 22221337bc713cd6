#pragma once

#include <QGlyphRun>
#include <QList>
#include <QPainterPath>

namespace montaj {

// Turns shaped glyph runs into what Montaj paints text with: the outline of every glyph that has
// one (filled, stroked for the outline style), and the runs whose glyphs have none — colour emoji
// are bitmaps — set aside to be drawn as they are. Shared by captions and text overlays.
// Internal to core/render.
namespace GlyphOutlines {

// The run's outlines at its glyph positions; a run holding a glyph with ink but no outline is
// appended whole to `bitmapRuns`.
QPainterPath pathOf(const QGlyphRun &run, QList<QGlyphRun> &bitmapRuns);
// The run moved by `by`, its bounding rectangle with it.
QGlyphRun translated(QGlyphRun run, QPointF by);
// The union of the runs' glyph bounds.
QRectF boundsOf(const QList<QGlyphRun> &runs);

} // namespace GlyphOutlines

} // namespace montaj
