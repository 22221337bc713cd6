#include "core/render/captionrenderer.h"

#include "core/render/internal/captionlayout.h"
#include "core/render/internal/captionsprite.h"
#include "core/render/safezones.h"

#include <QPainter>
#include <QTransform>

#include <algorithm>
#include <cmath>

namespace montaj {
namespace {

// The screen TikTok's safe zones are measured on.
constexpr double kScreenWidth = 1080, kScreenHeight = 1920;
constexpr double kMargin = 0.05;

QRectF pixels(const QRectF &normalized, QSize canvas)
{
    return QRectF(normalized.x() * canvas.width(), normalized.y() * canvas.height(),
                  normalized.width() * canvas.width(), normalized.height() * canvas.height());
}

qsizetype activeWordFor(const CaptionCue &cue, const CaptionStyle &style, qint64 timelineUs)
{
    return style.preset == CaptionPreset::WordHighlight ? CaptionRenderer::wordAt(cue, timelineUs) : -1;
}

// Paints the laid-out cue into `image`, whose top-left pixel is `origin` on the canvas.
void paint(QImage &image, QPoint origin, const CaptionLayout &layout, const CaptionStyle &style,
           qsizetype activeWord)
{
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(-QPointF(origin));
    if (style.box || style.preset == CaptionPreset::Boxed) {
        QPainterPath boxes;
        boxes.setFillRule(Qt::WindingFill); // overlapping boxes are painted once
        const qreal pad = layout.pad, radius = layout.fontPixels * 0.22;
        for (const QRectF &line : layout.lineBoxes)
            boxes.addRoundedRect(line.adjusted(-pad, -pad * 0.4, pad, pad * 0.4), radius, radius);
        painter.fillPath(boxes, style.boxColor);
    }
    if (style.outlineWidth > 0 && style.outlineColor.alpha() > 0) {
        QPainterPath all;
        all.setFillRule(Qt::WindingFill);
        for (const QPainterPath &token : layout.tokens)
            all.addPath(token);
        painter.strokePath(all, QPen(style.outlineColor, 2 * style.outlineWidth * layout.fontPixels,
                                     Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    }
    const qsizetype lit =
        activeWord >= 0 && activeWord < layout.wordToken.size() ? layout.wordToken[activeWord] : -1;
    for (qsizetype t = 0; t < layout.tokens.size(); ++t)
        painter.fillPath(layout.tokens[t], t == lit ? style.highlightColor : style.color);
    painter.setPen(style.color);
    for (const QGlyphRun &run : layout.bitmapRuns)
        painter.drawGlyphRun(QPointF(0, 0), run);
}

} // namespace

CaptionRenderer::CaptionRenderer(QSize canvas, int cacheSize)
    : m_canvas(canvas)
    , m_safeArea(safeAreaFor(canvas))
    , m_capacity(std::max(1, cacheSize))
{}

void CaptionRenderer::setSafeArea(const QRectF &normalized)
{
    m_safeArea = normalized;
    m_entries.clear();
}

QRectF CaptionRenderer::safeAreaFor(QSize canvas)
{
    const QRectF margin(kMargin, kMargin, 1 - 2 * kMargin, 1 - 2 * kMargin);
    if (canvas.isEmpty())
        return margin;
    // The canvas fitted on the screen, centred.
    const double scale = std::min(kScreenWidth / canvas.width(), kScreenHeight / canvas.height());
    const QSizeF shown(canvas.width() * scale, canvas.height() * scale);
    const QRectF video(QPointF((kScreenWidth - shown.width()) / 2, (kScreenHeight - shown.height()) / 2),
                       shown);
    const QRectF free =
        QTransform::fromScale(kScreenWidth, kScreenHeight).mapRect(SafeZones::tiktokSafeRect()) & video;
    if (free.isEmpty())
        return margin;
    const QRectF normalized((free.x() - video.x()) / video.width(), (free.y() - video.y()) / video.height(),
                            free.width() / video.width(), free.height() / video.height());
    const QRectF safe = normalized & margin;
    return safe.isEmpty() ? margin : safe;
}

qsizetype CaptionRenderer::cueAt(const CaptionTrack &track, qint64 timelineUs)
{
    const auto after = std::upper_bound(track.cues.begin(), track.cues.end(), timelineUs,
                                        [](qint64 t, const CaptionCue &cue) { return t < cue.startUs; });
    for (auto i = std::distance(track.cues.begin(), after) - 1; i >= 0; --i)
        if (track.cues[i].endUs > timelineUs && !track.cues[i].text.trimmed().isEmpty())
            return i;
    return -1;
}

qsizetype CaptionRenderer::wordAt(const CaptionCue &cue, qint64 timelineUs)
{
    if (timelineUs < cue.startUs || timelineUs >= cue.endUs)
        return -1;
    qsizetype active = -1;
    for (qsizetype i = 0; i < cue.words.size() && cue.words[i].startUs <= timelineUs; ++i)
        active = i;
    return active;
}

QImage CaptionRenderer::renderCue(const CaptionCue &cue, const CaptionStyle &style, QSize canvas,
                                  qsizetype activeWord, const QRectF &safeArea)
{
    if (canvas.isEmpty())
        return {};
    QImage image(canvas, QImage::Format_ARGB32_Premultiplied);
    const QRectF safe = pixels(safeArea.isEmpty() ? safeAreaFor(canvas) : safeArea, canvas);
    paint(image, QPoint(0, 0), CaptionLayout::make(cue, style, canvas, safe), style, activeWord);
    return image;
}

QImage CaptionRenderer::render(const CaptionTrack &track, QSize canvas, qint64 timelineUs)
{
    const qsizetype index = cueAt(track, timelineUs);
    if (index < 0)
        return {};
    const CaptionCue &cue = track.cues[index];
    return renderCue(cue, track.style, canvas, activeWordFor(cue, track.style, timelineUs));
}

const OverlaySprite &CaptionRenderer::sprite(const CaptionTrack &track, qint64 timelineUs)
{
    const qsizetype index = cueAt(track, timelineUs);
    if (index < 0 || m_canvas.isEmpty())
        return m_none;
    const CaptionCue &cue = track.cues[index];
    const qsizetype word = activeWordFor(cue, track.style, timelineUs);
    ++m_clock;
    for (Entry &e : m_entries) {
        if (e.activeWord == word && e.cue == cue && e.style == track.style) {
            e.lastUse = m_clock;
            return e.sprite;
        }
    }
    if (m_entries.size() >= m_capacity)
        m_entries.erase(
            std::min_element(m_entries.begin(), m_entries.end(),
                             [](const Entry &a, const Entry &b) { return a.lastUse < b.lastUse; }));
    ++m_renders;
    // Only the caption's own rectangle is drawn, then converted.
    const CaptionLayout layout =
        CaptionLayout::make(cue, track.style, m_canvas, pixels(m_safeArea, m_canvas));
    const QRect area =
        layout.inkBounds.toAlignedRect().adjusted(-2, -2, 2, 2) & QRect(QPoint(0, 0), m_canvas);
    OverlaySprite sprite;
    if (!area.isEmpty()) {
        QImage image(area.size(), QImage::Format_ARGB32_Premultiplied);
        paint(image, area.topLeft(), layout, track.style, word);
        sprite = CaptionSprite::fromImage(image, area.topLeft(), m_canvas);
    }
    m_entries.append(Entry{cue, track.style, word, std::move(sprite), m_clock});
    return m_entries.last().sprite;
}

} // namespace montaj
