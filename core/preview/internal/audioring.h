#pragma once

#include <QMutex>

#include <vector>

namespace montaj {

// A bounded FIFO of interleaved float samples between the playback thread (writes the mix ahead)
// and the sound output (reads it as the device asks). Thread-safe; never blocks for long.
class AudioRing
{
public:
    AudioRing(int channels, qint64 capacityFrames);

    int channels() const { return m_channels; }
    qint64 capacity() const { return m_capacity; }
    qint64 available() const; // frames readable
    qint64 space() const;     // frames writable

    qint64 write(const float *samples, qint64 frames); // returns frames written
    qint64 read(float *samples, qint64 frames);        // returns frames read
    qint64 discard(qint64 frames);                     // drops the oldest; returns frames dropped
    void clear();

private:
    const int m_channels;
    const qint64 m_capacity;
    mutable QMutex m_mutex;
    std::vector<float> m_data;
    qint64 m_readAt = 0; // frame indexes, modulo capacity
    qint64 m_count = 0;
};

} // namespace montaj
