#pragma once

#include "ui/edit/timelinedrag.h"
#include "ui/edit/timelinelayout.h"

#include <QPalette>
#include <QRect>
#include <QStringList>

#include <optional>

class QPainter;

namespace montaj::ui {

// What the timeline shows besides the project itself: selection, playhead, marks, the gesture in
// progress and a drop being hovered.
struct TimelineScene
{
    QStringList selection;
    qint64 playheadUs = 0;
    std::optional<qint64> markInUs;
    std::optional<qint64> markOutUs;
    const TimelineDrag *drag = nullptr;
    qsizetype dropIndex = -1; // clip boundary a drop would insert at
    bool dropOnMusic = false;
    bool focused = false;
};

// Draws what lies over the project on the timeline: the I/O marks (lines, flags and the range on
// the ruler), the playhead, a drop's insertion point, and the gesture in progress (the band, the
// dragged item's outline where it would land, the insertion point of a reorder, the snap guide).
// Not for the project's items (TimelinePainter).
class TimelineGuidePainter
{
public:
    TimelineGuidePainter(QPainter &painter, const TimelineLayout &layout, const TimelineScene &scene,
                         const QPalette &palette);

    void paintGesture();          // inside the lanes, under the ruler
    void paintMarksAndPlayhead(); // over lanes and ruler

private:
    void paintMarks();
    void paintDrop();
    void paintDrag();
    void paintPlayhead();

    QPainter &m_p;
    const TimelineLayout &m_layout;
    const TimelineScene &m_scene;
    const QPalette &m_palette;
    QRect m_timeArea;
};

} // namespace montaj::ui
