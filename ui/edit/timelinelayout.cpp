#include "ui/edit/timelinelayout.h"

#include <QtMath>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace montaj::ui {
namespace {

constexpr int kLeadPx = 8; // time 0 sits a little right of the lane labels
constexpr int kPad = 3;    // between a lane's edge and its blocks

constexpr TimelineLane kLanes[] = {TimelineLane::Video, TimelineLane::Audio, TimelineLane::Text,
                                   TimelineLane::Captions, TimelineLane::Music};

} // namespace

void TimelineLayout::setState(const ProjectState &state)
{
    m_state = state;
    m_starts.clear();
    m_starts.reserve(state.clips.size() + 1);
    qint64 at = 0;
    m_starts << at;
    for (const Clip &clip : state.clips)
        m_starts << (at += clip.durationUs());

    // Overlapping overlays get rows of their own: each takes the first row that is free by its start.
    QList<qsizetype> order(state.overlays.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&state](qsizetype a, qsizetype b) {
        return state.overlays.at(a).startUs < state.overlays.at(b).startUs;
    });
    m_overlayRow = QList<int>(state.overlays.size(), 0);
    QList<qint64> rowEnds;
    for (const qsizetype i : std::as_const(order)) {
        const TextOverlay &overlay = state.overlays.at(i);
        int row = 0;
        while (row < rowEnds.size() && rowEnds.at(row) > overlay.startUs)
            ++row;
        if (row == rowEnds.size())
            rowEnds << overlay.endUs;
        else
            rowEnds[row] = overlay.endUs;
        m_overlayRow[i] = row;
    }
    m_overlayRows = std::max<int>(1, int(rowEnds.size()));
}

void TimelineLayout::setMetrics(int fontHeight, int headerWidth)
{
    const double unit = std::max(10, fontHeight);
    m_headerWidth = headerWidth;
    m_rulerHeight = qRound(unit * 1.6);
    m_videoHeight = qRound(unit * 3.4);
    m_audioHeight = qRound(unit * 2.6);
    m_textRow = qRound(unit * 1.5);
    m_captionsHeight = qRound(unit * 1.7);
    m_musicHeight = qRound(unit * 2.6);
}

void TimelineLayout::setViewportSize(QSize size)
{
    m_viewport = size;
}

void TimelineLayout::setPxPerSecond(double pxPerSecond)
{
    m_pxPerSecond = std::clamp(pxPerSecond, kMinPxPerSecond, kMaxPxPerSecond);
}

qint64 TimelineLayout::musicEndUs() const
{
    const MusicTrack &m = m_state.music;
    return m.isSet() ? m.startUs + std::max<qint64>(0, m.sourceDurationUs - m.sourceInUs) : 0;
}

int TimelineLayout::contentWidth() const
{
    qint64 endUs = std::max(durationUs(), musicEndUs());
    for (const TextOverlay &overlay : m_state.overlays)
        endUs = std::max(endUs, overlay.endUs);
    const double px = kLeadPx + double(endUs) * pxPerUs() + timeAreaWidth() / 2.0;
    return int(std::min(px, 2.0e9));
}

int TimelineLayout::contentHeight() const
{
    int height = 0;
    for (const TimelineLane lane : kLanes)
        height += laneHeight(lane);
    return height;
}

double TimelineLayout::fitPxPerSecond() const
{
    qint64 endUs = durationUs();
    for (const TextOverlay &overlay : m_state.overlays)
        endUs = std::max(endUs, overlay.endUs);
    if (endUs <= 0)
        return 40.0;
    return std::clamp((timeAreaWidth() - 3.0 * kLeadPx) / (double(endUs) / 1e6), kMinPxPerSecond,
                      kMaxPxPerSecond);
}

double TimelineLayout::xForTime(qint64 us) const
{
    return m_headerWidth + kLeadPx + double(us) * pxPerUs() - m_scrollX;
}

qint64 TimelineLayout::timeForX(double x) const
{
    return qint64(std::llround((x - m_headerWidth - kLeadPx + m_scrollX) / pxPerUs()));
}

QRect TimelineLayout::rulerRect() const
{
    return {0, 0, m_viewport.width(), m_rulerHeight};
}

int TimelineLayout::laneHeight(TimelineLane lane) const
{
    switch (lane) {
    case TimelineLane::Video: return m_videoHeight;
    case TimelineLane::Audio: return m_audioHeight;
    case TimelineLane::Text: return m_overlayRows * m_textRow + 2 * kPad;
    case TimelineLane::Captions: return m_captionsHeight;
    case TimelineLane::Music: return m_musicHeight;
    }
    return 0;
}

int TimelineLayout::laneTop(TimelineLane lane) const
{
    int top = m_rulerHeight - m_scrollY;
    for (const TimelineLane l : kLanes) {
        if (l == lane)
            break;
        top += laneHeight(l);
    }
    return top;
}

QRect TimelineLayout::laneRect(TimelineLane lane) const
{
    return {0, laneTop(lane), m_viewport.width(), laneHeight(lane)};
}

std::pair<qsizetype, qsizetype> TimelineLayout::clipsBetween(qint64 fromUs, qint64 toUs) const
{
    const qsizetype n = m_starts.size() - 1;
    const qsizetype first = std::clamp<qsizetype>(
        std::upper_bound(m_starts.begin(), m_starts.end(), fromUs) - m_starts.begin() - 1, 0, n);
    const qsizetype last = std::clamp<qsizetype>(
        std::lower_bound(m_starts.begin(), m_starts.end(), toUs) - m_starts.begin(), 0, n);
    return {first, std::max(first, last)};
}

QRectF TimelineLayout::spanRect(qint64 startUs, qint64 endUs, TimelineLane lane, int row) const
{
    const QRect r = laneRect(lane);
    const double x0 = xForTime(startUs);
    const double x1 = xForTime(endUs);
    if (lane == TimelineLane::Text)
        return {x0, double(r.top() + kPad + row * m_textRow), x1 - x0, double(m_textRow - 2)};
    return {x0, double(r.top() + kPad), x1 - x0, double(r.height() - 2 * kPad)};
}

QRectF TimelineLayout::clipRect(qsizetype index, TimelineLane lane) const
{
    return spanRect(clipStartUs(index), clipEndUs(index), lane);
}

QRectF TimelineLayout::overlayRect(qsizetype index) const
{
    const TextOverlay &overlay = m_state.overlays.at(index);
    return spanRect(overlay.startUs, overlay.endUs, TimelineLane::Text, m_overlayRow.at(index));
}

QRectF TimelineLayout::captionRect(qsizetype index) const
{
    const CaptionCue &cue = m_state.captions.cues.at(index);
    return spanRect(cue.startUs, cue.endUs, TimelineLane::Captions);
}

std::optional<QRectF> TimelineLayout::musicRect() const
{
    if (!m_state.music.isSet())
        return std::nullopt;
    return spanRect(m_state.music.startUs, musicEndUs(), TimelineLane::Music);
}

QRectF TimelineLayout::itemRect(const QString &id) const
{
    for (qsizetype i = 0; i < m_state.clips.size(); ++i)
        if (m_state.clips.at(i).id == id)
            return clipRect(i);
    for (qsizetype i = 0; i < m_state.overlays.size(); ++i)
        if (m_state.overlays.at(i).id == id)
            return overlayRect(i);
    return {};
}

namespace {

TimelineLayout::Edge edgeOf(const QRectF &rect, double x)
{
    const double grab = std::min<double>(TimelineLayout::kEdgeGrabPx, rect.width() / 3.0);
    if (x - rect.left() <= grab)
        return TimelineLayout::Edge::Start;
    if (rect.right() - x <= grab)
        return TimelineLayout::Edge::End;
    return TimelineLayout::Edge::None;
}

} // namespace

TimelineLayout::Hit TimelineLayout::hitTest(QPoint pos) const
{
    Hit hit;
    hit.timeUs = timeForX(pos.x());
    if (pos.y() < m_rulerHeight) {
        hit.kind = pos.x() >= m_headerWidth ? HitKind::Ruler : HitKind::None;
        return hit;
    }
    bool inLane = false;
    for (const TimelineLane lane : kLanes) {
        if (laneRect(lane).contains(pos)) {
            hit.lane = lane;
            inLane = true;
        }
    }
    if (!inLane)
        return hit;
    hit.kind = pos.x() < m_headerWidth ? HitKind::Header : HitKind::Lane;
    if (hit.kind == HitKind::Header)
        return hit;
    if (hit.lane == TimelineLane::Video || hit.lane == TimelineLane::Audio) {
        const auto [first, last] = clipsBetween(hit.timeUs, hit.timeUs + 1);
        if (first < last) {
            const QRectF rect = clipRect(first, hit.lane);
            if (rect.contains(pos)) {
                hit.kind = HitKind::Clip;
                hit.index = first;
                hit.id = m_state.clips.at(first).id;
                hit.edge = edgeOf(rect, pos.x());
            }
        }
    } else if (hit.lane == TimelineLane::Text) {
        // Later overlays are drawn on top: look from the end.
        for (qsizetype i = m_state.overlays.size() - 1; i >= 0; --i) {
            const QRectF rect = overlayRect(i);
            if (rect.contains(pos)) {
                hit.kind = HitKind::Overlay;
                hit.index = i;
                hit.id = m_state.overlays.at(i).id;
                hit.edge = edgeOf(rect, pos.x());
                break;
            }
        }
    } else if (hit.lane == TimelineLane::Music) {
        if (const auto rect = musicRect(); rect && rect->contains(pos))
            hit.kind = HitKind::Music;
    }
    return hit;
}

QStringList TimelineLayout::itemsIn(const QRect &band) const
{
    QStringList hits;
    const QRectF b(band.normalized());
    for (qsizetype i = 0; i < m_state.clips.size(); ++i)
        if (b.intersects(clipRect(i, TimelineLane::Video)) || b.intersects(clipRect(i, TimelineLane::Audio)))
            hits << m_state.clips.at(i).id;
    for (qsizetype i = 0; i < m_state.overlays.size(); ++i)
        if (b.intersects(overlayRect(i)))
            hits << m_state.overlays.at(i).id;
    QStringList ordered;
    for (const QString &id : itemsInTimeOrder())
        if (hits.contains(id))
            ordered << id;
    return ordered;
}

qsizetype TimelineLayout::insertionIndexAt(double x) const
{
    const qint64 t = timeForX(x);
    const auto it = std::lower_bound(m_starts.begin(), m_starts.end(), t);
    if (it == m_starts.end())
        return m_starts.size() - 1;
    if (it == m_starts.begin())
        return 0;
    const qsizetype after = it - m_starts.begin();
    return (t - *(it - 1) < *it - t) ? after - 1 : after;
}

QStringList TimelineLayout::itemsInTimeOrder() const
{
    struct Entry
    {
        qint64 startUs;
        int kind;
        qsizetype index;
        QString id;
    };
    QList<Entry> entries;
    for (qsizetype i = 0; i < m_state.clips.size(); ++i)
        entries.append({clipStartUs(i), 0, i, m_state.clips.at(i).id});
    for (qsizetype i = 0; i < m_state.overlays.size(); ++i)
        entries.append({m_state.overlays.at(i).startUs, 1, i, m_state.overlays.at(i).id});
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.startUs != b.startUs ? a.startUs < b.startUs : a.kind < b.kind;
    });
    QStringList ids;
    for (const Entry &e : std::as_const(entries))
        ids << e.id;
    return ids;
}

} // namespace montaj::ui
