#pragma once

#include "core/edit/projecttypes.h"

#include <QList>
#include <QRect>
#include <QRectF>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace montaj::ui {

enum class TimelineLane { Video, Audio, Text, Captions, Music };

// Where things are in the timeline view: the ruler, the lane labels and the lanes (top to bottom
// Video, Audio, Text, Captions, Music), the horizontal scale and scroll, each clip's, overlay's and
// the music's rectangle, and what lies under a point. Time always runs left to right. Rebuilt from
// the project when it changes; clip lookups are binary searches so 200 clips stay cheap. Not for
// painting (TimelinePainter) nor for gestures (TimelineView, TimelineDrag).
class TimelineLayout
{
public:
    enum class Edge { None, Start, End };
    enum class HitKind { None, Ruler, Header, Lane, Clip, Overlay, Music };

    struct Hit
    {
        HitKind kind = HitKind::None;
        TimelineLane lane = TimelineLane::Video;
        QString id;           // clip or overlay id
        qsizetype index = -1; // clip or overlay index
        Edge edge = Edge::None;
        qint64 timeUs = 0;
    };

    static constexpr double kMinPxPerSecond = 0.05;
    static constexpr double kMaxPxPerSecond = 4000.0;
    static constexpr int kEdgeGrabPx = 6;

    void setState(const ProjectState &state);
    const ProjectState &state() const { return m_state; }

    // Sizes from the font height, so larger fonts get taller lanes.
    void setMetrics(int fontHeight, int headerWidth);
    void setViewportSize(QSize size);
    QSize viewportSize() const { return m_viewport; }

    double pxPerSecond() const { return m_pxPerSecond; }
    void setPxPerSecond(double pxPerSecond); // clamped to [kMin, kMax]
    double pxPerUs() const { return m_pxPerSecond / 1e6; }
    int scrollX() const { return m_scrollX; }
    void setScrollX(int px) { m_scrollX = px; }
    int scrollY() const { return m_scrollY; }
    void setScrollY(int px) { m_scrollY = px; }

    // Horizontal content (time 0 to a little after the end) and vertical content (all lanes).
    int contentWidth() const;
    int contentHeight() const;
    int timeAreaLeft() const { return m_headerWidth; }
    int timeAreaWidth() const { return std::max(1, m_viewport.width() - m_headerWidth); }
    double fitPxPerSecond() const; // the scale that shows the whole project

    double xForTime(qint64 us) const;
    qint64 timeForX(double x) const;
    qint64 visibleStartUs() const { return timeForX(m_headerWidth); }
    qint64 visibleEndUs() const { return timeForX(m_viewport.width()); }

    QRect rulerRect() const;
    QRect laneRect(TimelineLane lane) const; // full width, label column included
    int rulerHeight() const { return m_rulerHeight; }
    int textRowHeight() const { return m_textRow; }
    int overlayRowCount() const { return m_overlayRows; }

    qint64 durationUs() const { return m_starts.isEmpty() ? 0 : m_starts.last(); }
    qint64 clipStartUs(qsizetype index) const { return m_starts.at(index); }
    qint64 clipEndUs(qsizetype index) const { return m_starts.at(index + 1); }
    // Clips overlapping [fromUs, toUs): first index and one past the last.
    std::pair<qsizetype, qsizetype> clipsBetween(qint64 fromUs, qint64 toUs) const;
    QRectF clipRect(qsizetype index, TimelineLane lane = TimelineLane::Video) const;
    QRectF overlayRect(qsizetype index) const;
    QRectF captionRect(qsizetype index) const; // the cue's span on the captions lane
    QRectF spanRect(qint64 startUs, qint64 endUs, TimelineLane lane, int row = 0) const;
    std::optional<QRectF> musicRect() const;
    qint64 musicEndUs() const;
    QRectF itemRect(const QString &id) const; // a clip (video lane) or an overlay; empty when unknown

    Hit hitTest(QPoint pos) const;
    // Clips and overlays whose rectangles meet `band`, in timeline order.
    QStringList itemsIn(const QRect &band) const;
    // The clip boundary nearest to x: 0 before the first clip … clip count after the last.
    qsizetype insertionIndexAt(double x) const;
    // Clips and overlays ordered by start time (clips first on ties).
    QStringList itemsInTimeOrder() const;

private:
    int laneTop(TimelineLane lane) const;
    int laneHeight(TimelineLane lane) const;

    ProjectState m_state;
    QList<qint64> m_starts{0}; // clip i starts at m_starts[i]; last entry is the duration
    QList<int> m_overlayRow;   // row of each overlay in the Text lane
    int m_overlayRows = 1;
    QSize m_viewport{800, 300};
    double m_pxPerSecond = 40.0;
    int m_scrollX = 0;
    int m_scrollY = 0;
    int m_headerWidth = 96;
    int m_rulerHeight = 26;
    int m_videoHeight = 56;
    int m_audioHeight = 36;
    int m_textRow = 24;
    int m_captionsHeight = 28;
    int m_musicHeight = 36;
};

} // namespace montaj::ui
