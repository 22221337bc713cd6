#include "ui/edit/timelinedrag.h"

#include "core/edit/projectdocument.h"
#include "core/edit/timelineedits.h"

#include <QApplication>

#include <cmath>
#include <limits>

namespace montaj::ui {
namespace {

constexpr qint64 kFar = std::numeric_limits<qint64>::max() / 4;

} // namespace

TimelineDrag::Kind TimelineDrag::kindFor(const TimelineLayout::Hit &hit)
{
    using Edge = TimelineLayout::Edge;
    switch (hit.kind) {
    case TimelineLayout::HitKind::Ruler: return Kind::Scrub;
    case TimelineLayout::HitKind::Lane: return Kind::RubberBand;
    case TimelineLayout::HitKind::Music: return Kind::MoveMusic;
    case TimelineLayout::HitKind::Clip:
        return hit.edge == Edge::Start ? Kind::TrimClipStart
               : hit.edge == Edge::End ? Kind::TrimClipEnd
                                       : Kind::ReorderClip;
    case TimelineLayout::HitKind::Overlay:
        return hit.edge == Edge::Start ? Kind::TrimOverlayStart
               : hit.edge == Edge::End ? Kind::TrimOverlayEnd
                                       : Kind::MoveOverlay;
    case TimelineLayout::HitKind::Header:
    case TimelineLayout::HitKind::None: break;
    }
    return Kind::None;
}

TimelineDrag TimelineDrag::begin(Kind kind, const TimelineLayout::Hit &hit, QPoint pos,
                                 const ProjectDocument &doc)
{
    TimelineDrag d;
    d.m_kind = kind;
    d.m_id = hit.id;
    d.m_index = hit.index;
    d.m_pressPos = d.m_pos = pos;
    d.m_canvas = doc.canvas();
    const qint64 frame = std::max<qint64>(1, TimelineEdits::framesToUs(d.m_canvas, 1));
    switch (kind) {
    case Kind::ReorderClip:
    case Kind::TrimClipStart:
    case Kind::TrimClipEnd: {
        const Clip &clip = doc.clips().at(hit.index);
        d.m_originalStartUs = doc.clipStartUs(hit.index);
        d.m_originalEndUs = d.m_originalStartUs + clip.durationUs();
        d.m_insertIndex = hit.index;
        if (kind == Kind::TrimClipStart) {
            d.m_minUs = d.m_originalStartUs - clip.inUs;
            d.m_maxUs = std::max(d.m_originalStartUs, d.m_originalEndUs - frame);
            d.m_excluded = {clip.id};
        } else if (kind == Kind::TrimClipEnd) {
            d.m_minUs = std::min(d.m_originalEndUs, d.m_originalStartUs + frame);
            d.m_maxUs = d.m_originalStartUs + (clip.sourceDurationUs - clip.inUs);
            // The clips after this one move with its end: their edges are no place to stick to.
            for (qsizetype i = hit.index; i < doc.clips().size(); ++i)
                d.m_excluded << doc.clips().at(i).id;
        }
        break;
    }
    case Kind::MoveOverlay:
    case Kind::TrimOverlayStart:
    case Kind::TrimOverlayEnd: {
        const TextOverlay &overlay = doc.overlays().at(hit.index);
        d.m_originalStartUs = overlay.startUs;
        d.m_originalEndUs = overlay.endUs;
        d.m_excluded = {overlay.id};
        d.m_minUs = kind == Kind::TrimOverlayEnd ? std::min(overlay.endUs, overlay.startUs + frame) : 0;
        d.m_maxUs = kind == Kind::TrimOverlayStart ? std::max(overlay.startUs, overlay.endUs - frame) : kFar;
        break;
    }
    case Kind::MoveMusic:
        d.m_originalStartUs = doc.music().startUs;
        d.m_originalEndUs = d.m_originalStartUs + (doc.music().sourceDurationUs - doc.music().sourceInUs);
        d.m_minUs = 0;
        d.m_maxUs = kFar;
        break;
    case Kind::None:
    case Kind::Scrub:
    case Kind::RubberBand: break;
    }
    d.m_startUs = d.m_originalStartUs;
    d.m_endUs = d.m_originalEndUs;
    return d;
}

qint64 TimelineDrag::quantize(qint64 us) const
{
    const double frames = double(us) * m_canvas.fpsNum / (1e6 * std::max(1, m_canvas.fpsDen));
    return TimelineEdits::framesToUs(m_canvas, qint64(std::llround(frames)));
}

qint64 TimelineDrag::snapEdge(qint64 us, const Snapper *snapper, qint64 toleranceUs)
{
    if (snapper) {
        const Snapper::Snap snap = snapper->snap(us, toleranceUs, m_excluded);
        if (snap.point) {
            m_snap = snap.point;
            return snap.timeUs;
        }
    }
    return quantize(us);
}

void TimelineDrag::update(QPoint pos, const TimelineLayout &layout, const Snapper *snapper,
                          qint64 toleranceUs)
{
    m_pos = pos;
    if (!m_moved && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        m_moved = true;
    if (!m_moved)
        return;
    m_snap.reset();
    const qint64 deltaUs = qint64(std::llround((pos.x() - m_pressPos.x()) / layout.pxPerUs()));
    const qint64 lengthUs = m_originalEndUs - m_originalStartUs;
    switch (m_kind) {
    case Kind::TrimClipStart:
    case Kind::TrimOverlayStart:
        m_startUs = std::clamp(snapEdge(m_originalStartUs + deltaUs, snapper, toleranceUs), m_minUs, m_maxUs);
        break;
    case Kind::TrimClipEnd:
    case Kind::TrimOverlayEnd:
        m_endUs = std::clamp(snapEdge(m_originalEndUs + deltaUs, snapper, toleranceUs), m_minUs, m_maxUs);
        break;
    case Kind::MoveOverlay: {
        qint64 start = m_originalStartUs + deltaUs;
        const Snapper::SpanSnap span =
            snapper ? snapper->snapSpan(start, start + lengthUs, toleranceUs, m_excluded)
                    : Snapper::SpanSnap{};
        start = span.point ? start + span.deltaUs : quantize(start);
        m_snap = span.point;
        m_startUs = std::max<qint64>(0, start);
        m_endUs = m_startUs + lengthUs;
        break;
    }
    case Kind::MoveMusic:
        m_startUs = std::max<qint64>(0, snapEdge(m_originalStartUs + deltaUs, snapper, toleranceUs));
        m_endUs = m_startUs + lengthUs;
        break;
    case Kind::ReorderClip:
        m_startUs = m_originalStartUs + deltaUs;
        m_endUs = m_startUs + lengthUs;
        m_insertIndex = layout.insertionIndexAt(pos.x());
        break;
    case Kind::None:
    case Kind::Scrub:
    case Kind::RubberBand: break;
    }
    // A limit that overrode the snap means the item did not stick.
    if (m_snap && m_snap->timeUs != m_startUs && m_snap->timeUs != m_endUs)
        m_snap.reset();
}

bool TimelineDrag::changesDocument() const
{
    if (!m_moved)
        return false;
    switch (m_kind) {
    case Kind::ReorderClip: return m_insertIndex != m_index && m_insertIndex != m_index + 1;
    case Kind::TrimClipStart:
    case Kind::TrimClipEnd:
    case Kind::MoveOverlay:
    case Kind::TrimOverlayStart:
    case Kind::TrimOverlayEnd:
    case Kind::MoveMusic: return m_startUs != m_originalStartUs || m_endUs != m_originalEndUs;
    case Kind::None:
    case Kind::Scrub:
    case Kind::RubberBand: break;
    }
    return false;
}

Result<void> TimelineDrag::commit(TimelineEdits &edits) const
{
    if (!changesDocument())
        return {};
    switch (m_kind) {
    case Kind::ReorderClip:
        return edits.moveClip(m_id, m_insertIndex > m_index ? m_insertIndex - 1 : m_insertIndex);
    case Kind::TrimClipStart:
    case Kind::TrimOverlayStart: return edits.trimStart(m_id, m_startUs);
    case Kind::TrimClipEnd:
    case Kind::TrimOverlayEnd: return edits.trimEnd(m_id, m_endUs);
    case Kind::MoveOverlay: return edits.moveOverlay(m_id, m_startUs);
    case Kind::MoveMusic: return edits.moveMusic(m_startUs);
    case Kind::None:
    case Kind::Scrub:
    case Kind::RubberBand: break;
    }
    return {};
}

} // namespace montaj::ui
