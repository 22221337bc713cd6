#include "core/render/internal/glyphoutlines.h"

#include <QHash>
#include <QRawFont>

#include <algorithm>

namespace montaj::GlyphOutlines {
namespace {

// Colour bitmap (CBDT/CBLC, Noto Color Emoji) and colour layer (COLR) fonts. Their glyphs must never
// be asked for an outline: with Qt 6.4's FreeType engine, QRawFont::pathForGlyph on a colour glyph
// spoils that font's glyph cache for the whole process, after which even drawText paints nothing.
// CBLC and COLR are small tables (the pictures are in CBDT), and the answer is kept per font.
bool isColourFont(const QRawFont &raw)
{
    thread_local QHash<QString, bool> known;
    const QString key = raw.familyName() + u'\n' + raw.styleName();
    auto it = known.constFind(key);
    if (it == known.constEnd())
        it = known.insert(key, !raw.fontTable("CBLC").isEmpty() || !raw.fontTable("COLR").isEmpty());
    return *it;
}

} // namespace

QPainterPath pathOf(const QGlyphRun &run, QList<QGlyphRun> &bitmapRuns)
{
    QPainterPath path;
    const QRawFont raw = run.rawFont();
    const QList<quint32> indexes = run.glyphIndexes();
    if (isColourFont(raw)) {
        if (std::any_of(indexes.begin(), indexes.end(),
                        [&raw](quint32 g) { return !raw.boundingRect(g).isEmpty(); }))
            bitmapRuns << run;
        return path;
    }
    const QList<QPointF> positions = run.positions();
    bool bitmap = false;
    for (qsizetype g = 0; g < indexes.size(); ++g) {
        const QPainterPath glyph = raw.pathForGlyph(indexes[g]);
        if (glyph.isEmpty())
            bitmap = bitmap || !raw.boundingRect(indexes[g]).isEmpty();
        else
            path.addPath(glyph.translated(positions[g]));
    }
    if (bitmap)
        bitmapRuns << run;
    return path;
}

QGlyphRun translated(QGlyphRun run, QPointF by)
{
    QList<QPointF> positions = run.positions();
    for (QPointF &p : positions)
        p += by;
    const QRectF bounds = run.boundingRect(); // kept from the layout: it does not follow the positions
    run.setPositions(positions);
    run.setBoundingRect(bounds.translated(by));
    return run;
}

QRectF boundsOf(const QList<QGlyphRun> &runs)
{
    QRectF bounds;
    for (const QGlyphRun &run : runs)
        bounds |= run.boundingRect();
    return bounds;
}

} // namespace montaj::GlyphOutlines
