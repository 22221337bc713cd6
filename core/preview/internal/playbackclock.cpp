#include "core/preview/internal/playbackclock.h"

#include <algorithm>
#include <cstdlib>

namespace montaj {
namespace {

constexpr qint64 kJumpUs = 200'000;       // further off than this: trust the measurement at once
constexpr double kAverageUs = 250'000;    // time constant of the error average
constexpr double kCorrectUs = 500'000;    // a steady error is worked off over about this long
constexpr double kMaxSlew = 0.05;         // at most 5 % faster or slower than real time
constexpr qint64 kMaxStepNs = 50'000'000; // a longer gap between measurements counts as this long

} // namespace

void PlaybackClock::start(qint64 positionUs, int rate)
{
    m_anchorUs = positionUs;
    m_rate = rate;
    m_timer.start();
    m_lastFollowNs = 0;
    m_averageErrorUs = 0;
    m_running = true;
}

qint64 PlaybackClock::positionUs() const
{
    if (!m_running)
        return m_anchorUs;
    return m_anchorUs + m_timer.nsecsElapsed() / 1000 * m_rate;
}

void PlaybackClock::follow(qint64 measuredUs)
{
    if (!m_running)
        return;
    const qint64 nowNs = m_timer.nsecsElapsed();
    // The time since the last measurement, bounded: the first measurement may come long after the
    // start (a sound output that starts late), and must not move the clock by 5 % of all that time
    // at once — that is a visible jump back of the picture.
    const double dtUs = double(std::clamp<qint64>(nowNs - m_lastFollowNs, 1000, kMaxStepNs)) / 1000.0;
    m_lastFollowNs = nowNs;
    const qint64 error = measuredUs - positionUs();
    if (std::llabs(error) > kJumpUs) {
        m_anchorUs += error;
        m_averageErrorUs = 0;
        return;
    }
    m_averageErrorUs += (double(error) - m_averageErrorUs) * std::min(1.0, dtUs / kAverageUs);
    const double maxStep = dtUs * kMaxSlew;
    const double step = std::clamp(m_averageErrorUs * dtUs / kCorrectUs, -maxStep, maxStep);
    m_anchorUs += qint64(step);
    m_averageErrorUs -= double(qint64(step));
}

} // namespace montaj
