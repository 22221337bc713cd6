#include "core/preview/internal/playbackclock.h"

#include <cstdlib>

namespace montaj {
namespace {

constexpr qint64 kJumpUs = 60'000; // further off than this: trust the measurement at once

} // namespace

void PlaybackClock::start(qint64 positionUs, int rate)
{
    m_anchorUs = positionUs;
    m_rate = rate;
    m_timer.start();
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
    const qint64 error = measuredUs - positionUs();
    m_anchorUs += std::llabs(error) > kJumpUs ? error : error / 8;
}

} // namespace montaj
