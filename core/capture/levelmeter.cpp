#include "core/capture/levelmeter.h"

#include <algorithm>
#include <cmath>

namespace montaj {

LevelMeter::LevelMeter(int sampleRate, int windowMs)
    : m_window(std::max<qint64>(1, qint64(sampleRate) * windowMs / 1000))
{}

double LevelMeter::toDb(double linear)
{
    return linear > 0 ? std::max(kFloorDb, 20.0 * std::log10(linear)) : kFloorDb;
}

void LevelMeter::reset()
{
    m_count = 0;
    m_peak = 0;
    m_sumSquares = 0;
    m_last = {};
}

bool LevelMeter::add(const float *samples, qint64 frames, int channels)
{
    bool completed = false;
    for (qint64 i = 0; i < frames; ++i) {
        // The loudest channel of each sample frame counts, as a stereo meter's hotter side would.
        double loudest = 0;
        for (int c = 0; c < channels; ++c)
            loudest = std::max(loudest, std::abs(double(samples[i * channels + c])));
        m_peak = std::max(m_peak, loudest);
        m_sumSquares += loudest * loudest;
        if (++m_count == m_window) {
            m_last = Reading{toDb(m_peak), toDb(std::sqrt(m_sumSquares / double(m_count)))};
            m_count = 0;
            m_peak = 0;
            m_sumSquares = 0;
            completed = true;
        }
    }
    return completed;
}

} // namespace montaj
