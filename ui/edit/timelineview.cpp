#include "ui/edit/timelineview.h"

#include "core/edit/projectdocument.h"
#include "core/edit/timelineedits.h"
#include "ui/edit/timelinedrop.h"
#include "ui/edit/timelinemediacache.h"
#include "ui/edit/timelinepainter.h"
#include "ui/edit/timelineruler.h"
#include "ui/edit/timelinetext.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <cmath>

namespace montaj::ui {
namespace {

constexpr double kZoomStep = 1.25;
constexpr int kAutoScrollPx = 24;

} // namespace

TimelineView::TimelineView(EditSession *session, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_session(session)
    , m_cache(new TimelineMediaCache(this))
    , m_drops(new TimelineDropHandler(session, this))
    , m_gestures(session, m_layout)
{
    setObjectName(QStringLiteral("timelineView"));
    // Time runs left to right in every language; the strings drawn inside follow their own direction.
    setLayoutDirection(Qt::LeftToRight);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(false);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setMinimumHeight(120);
    updateMetrics();

    connect(m_cache, &TimelineMediaCache::updated, viewport(), qOverload<>(&QWidget::update));
    connect(m_drops, &TimelineDropHandler::errorOccurred, this, &TimelineView::errorOccurred);
    connect(m_session, &EditSession::documentChanged, this, &TimelineView::attachDocument);
    connect(m_session, &EditSession::selectionChanged, this, [this] {
        updateDescription();
        viewport()->update();
    });
    connect(m_session, &EditSession::marksChanged, viewport(), qOverload<>(&QWidget::update));
    connect(m_session, &EditSession::playheadChanged, this, &TimelineView::followPlayhead);
    attachDocument();
    retranslate();
}

TimelineView::~TimelineView() = default;

ProjectDocument *TimelineView::document() const
{
    return m_session->document();
}

void TimelineView::attachDocument()
{
    disconnect(m_documentConnection);
    m_documentConnection = connect(document(), &ProjectDocument::changed, this, &TimelineView::rebuild);
    cancelDrag();
    rebuild();
}

void TimelineView::rebuild()
{
    // An undo in the middle of a gesture: what the gesture started from is gone.
    const TimelineDrag::Kind kind = m_gestures.drag().kind();
    if (kind != TimelineDrag::Kind::None && kind != TimelineDrag::Kind::Scrub
        && kind != TimelineDrag::Kind::RubberBand)
        cancelDrag();
    m_layout.setState(document()->state());
    updateScrollBars();
    updateDescription();
    viewport()->update();
}

void TimelineView::updateMetrics()
{
    const QFontMetrics fm = fontMetrics();
    int header = 0;
    for (const TimelineLane lane : {TimelineLane::Video, TimelineLane::Audio, TimelineLane::Text,
                                    TimelineLane::Captions, TimelineLane::Music})
        header = std::max(header, fm.horizontalAdvance(TimelinePainter::laneName(lane)));
    m_layout.setMetrics(fm.height(), std::clamp(header + 24, 72, 180));
    updateScrollBars();
}

void TimelineView::updateScrollBars()
{
    m_layout.setViewportSize(viewport()->size());
    QScrollBar *h = horizontalScrollBar();
    const QSignalBlocker quietH(h);
    h->setRange(0, std::max(0, m_layout.contentWidth() - m_layout.timeAreaWidth()));
    h->setPageStep(m_layout.timeAreaWidth());
    h->setSingleStep(std::max(1, m_layout.timeAreaWidth() / 20));
    m_layout.setScrollX(h->value());
    QScrollBar *v = verticalScrollBar();
    const QSignalBlocker quietV(v);
    const int visibleHeight = std::max(0, viewport()->height() - m_layout.rulerHeight());
    v->setRange(0, std::max(0, m_layout.contentHeight() - visibleHeight));
    v->setPageStep(visibleHeight);
    v->setSingleStep(m_layout.textRowHeight());
    m_layout.setScrollY(v->value());
}

void TimelineView::scrollContentsBy(int, int)
{
    m_layout.setScrollX(horizontalScrollBar()->value());
    m_layout.setScrollY(verticalScrollBar()->value());
    viewport()->update();
}

void TimelineView::setPxPerSecond(double pxPerSecond, std::optional<int> anchorX)
{
    const double before = m_layout.pxPerSecond();
    if (!anchorX) {
        const double playheadX = m_layout.xForTime(m_session->playheadUs());
        const bool inView = playheadX >= m_layout.timeAreaLeft() && playheadX <= viewport()->width();
        anchorX = int(inView ? playheadX : m_layout.timeAreaLeft() + m_layout.timeAreaWidth() / 2);
    }
    const qint64 anchorUs = m_layout.timeForX(*anchorX);
    m_layout.setPxPerSecond(pxPerSecond);
    if (m_layout.pxPerSecond() == before)
        return;
    updateScrollBars();
    // Keep the time under the anchor where it was.
    const double shift = m_layout.xForTime(anchorUs) - *anchorX;
    horizontalScrollBar()->setValue(m_layout.scrollX() + int(std::lround(shift)));
    m_layout.setScrollX(horizontalScrollBar()->value());
    viewport()->update();
    Q_EMIT zoomChanged(m_layout.pxPerSecond());
}

void TimelineView::zoomIn()
{
    setPxPerSecond(m_layout.pxPerSecond() * kZoomStep);
}

void TimelineView::zoomOut()
{
    setPxPerSecond(m_layout.pxPerSecond() / kZoomStep);
}

void TimelineView::zoomToFit()
{
    setPxPerSecond(m_layout.fitPxPerSecond(), m_layout.timeAreaLeft());
    horizontalScrollBar()->setValue(0);
}

void TimelineView::setSnapping(bool on)
{
    if (on == m_snapping)
        return;
    m_snapping = on;
    Q_EMIT snappingChanged(on);
}

void TimelineView::ensureVisible(const QString &id)
{
    const QRectF rect = m_layout.itemRect(id);
    if (rect.isEmpty())
        return;
    const int margin = m_layout.timeAreaWidth() / 10;
    QScrollBar *h = horizontalScrollBar();
    if (rect.right() > viewport()->width())
        h->setValue(h->value() + int(rect.right() - viewport()->width()) + margin);
    if (rect.left() < m_layout.timeAreaLeft())
        h->setValue(h->value() - int(m_layout.timeAreaLeft() - rect.left()) - margin);
    QScrollBar *v = verticalScrollBar();
    if (rect.bottom() > viewport()->height())
        v->setValue(v->value() + int(rect.bottom() - viewport()->height()) + 4);
    if (rect.top() < m_layout.rulerHeight())
        v->setValue(v->value() - int(m_layout.rulerHeight() - rect.top()) - 4);
}

void TimelineView::followPlayhead(qint64 us)
{
    updateDescription();
    const double x = m_layout.xForTime(us);
    if (!m_gestures.isScrubbing() && (x < m_layout.timeAreaLeft() || x > viewport()->width() - 2)) {
        // Page along like a player does: the playhead comes back in near the left.
        QScrollBar *h = horizontalScrollBar();
        h->setValue(h->value() + int(x - m_layout.timeAreaLeft()) - m_layout.timeAreaWidth() / 10);
    }
    viewport()->update();
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    TimelineScene scene;
    scene.selection = m_session->selection();
    scene.playheadUs = m_session->playheadUs();
    scene.markInUs = m_session->markInUs();
    scene.markOutUs = m_session->markOutUs();
    scene.drag = &m_gestures.drag();
    scene.dropIndex = m_dropIndex;
    scene.dropOnMusic = m_dropOnMusic;
    scene.focused = hasFocus();
    TimelinePainter(painter, m_layout, scene, palette(), m_cache).paint();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

bool TimelineView::event(QEvent *event)
{
    // Escape during a drag cancels it instead of clearing the selection.
    if (event->type() == QEvent::ShortcutOverride && m_gestures.isActive()
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    return QAbstractScrollArea::event(event);
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = TimelineText::toolTip(m_layout, help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->button() == Qt::RightButton) {
        m_gestures.rightPress(pos);
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    setFocus(Qt::MouseFocusReason);
    m_gestures.press(pos, event->modifiers());
    viewport()->update();
}

void TimelineView::autoScrollNear(int x)
{
    QScrollBar *h = horizontalScrollBar();
    if (x < m_layout.timeAreaLeft() + kAutoScrollPx)
        h->setValue(h->value() - kAutoScrollPx / 2);
    else if (x > viewport()->width() - kAutoScrollPx)
        h->setValue(h->value() + kAutoScrollPx / 2);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (!m_gestures.isActive()) {
        setCursorFor(pos);
        return;
    }
    m_gestures.move(pos, event->modifiers(), m_snapping);
    if (m_gestures.wantsAutoScroll())
        autoScrollNear(pos.x());
    viewport()->update();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_gestures.isActive())
        return;
    if (auto r = m_gestures.release(event->modifiers()); !r)
        Q_EMIT errorOccurred(r.error().message);
    setCursorFor(event->position().toPoint());
    viewport()->update();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !m_gestures.doubleClick(event->position().toPoint()))
        mousePressEvent(event);
}

void TimelineView::cancelDrag()
{
    m_gestures.cancel();
    viewport()->update();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        if (angle.y() != 0)
            setPxPerSecond(m_layout.pxPerSecond() * std::pow(kZoomStep, angle.y() / 120.0),
                           int(event->position().x()));
        event->accept();
        return;
    }
    const QPoint pixels = event->pixelDelta();
    const int delta = !pixels.isNull() ? (pixels.x() != 0 ? pixels.x() : pixels.y())
                                       : (angle.x() != 0 ? angle.x() : angle.y()) / 2;
    if (event->modifiers() & Qt::AltModifier) // vertical, when the lanes do not fit
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta);
    else
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta);
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_gestures.isActive()) {
        cancelDrag();
        event->accept();
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void TimelineView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void TimelineView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange: retranslate(); break;
    case QEvent::FontChange:
    case QEvent::StyleChange: updateMetrics(); break;
    case QEvent::LayoutDirectionChange:
        if (layoutDirection() != Qt::LeftToRight)
            setLayoutDirection(Qt::LeftToRight);
        break;
    default: break;
    }
    viewport()->update();
}

void TimelineView::retranslate()
{
    setAccessibleName(tr("Timeline"));
    updateMetrics();
    updateDescription();
}

void TimelineView::updateDescription()
{
    const QString text = TimelineText::summary(*m_session);
    if (text != accessibleDescription())
        setAccessibleDescription(text);
}

void TimelineView::setCursorFor(QPoint pos)
{
    const TimelineLayout::Hit hit = m_layout.hitTest(pos);
    const bool edge = hit.edge != TimelineLayout::Edge::None;
    viewport()->setCursor(edge ? Qt::SizeHorCursor : Qt::ArrowCursor);
}

void TimelineView::dragEnterEvent(QDragEnterEvent *event)
{
    if (TimelineDropHandler::pathsFrom(event->mimeData()).isEmpty())
        event->ignore();
    else
        event->acceptProposedAction();
}

void TimelineView::dragMoveEvent(QDragMoveEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const TimelineLayout::Hit hit = m_layout.hitTest(pos);
    m_dropOnMusic = hit.lane == TimelineLane::Music && hit.kind != TimelineLayout::HitKind::Ruler
                    && hit.kind != TimelineLayout::HitKind::None;
    m_dropIndex = m_dropOnMusic ? -1 : m_layout.insertionIndexAt(pos.x());
    autoScrollNear(pos.x());
    event->acceptProposedAction();
    viewport()->update();
}

void TimelineView::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dropIndex = -1;
    m_dropOnMusic = false;
    viewport()->update();
}

void TimelineView::dropEvent(QDropEvent *event)
{
    const QStringList paths = TimelineDropHandler::pathsFrom(event->mimeData());
    const QPoint pos = event->position().toPoint();
    const TimelineLayout::Hit hit = m_layout.hitTest(pos);
    const bool onMusic = hit.lane == TimelineLane::Music && hit.kind != TimelineLayout::HitKind::Ruler
                         && hit.kind != TimelineLayout::HitKind::None;
    m_drops->drop(paths, m_layout.insertionIndexAt(pos.x()), onMusic, std::max<qint64>(0, hit.timeUs));
    m_dropIndex = -1;
    m_dropOnMusic = false;
    event->acceptProposedAction();
    viewport()->update();
}

} // namespace montaj::ui
