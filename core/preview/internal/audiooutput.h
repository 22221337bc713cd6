#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

class QAudioSink;
class QIODevice;

namespace montaj {

class AudioRing;

// The sound card side of playback: a QAudioSink on the default output that pump() feeds from an
// AudioRing (float, or 16-bit when the device wants it), and how much of it has been played — the
// clock the picture follows. With no output device (CI, headless) start() says so and playback
// runs on its steady clock. Lives on the engine's thread, which calls pump() every few ms.
class AudioOutput
{
    Q_DECLARE_TR_FUNCTIONS(AudioOutput)

public:
    AudioOutput(AudioRing *ring, int sampleRate);
    ~AudioOutput();

    bool start(); // false: no device, or it would not start (error() says why)
    void stop();
    bool isRunning() const;
    void pump();             // moves what the ring holds into the sink, as much as it has room for
    bool hasStarted() const; // the server is playing (it starts after filling its buffer)
    // Microseconds of the mix gone by since start() (heard or skipped); -1 until the server
    // started playing.
    qint64 playedUs() const;
    // Drops up to `us` of the sound not yet sent to the device, so a late sound catches up with
    // the picture; returns how much was dropped.
    qint64 skip(qint64 us);
    QString error() const { return m_error; }

private:
    AudioRing *m_ring;
    int m_rate;
    std::unique_ptr<QAudioSink> m_sink;
    QIODevice *m_device = nullptr; // owned by m_sink
    int m_bytesPerFrame = 0;
    bool m_int16 = false;
    qint64 m_bytesWritten = 0;
    qint64 m_skippedFrames = 0;
    std::vector<float> m_samples;
    std::vector<char> m_bytes;
    QString m_error;
};

} // namespace montaj
