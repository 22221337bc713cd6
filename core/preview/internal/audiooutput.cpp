#include "core/preview/internal/audiooutput.h"

#include "core/preview/internal/audioring.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QIODevice>
#include <QMediaDevices>

#include <algorithm>
#include <cstring>
#include <vector>

namespace montaj {
namespace {

// What the sink reads: the ring's floats, as they are or as 16-bit integers. Returning nothing
// when the ring runs dry lets the sink report an underrun (and the clock wait for the sound).
class RingFeed : public QIODevice
{
public:
    RingFeed(AudioRing *ring, bool asInt16)
        : m_ring(ring)
        , m_int16(asInt16)
    {}

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_ring->available() * bytesPerFrame() + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 frames = maxSize / bytesPerFrame();
        m_scratch.resize(size_t(frames * m_ring->channels()));
        const qint64 got = m_ring->read(m_scratch.data(), frames);
        const size_t samples = size_t(got * m_ring->channels());
        if (!m_int16) {
            std::memcpy(data, m_scratch.data(), samples * sizeof(float));
        } else {
            for (size_t i = 0; i < samples; ++i) {
                const auto v = qint16(std::clamp(m_scratch[i], -1.0f, 1.0f) * 32767.0f);
                std::memcpy(data + i * sizeof(qint16), &v, sizeof(qint16));
            }
        }
        return got * bytesPerFrame();
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 bytesPerFrame() const
    {
        return qint64(m_ring->channels()) * qint64(m_int16 ? sizeof(qint16) : sizeof(float));
    }

    AudioRing *m_ring;
    bool m_int16;
    std::vector<float> m_scratch;
};

} // namespace

AudioOutput::AudioOutput(AudioRing *ring, int sampleRate)
    : m_ring(ring)
    , m_rate(sampleRate)
{}

AudioOutput::~AudioOutput()
{
    stop();
}

bool AudioOutput::start()
{
    stop();
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        m_error = tr("There is no sound output device.");
        return false;
    }
    QAudioFormat format;
    format.setSampleRate(m_rate);
    format.setChannelCount(m_ring->channels());
    format.setSampleFormat(QAudioFormat::Float);
    if (!device.isFormatSupported(format))
        format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format)) {
        m_error = tr("The sound output does not accept %1 Hz stereo.").arg(m_rate);
        return false;
    }
    m_bytesPerFrame = format.bytesPerFrame();
    m_feed = std::make_unique<RingFeed>(m_ring, format.sampleFormat() == QAudioFormat::Int16);
    m_feed->open(QIODevice::ReadOnly);
    m_sink = std::make_unique<QAudioSink>(device, format);
    m_sink->setBufferSize(m_bytesPerFrame * m_rate / 10); // 100 ms: small enough to follow closely
    m_sink->start(m_feed.get());
    if (m_sink->error() != QAudio::NoError || m_sink->state() == QAudio::StoppedState) {
        m_error = tr("The sound output could not start.");
        stop();
        return false;
    }
    m_error.clear();
    return true;
}

void AudioOutput::stop()
{
    if (m_sink) {
        m_sink->stop();
        m_sink.reset();
    }
    m_feed.reset();
}

bool AudioOutput::isRunning() const
{
    return m_sink && m_sink->error() == QAudio::NoError && m_sink->state() != QAudio::StoppedState;
}

qint64 AudioOutput::playedUs() const
{
    if (!isRunning() || m_bytesPerFrame <= 0)
        return -1;
    const qint64 processed = m_sink->processedUSecs();
    if (processed <= 0)
        return -1;
    const qint64 waiting = std::max<qint64>(0, m_sink->bufferSize() - m_sink->bytesFree()) / m_bytesPerFrame;
    return std::max<qint64>(0, processed - waiting * 1'000'000 / m_rate);
}

} // namespace montaj
