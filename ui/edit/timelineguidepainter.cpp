#include "ui/edit/timelineguidepainter.h"

#include <QPainter>

#include <cmath>

namespace montaj::ui {
namespace {

QColor withAlpha(QColor c, double alpha)
{
    c.setAlphaF(float(alpha));
    return c;
}

} // namespace

TimelineGuidePainter::TimelineGuidePainter(QPainter &painter, const TimelineLayout &layout,
                                           const TimelineScene &scene, const QPalette &palette)
    : m_p(painter)
    , m_layout(layout)
    , m_scene(scene)
    , m_palette(palette)
    , m_timeArea(layout.timeAreaLeft(), 0, layout.timeAreaWidth(), layout.viewportSize().height())
{}

void TimelineGuidePainter::paintGesture()
{
    paintDrop();
    paintDrag();
}

void TimelineGuidePainter::paintMarksAndPlayhead()
{
    paintMarks();
    paintPlayhead();
}

void TimelineGuidePainter::paintMarks()
{
    const QColor colour = m_palette.color(QPalette::Link);
    const double top = 0;
    const double bottom = m_layout.viewportSize().height();
    m_p.save();
    m_p.setClipRect(QRect(m_timeArea.left(), 0, m_timeArea.width(), int(bottom)));
    if (m_scene.markInUs && m_scene.markOutUs) {
        const double x0 = m_layout.xForTime(*m_scene.markInUs);
        const double x1 = m_layout.xForTime(*m_scene.markOutUs);
        m_p.fillRect(QRectF(x0, top, x1 - x0, m_layout.rulerHeight()), withAlpha(colour, 0.25));
    }
    m_p.setPen(QPen(colour, 1, Qt::DashLine));
    for (const auto &mark : {m_scene.markInUs, m_scene.markOutUs}) {
        if (!mark)
            continue;
        const double x = std::floor(m_layout.xForTime(*mark)) + 0.5;
        m_p.drawLine(QPointF(x, top), QPointF(x, bottom));
    }
    m_p.setPen(Qt::NoPen);
    m_p.setBrush(colour);
    const double h = m_layout.rulerHeight() * 0.4;
    if (m_scene.markInUs) { // ⌐ flag pointing right
        const double x = std::floor(m_layout.xForTime(*m_scene.markInUs)) + 0.5;
        m_p.drawPolygon(QPolygonF({QPointF(x, top), QPointF(x + h, top), QPointF(x, top + h)}));
    }
    if (m_scene.markOutUs) { // ¬ flag pointing left
        const double x = std::floor(m_layout.xForTime(*m_scene.markOutUs)) + 0.5;
        m_p.drawPolygon(QPolygonF({QPointF(x, top), QPointF(x - h, top), QPointF(x, top + h)}));
    }
    m_p.restore();
}

void TimelineGuidePainter::paintDrop()
{
    const QColor colour = m_palette.color(QPalette::Highlight);
    if (m_scene.dropOnMusic) {
        m_p.setPen(QPen(colour, 2));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(m_layout.laneRect(TimelineLane::Music).adjusted(m_timeArea.left() + 1, 1, -1, -1));
    } else if (m_scene.dropIndex >= 0) {
        const double x = m_layout.xForTime(m_layout.clipStartUs(m_scene.dropIndex));
        const QRect video = m_layout.laneRect(TimelineLane::Video);
        const QRect audio = m_layout.laneRect(TimelineLane::Audio);
        m_p.fillRect(QRectF(x - 1.5, video.top(), 3, audio.bottom() - video.top()), colour);
    }
}

void TimelineGuidePainter::paintDrag()
{
    const TimelineDrag *drag = m_scene.drag;
    if (!drag || !drag->hasMoved())
        return;
    const QColor highlight = m_palette.color(QPalette::Highlight);
    using Kind = TimelineDrag::Kind;
    QRectF ghost;
    switch (drag->kind()) {
    case Kind::RubberBand:
        m_p.fillRect(drag->band(), withAlpha(highlight, 0.15));
        m_p.setPen(QPen(highlight, 1));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(drag->band());
        return;
    case Kind::ReorderClip: {
        ghost = m_layout.spanRect(drag->startUs(), drag->endUs(), TimelineLane::Video);
        const double x = m_layout.xForTime(m_layout.clipStartUs(drag->insertIndex()));
        const QRect video = m_layout.laneRect(TimelineLane::Video);
        const QRect audio = m_layout.laneRect(TimelineLane::Audio);
        m_p.fillRect(QRectF(x - 1.5, video.top(), 3, audio.bottom() - video.top()), highlight);
        break;
    }
    case Kind::TrimClipStart:
    case Kind::TrimClipEnd:
        ghost = m_layout.spanRect(drag->startUs(), drag->endUs(), TimelineLane::Video);
        break;
    case Kind::MoveOverlay:
    case Kind::TrimOverlayStart:
    case Kind::TrimOverlayEnd: {
        const QRectF now = m_layout.itemRect(drag->id());
        ghost = QRectF(m_layout.xForTime(drag->startUs()), now.top(),
                       m_layout.xForTime(drag->endUs()) - m_layout.xForTime(drag->startUs()), now.height());
        break;
    }
    case Kind::MoveMusic:
        ghost = m_layout.spanRect(drag->startUs(), drag->endUs(), TimelineLane::Music);
        break;
    case Kind::None:
    case Kind::Scrub: return;
    }
    m_p.fillRect(ghost, withAlpha(highlight, 0.3));
    m_p.setPen(QPen(highlight, 2));
    m_p.setBrush(Qt::NoBrush);
    m_p.drawRect(ghost.adjusted(1, 1, -1, -1));
    if (const auto &snap = drag->snapPoint()) {
        const double x = std::floor(m_layout.xForTime(snap->timeUs)) + 0.5;
        m_p.setPen(QPen(m_palette.color(QPalette::Text), 1, Qt::DashLine));
        m_p.drawLine(QPointF(x, 0), QPointF(x, m_layout.viewportSize().height()));
    }
}

void TimelineGuidePainter::paintPlayhead()
{
    const double x = std::floor(m_layout.xForTime(m_scene.playheadUs)) + 0.5;
    if (x < m_timeArea.left() - 6 || x > m_timeArea.right() + 6)
        return;
    const QColor colour = m_palette.color(QPalette::Highlight);
    m_p.save();
    m_p.setClipRect(QRect(m_timeArea.left(), 0, m_timeArea.width(), m_layout.viewportSize().height()));
    m_p.setPen(QPen(colour, 1.5));
    m_p.drawLine(QPointF(x, 0), QPointF(x, m_layout.viewportSize().height()));
    const double w = m_layout.rulerHeight() * 0.3;
    const double y = m_layout.rulerHeight() * 0.5;
    m_p.setRenderHint(QPainter::Antialiasing);
    m_p.setPen(Qt::NoPen);
    m_p.setBrush(colour);
    m_p.drawPolygon(QPolygonF(
        {QPointF(x - w, 0), QPointF(x + w, 0), QPointF(x + w, y), QPointF(x, y + w), QPointF(x - w, y)}));
    m_p.restore();
}

} // namespace montaj::ui
