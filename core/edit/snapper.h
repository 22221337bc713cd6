#pragma once

#include "core/edit/projecttypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace montaj {

// Where a time being dragged on the timeline may stick: the clips' edges, the text overlays' edges,
// the music's start, the playhead and the I/O marks. Built from a snapshot of the project; finds the
// nearest point within a tolerance, skipping the points of the items being dragged. Not for frame
// rounding, nor for choosing the tolerance (the view knows its zoom), nor for drawing the guide.
class Snapper
{
public:
    // In order of preference when two points are equally near.
    enum class Kind { Playhead, MarkIn, MarkOut, ClipStart, ClipEnd, OverlayStart, OverlayEnd, MusicStart };

    struct Point
    {
        qint64 timeUs = 0;
        Kind kind = Kind::ClipStart;
        QString itemId; // the clip or overlay the point belongs to; empty for the others

        bool operator==(const Point &) const = default;
    };

    struct Snap
    {
        qint64 timeUs = 0;          // the snapped time, or the asked time when nothing is near
        std::optional<Point> point; // what it stuck to
    };

    // A span (start, end) moved as a whole: how far to shift it so that one of its edges sticks.
    struct SpanSnap
    {
        qint64 deltaUs = 0;
        std::optional<Point> point;
    };

    Snapper() = default;
    explicit Snapper(const ProjectState &state, std::optional<qint64> playheadUs = std::nullopt,
                     std::optional<qint64> markInUs = std::nullopt,
                     std::optional<qint64> markOutUs = std::nullopt);

    void addPoint(const Point &point);
    const QList<Point> &points() const { return m_points; } // by time, then by preference

    Snap snap(qint64 timeUs, qint64 toleranceUs, const QStringList &excluding = {}) const;
    SpanSnap snapSpan(qint64 startUs, qint64 endUs, qint64 toleranceUs,
                      const QStringList &excluding = {}) const;

private:
    std::optional<Point> nearest(qint64 timeUs, qint64 toleranceUs, const QStringList &excluding) const;

    QList<Point> m_points;
};

} // namespace montaj
