#include "core/edit/snapper.h"

#include <algorithm>

namespace montaj {
namespace {

bool before(const Snapper::Point &a, const Snapper::Point &b)
{
    return a.timeUs != b.timeUs ? a.timeUs < b.timeUs : int(a.kind) < int(b.kind);
}

qint64 distance(qint64 a, qint64 b)
{
    return a > b ? a - b : b - a;
}

} // namespace

Snapper::Snapper(const ProjectState &state, std::optional<qint64> playheadUs, std::optional<qint64> markInUs,
                 std::optional<qint64> markOutUs)
{
    qint64 startUs = 0;
    for (const Clip &clip : state.clips) {
        const qint64 endUs = startUs + clip.durationUs();
        m_points.append({startUs, Kind::ClipStart, clip.id});
        m_points.append({endUs, Kind::ClipEnd, clip.id});
        startUs = endUs;
    }
    for (const TextOverlay &overlay : state.overlays) {
        m_points.append({overlay.startUs, Kind::OverlayStart, overlay.id});
        m_points.append({overlay.endUs, Kind::OverlayEnd, overlay.id});
    }
    if (state.music.isSet())
        m_points.append({state.music.startUs, Kind::MusicStart, {}});
    if (playheadUs)
        m_points.append({*playheadUs, Kind::Playhead, {}});
    if (markInUs)
        m_points.append({*markInUs, Kind::MarkIn, {}});
    if (markOutUs)
        m_points.append({*markOutUs, Kind::MarkOut, {}});
    std::sort(m_points.begin(), m_points.end(), before);
}

void Snapper::addPoint(const Point &point)
{
    m_points.insert(std::upper_bound(m_points.begin(), m_points.end(), point, before), point);
}

std::optional<Snapper::Point> Snapper::nearest(qint64 timeUs, qint64 toleranceUs,
                                               const QStringList &excluding) const
{
    if (toleranceUs < 0)
        return std::nullopt;
    const auto first = std::lower_bound(m_points.begin(), m_points.end(), timeUs - toleranceUs,
                                        [](const Point &p, qint64 t) { return p.timeUs < t; });
    std::optional<Point> best;
    for (auto it = first; it != m_points.end() && it->timeUs <= timeUs + toleranceUs; ++it) {
        if (!it->itemId.isEmpty() && excluding.contains(it->itemId))
            continue;
        if (!best)
            best = *it;
        const qint64 d = distance(it->timeUs, timeUs);
        const qint64 bestD = distance(best->timeUs, timeUs);
        if (d < bestD || (d == bestD && int(it->kind) < int(best->kind)))
            best = *it;
    }
    return best;
}

Snapper::Snap Snapper::snap(qint64 timeUs, qint64 toleranceUs, const QStringList &excluding) const
{
    const auto point = nearest(timeUs, toleranceUs, excluding);
    return {point ? point->timeUs : timeUs, point};
}

Snapper::SpanSnap Snapper::snapSpan(qint64 startUs, qint64 endUs, qint64 toleranceUs,
                                    const QStringList &excluding) const
{
    const auto atStart = nearest(startUs, toleranceUs, excluding);
    const auto atEnd = nearest(endUs, toleranceUs, excluding);
    if (atStart && (!atEnd || distance(atStart->timeUs, startUs) <= distance(atEnd->timeUs, endUs)))
        return {atStart->timeUs - startUs, atStart};
    if (atEnd)
        return {atEnd->timeUs - endUs, atEnd};
    return {};
}

} // namespace montaj
