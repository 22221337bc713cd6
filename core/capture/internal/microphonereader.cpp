#include "core/capture/internal/microphonereader.h"

#include "core/capture/microphonesource.h"

#include <QAudioSource>
#include <QCoreApplication>
#include <QIODevice>

#include <cstring>

namespace montaj {

MicrophoneReader::MicrophoneReader(AudioCaptureSource::ChunkHandler onChunk, CaptureErrorHandler onError)
    : m_onChunk(std::move(onChunk))
    , m_onError(std::move(onError))
{}

MicrophoneReader::~MicrophoneReader()
{
    close();
}

Result<void> MicrophoneReader::open(const QAudioDevice &device)
{
    QAudioFormat format = device.preferredFormat();
    format.setSampleFormat(QAudioFormat::Float);
    if (!device.isFormatSupported(format))
        format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format)) {
        format.setSampleRate(48000);
        format.setChannelCount(1);
    }
    if (!device.isFormatSupported(format))
        return Error(QStringLiteral("capture.microphone_unavailable"),
                     QCoreApplication::translate("MicrophoneSource",
                                                 "The microphone offers no sound format Montaj can record."),
                     {{QStringLiteral("device"), device.description()}});
    m_format = format;
    m_source = std::make_unique<QAudioSource>(device, format);
    m_source->setBufferSize(format.bytesForDuration(100'000));
    connect(m_source.get(), &QAudioSource::stateChanged, this, &MicrophoneReader::onStateChanged);
    m_io = m_source->start();
    if (!m_io || m_source->error() != QAudio::NoError) {
        m_source.reset();
        m_io = nullptr;
        return Error(QStringLiteral("capture.microphone_unavailable"),
                     QCoreApplication::translate("MicrophoneSource",
                                                 "The microphone could not be opened: another program may be "
                                                 "using it, or Montaj is not allowed to record sound."),
                     {{QStringLiteral("device"), device.description()}});
    }
    connect(m_io, &QIODevice::readyRead, this, &MicrophoneReader::readAvailable);
    return {};
}

void MicrophoneReader::close()
{
    if (m_source) {
        m_source->disconnect(this);
        m_source->stop();
    }
    m_source.reset();
    m_io = nullptr;
}

void MicrophoneReader::onStateChanged()
{
    if (!m_source || m_failed)
        return;
    const QAudio::Error error = m_source->error();
    if (error == QAudio::NoError || error == QAudio::UnderrunError)
        return;
    m_failed = true;
    m_onError(Error(QStringLiteral("capture.microphone_failed"),
                    QCoreApplication::translate("MicrophoneSource", "The microphone stopped working."),
                    {{QStringLiteral("qaudio_error"), int(error)}}));
}

void MicrophoneReader::readAvailable()
{
    if (!m_io)
        return;
    const QByteArray bytes = m_io->readAll();
    const int bytesPerFrame = m_format.bytesPerFrame();
    if (bytes.isEmpty() || bytesPerFrame <= 0)
        return;
    AudioChunk chunk;
    chunk.sampleRate = m_format.sampleRate();
    chunk.channels = m_format.channelCount();
    const qint64 frames = bytes.size() / bytesPerFrame;
    const size_t count = size_t(frames * chunk.channels);
    chunk.samples.resize(count);
    const char *data = bytes.constData();
    for (size_t i = 0; i < count; ++i)
        chunk.samples[i] = m_format.normalizedSampleValue(data + i * size_t(m_format.bytesPerSample()));
    // The chunk just finished arriving: it started its own length ago.
    chunk.timeUs = captureClockUs() - frames * 1'000'000 / std::max(1, chunk.sampleRate);
    m_onChunk(std::move(chunk));
}

} // namespace montaj
