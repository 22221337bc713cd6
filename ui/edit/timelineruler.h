#pragma once

#include "core/edit/projecttypes.h"

#include <QString>

class QPainter;
class QPalette;

namespace montaj::ui {

class TimelineLayout;

// The timeline's time ruler: picks a tick spacing that leaves room for the labels at the current
// zoom (frames when zoomed in, seconds and minutes further out) and writes timecodes in the
// user's digits, always read left to right. Not for the playhead or the marks (TimelinePainter).
class TimelineRuler
{
public:
    struct Ticks
    {
        bool frames = false; // steps count canvas frames, not microseconds
        qint64 majorStep = 1'000'000;
        int minorPerMajor = 5; // divides majorStep
    };

    // The spacing for labels about `labelPx` wide at `pxPerSecond`.
    static Ticks ticksFor(double pxPerSecond, const Canvas &canvas, int labelPx);
    // "1:05", "1:05:12" (with the frame), "1:02:05" (hours): digits from the current QLocale.
    static QString timecode(qint64 us, const Canvas &canvas, bool withFrames);
    static void paint(QPainter &painter, const TimelineLayout &layout, const QPalette &palette);
};

} // namespace montaj::ui
