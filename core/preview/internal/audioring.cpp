#include "core/preview/internal/audioring.h"

#include <algorithm>
#include <cstring>

namespace montaj {

AudioRing::AudioRing(int channels, qint64 capacityFrames)
    : m_channels(std::max(1, channels))
    , m_capacity(std::max<qint64>(1, capacityFrames))
    , m_data(size_t(m_capacity * m_channels), 0.0f)
{}

qint64 AudioRing::available() const
{
    QMutexLocker lock(&m_mutex);
    return m_count;
}

qint64 AudioRing::space() const
{
    QMutexLocker lock(&m_mutex);
    return m_capacity - m_count;
}

qint64 AudioRing::write(const float *samples, qint64 frames)
{
    QMutexLocker lock(&m_mutex);
    frames = std::min(frames, m_capacity - m_count);
    qint64 at = (m_readAt + m_count) % m_capacity;
    qint64 done = 0;
    while (done < frames) {
        const qint64 run = std::min(frames - done, m_capacity - at);
        std::memcpy(m_data.data() + at * m_channels, samples + done * m_channels,
                    size_t(run * m_channels) * sizeof(float));
        done += run;
        at = (at + run) % m_capacity;
    }
    m_count += frames;
    return frames;
}

qint64 AudioRing::read(float *samples, qint64 frames)
{
    QMutexLocker lock(&m_mutex);
    frames = std::min(frames, m_count);
    qint64 done = 0;
    while (done < frames) {
        const qint64 run = std::min(frames - done, m_capacity - m_readAt);
        std::memcpy(samples + done * m_channels, m_data.data() + m_readAt * m_channels,
                    size_t(run * m_channels) * sizeof(float));
        done += run;
        m_readAt = (m_readAt + run) % m_capacity;
    }
    m_count -= frames;
    return frames;
}

qint64 AudioRing::discard(qint64 frames)
{
    QMutexLocker lock(&m_mutex);
    frames = std::clamp<qint64>(frames, 0, m_count);
    m_readAt = (m_readAt + frames) % m_capacity;
    m_count -= frames;
    return frames;
}

void AudioRing::clear()
{
    QMutexLocker lock(&m_mutex);
    m_readAt = 0;
    m_count = 0;
}

} // namespace montaj
