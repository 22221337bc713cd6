#include "core/preview/internal/audiooutput.h"

#include "core/preview/internal/audioring.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QIODevice>
#include <QMediaDevices>

#include <algorithm>
#include <cstring>

namespace montaj {

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
    m_int16 = format.sampleFormat() == QAudioFormat::Int16;
    m_bytesPerFrame = format.bytesPerFrame();
    m_sink = std::make_unique<QAudioSink>(device, format);
    m_sink->setBufferSize(m_bytesPerFrame * m_rate / 10); // 100 ms: small enough to follow closely
    m_device = m_sink->start();
    if (!m_device || m_sink->error() != QAudio::NoError || m_sink->state() == QAudio::StoppedState) {
        m_error = tr("The sound output could not start.");
        stop();
        return false;
    }
    m_error.clear();
    pump();
    return true;
}

void AudioOutput::stop()
{
    if (m_sink) {
        m_sink->stop();
        m_sink.reset();
    }
    m_device = nullptr;
    m_bytesWritten = 0;
    m_skippedFrames = 0;
}

bool AudioOutput::isRunning() const
{
    return m_sink && m_device && m_sink->state() != QAudio::StoppedState
           && m_sink->error() != QAudio::OpenError && m_sink->error() != QAudio::FatalError
           && m_sink->error() != QAudio::IOError;
}

void AudioOutput::pump()
{
    if (!isRunning())
        return;
    // Push mode: write all the room the sound server has, to the byte. (Qt 6.4's pull mode on
    // PulseAudio only moves whole 20 ms periods, so a server buffer that is not a whole number of
    // periods never reaches the server's pre-buffer mark and the stream does not start; and it
    // stops pulling for good after the first underrun.)
    const qint64 frames = std::min<qint64>(m_sink->bytesFree() / m_bytesPerFrame, m_ring->available());
    if (frames <= 0)
        return;
    m_samples.resize(size_t(frames * m_ring->channels()));
    const qint64 got = m_ring->read(m_samples.data(), frames);
    const size_t count = size_t(got * m_ring->channels());
    if (!m_int16) {
        m_bytesWritten +=
            m_device->write(reinterpret_cast<const char *>(m_samples.data()), qint64(count * sizeof(float)));
        return;
    }
    m_bytes.resize(count * sizeof(qint16));
    for (size_t i = 0; i < count; ++i) {
        const auto v = qint16(std::clamp(m_samples[i], -1.0f, 1.0f) * 32767.0f);
        std::memcpy(m_bytes.data() + i * sizeof(qint16), &v, sizeof(qint16));
    }
    m_bytesWritten += m_device->write(m_bytes.data(), qint64(m_bytes.size()));
}

bool AudioOutput::hasStarted() const
{
    // Until the server starts playing it takes one buffer-full and no more; having taken more
    // means it is consuming. (Before that, QAudioSink's processed time is an estimate that grows
    // with the clock up to what was written, although nothing is heard.)
    return isRunning() && m_bytesWritten > qint64(m_sink->bufferSize());
}

qint64 AudioOutput::playedUs() const
{
    if (!hasStarted())
        return -1;
    // QAudioSink's processed time is what the server has played (its read position less the
    // device latency), interpolated between timing updates — already the position we hear.
    const qint64 processed = m_sink->processedUSecs();
    return std::max<qint64>(0, processed) + m_skippedFrames * 1'000'000 / m_rate;
}

qint64 AudioOutput::skip(qint64 us)
{
    const qint64 dropped = m_ring->discard(us * m_rate / 1'000'000);
    m_skippedFrames += dropped;
    return dropped * 1'000'000 / m_rate;
}

} // namespace montaj
