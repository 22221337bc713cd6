#pragma once

#include "core/capture/audiosource.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QObject>

#include <memory>

class QAudioSource;
class QIODevice;

namespace montaj {

// The part of MicrophoneSource that lives on its reading thread: opens the QAudioSource there,
// converts what it reads to float chunks and reports failures once. Internal.
class MicrophoneReader : public QObject
{
    Q_OBJECT

public:
    MicrophoneReader(AudioCaptureSource::ChunkHandler onChunk, CaptureErrorHandler onError);
    ~MicrophoneReader() override;

    // Called on the reading thread (blocking-queued from startAudio).
    Result<void> open(const QAudioDevice &device);
    void close();

private:
    void readAvailable();
    void onStateChanged();

    AudioCaptureSource::ChunkHandler m_onChunk;
    CaptureErrorHandler m_onError;
    std::unique_ptr<QAudioSource> m_source;
    QIODevice *m_io = nullptr;
    QAudioFormat m_format;
    bool m_failed = false;
};

} // namespace montaj
