#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QAudioSink;
class QIODevice;

namespace montaj {

class AudioRing;

// The sound card side of playback: a QAudioSink on the default output pulling the mix from an
// AudioRing (float, or 16-bit when the device wants it), and how much of it has been played — the
// clock the picture follows. With no output device (CI, headless) start() says so and playback
// runs on its steady clock. Lives on the engine's thread.
class AudioOutput
{
    Q_DECLARE_TR_FUNCTIONS(AudioOutput)

public:
    AudioOutput(AudioRing *ring, int sampleRate);
    ~AudioOutput();

    bool start(); // false: no device, or it would not start (error() says why)
    void stop();
    bool isRunning() const;
    // Microseconds of sound played since start(): processed by the sink minus what waits in its
    // buffer; -1 before anything was processed.
    qint64 playedUs() const;
    QString error() const { return m_error; }

private:
    AudioRing *m_ring;
    int m_rate;
    std::unique_ptr<QIODevice> m_feed;
    std::unique_ptr<QAudioSink> m_sink;
    int m_bytesPerFrame = 0;
    QString m_error;
};

} // namespace montaj
