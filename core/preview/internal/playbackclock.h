#pragma once

#include <QElapsedTimer>

namespace montaj {

// The playback position as time passes: a steady clock running at the shuttle rate from where
// playback started, which can be pulled toward a measured position (the sound output's) — jumping
// when far off, easing in small steps otherwise so the picture does not stutter.
class PlaybackClock
{
public:
    void start(qint64 positionUs, int rate);
    void stop() { m_running = false; }
    bool isRunning() const { return m_running; }
    int rate() const { return m_rate; }

    qint64 positionUs() const;
    void follow(qint64 measuredUs);

private:
    QElapsedTimer m_timer;
    qint64 m_anchorUs = 0;
    int m_rate = 0;
    bool m_running = false;
};

} // namespace montaj
