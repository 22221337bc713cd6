#include "ui/edit/timelinegestures.h"

#include "core/edit/timelineedits.h"

namespace montaj::ui {
namespace {

constexpr int kSnapPx = 8;

} // namespace

TimelineGestures::TimelineGestures(EditSession *session, const TimelineLayout &layout)
    : m_session(session)
    , m_layout(layout)
{}

void TimelineGestures::selectOnPress(const TimelineLayout::Hit &hit, Qt::KeyboardModifiers modifiers)
{
    QStringList selection = m_session->selection();
    m_pressedWasSelected = selection.contains(hit.id);
    if (modifiers & Qt::ControlModifier) {
        if (m_pressedWasSelected)
            selection.removeAll(hit.id);
        else
            selection << hit.id;
    } else if (modifiers & Qt::ShiftModifier) {
        selection.removeAll(hit.id);
        selection << hit.id; // last: the current item
    } else if (!m_pressedWasSelected) {
        selection = {hit.id};
    }
    m_session->setSelection(selection);
}

void TimelineGestures::press(QPoint pos, Qt::KeyboardModifiers modifiers)
{
    const TimelineLayout::Hit hit = m_layout.hitTest(pos);
    const TimelineDrag::Kind kind = TimelineDrag::kindFor(hit);
    m_pressedId.clear();
    if (!hit.id.isEmpty()) {
        m_pressedId = hit.id;
        selectOnPress(hit, modifiers);
    } else if (kind == TimelineDrag::Kind::RubberBand) {
        const bool adding = modifiers & (Qt::ControlModifier | Qt::ShiftModifier);
        m_bandBase = adding ? m_session->selection() : QStringList();
        if (!adding)
            m_session->setSelection({});
    } else if (kind == TimelineDrag::Kind::Scrub) {
        m_session->seek(hit.timeUs);
    }
    const ProjectDocument &doc = *m_session->document();
    m_drag = TimelineDrag::begin(kind, hit, pos, doc);
    ProjectState snapState = doc.state();
    if (kind == TimelineDrag::Kind::MoveMusic)
        snapState.music = MusicTrack{}; // the music's own start is no place to stick to
    m_snapper.emplace(snapState, m_session->playheadUs(), m_session->markInUs(), m_session->markOutUs());
}

void TimelineGestures::rightPress(QPoint pos)
{
    const TimelineLayout::Hit hit = m_layout.hitTest(pos);
    if (!hit.id.isEmpty() && !m_session->isSelected(hit.id))
        m_session->setSelection({hit.id});
}

void TimelineGestures::move(QPoint pos, Qt::KeyboardModifiers modifiers, bool snapping)
{
    if (!m_drag.isActive())
        return;
    if (isScrubbing()) {
        m_session->seek(m_layout.timeForX(pos.x()));
        return;
    }
    const bool snap = snapping && !(modifiers & Qt::ShiftModifier) && m_snapper;
    const qint64 toleranceUs = qint64(kSnapPx / m_layout.pxPerUs());
    m_drag.update(pos, m_layout, snap ? &*m_snapper : nullptr, toleranceUs);
    if (m_drag.kind() == TimelineDrag::Kind::RubberBand && m_drag.hasMoved()) {
        QStringList selection = m_bandBase;
        for (const QString &id : m_layout.itemsIn(m_drag.band()))
            if (!selection.contains(id))
                selection << id;
        m_session->setSelection(selection);
    }
}

bool TimelineGestures::wantsAutoScroll() const
{
    return isScrubbing() || (m_drag.hasMoved() && m_drag.kind() != TimelineDrag::Kind::RubberBand);
}

Result<void> TimelineGestures::release(Qt::KeyboardModifiers modifiers)
{
    const TimelineDrag drag = m_drag;
    cancel();
    const QString pressed = std::exchange(m_pressedId, QString());
    if (drag.changesDocument()) {
        TimelineEdits edits(*m_session->document());
        return drag.commit(edits);
    }
    if (!drag.hasMoved() && !pressed.isEmpty() && m_pressedWasSelected
        && !(modifiers & (Qt::ControlModifier | Qt::ShiftModifier)))
        m_session->setSelection({pressed}); // a click on one of several selected items
    return {};
}

bool TimelineGestures::doubleClick(QPoint pos)
{
    const TimelineLayout::Hit hit = m_layout.hitTest(pos);
    if (hit.kind == TimelineLayout::HitKind::Clip)
        m_session->seek(m_layout.clipStartUs(hit.index));
    else if (hit.kind == TimelineLayout::HitKind::Overlay)
        m_session->seek(m_layout.state().overlays.at(hit.index).startUs);
    else
        return false;
    return true;
}

void TimelineGestures::cancel()
{
    m_drag = TimelineDrag();
    m_snapper.reset();
}

} // namespace montaj::ui
