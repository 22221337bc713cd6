#pragma once

#include <QMetaType>
#include <QtGlobal>

namespace montaj {

// What the player measured, for the transport's counters and for benchmarks. Counts restart each
// time playback starts. A value; not a log.
struct PlaybackStats
{
    double fps = 0;           // frames shown per second over the last second of playback
    qint64 shownFrames = 0;   // since playback started
    qint64 droppedFrames = 0; // due but too late to show (skipped before rendering, or overtaken)
    double renderMs = 0;      // mean time to render one frame, over the last 30 frames
    double renderMsP50 = 0;   // over the last 600 frames rendered
    double renderMsP95 = 0;
    bool audioClock = false; // the clock follows the sound output (else a steady clock)
    double audioDriftMs = 0; // sound output position − picture clock, averaged (0 on the steady clock)

    bool operator==(const PlaybackStats &) const = default;
};

} // namespace montaj

Q_DECLARE_METATYPE(montaj::PlaybackStats)
