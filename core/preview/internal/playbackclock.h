#pragma once

#include <QElapsedTimer>

namespace montaj {

// The playback position as time passes: a steady clock running at the shuttle rate from where
// playback started, which follows a measured position (the sound output's). Sound outputs report
// their position in steps and with noise (PulseAudio: ±50 ms), so the clock averages the error
// over a quarter second and corrects it by changing its speed at most 5 % — the picture never
// stutters — and jumps only when it is far off (an underrun, a stalled device).
class PlaybackClock
{
public:
    void start(qint64 positionUs, int rate);
    void stop() { m_running = false; }
    bool isRunning() const { return m_running; }
    int rate() const { return m_rate; }

    qint64 positionUs() const;
    void follow(qint64 measuredUs);
    double averageErrorUs() const { return m_averageErrorUs; } // measured − clock, smoothed

private:
    QElapsedTimer m_timer;
    qint64 m_anchorUs = 0;
    qint64 m_lastFollowNs = 0;
    double m_averageErrorUs = 0;
    int m_rate = 0;
    bool m_running = false;
};

} // namespace montaj
