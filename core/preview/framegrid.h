#pragma once

#include <QtGlobal>

#include <algorithm>

namespace montaj {

// The canvas's frame grid: which frame covers a timeline time and when each frame starts, rounded
// the way the export rounds (a frame starts at the first whole microsecond at or after its ideal
// time), so the preview and the export pick the same source frame for frame n. A value; not a clock.
struct FrameGrid
{
    int fpsNum = 30;
    int fpsDen = 1;
    qint64 durationUs = 0;

    // Frames the export writes for this duration (0 for an empty timeline).
    qint64 frameCount() const
    {
        if (durationUs <= 0 || fpsNum <= 0 || fpsDen <= 0)
            return 0;
        const qint64 perSecond = qint64(1'000'000) * fpsDen;
        return std::max<qint64>(1, (durationUs * fpsNum + perSecond - 1) / perSecond);
    }
    qint64 lastIndex() const { return std::max<qint64>(0, frameCount() - 1); }
    // Start of frame `index` on the timeline.
    qint64 timeOf(qint64 index) const
    {
        return (index * 1'000'000 * fpsDen + fpsNum - 1) / std::max(1, fpsNum);
    }
    // The frame on screen at `us`: the last one starting at or before it, within [0, lastIndex()].
    qint64 indexAt(qint64 us) const
    {
        if (us <= 0 || fpsNum <= 0)
            return 0;
        return std::min(lastIndex(), us * fpsNum / (qint64(1'000'000) * std::max(1, fpsDen)));
    }
    qint64 frameDurationUs() const { return std::max<qint64>(1, timeOf(1)); }
};

} // namespace montaj
