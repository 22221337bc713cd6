#pragma once

#include "core/capture/audiosource.h"

#include <QCoreApplication>

#include <memory>

class QThread;

namespace montaj {

class MicrophoneReader;

// A microphone through Qt Multimedia's QAudioSource, read on a thread of its own (its event loop
// drives the reads, not the UI's), converted to float and handed on in chunks stamped on the
// capture clock. Asks for the device's preferred rate and channels as float, else 16-bit. Missing,
// busy/refused or failing devices are clear Errors (capture.no_microphone,
// capture.microphone_unavailable, capture.microphone_failed). Not a level meter (LevelMeter) and
// not a device list (CaptureDevices).
class MicrophoneSource : public AudioCaptureSource
{
    Q_DECLARE_TR_FUNCTIONS(MicrophoneSource)

public:
    // deviceId: QAudioDevice::id() as text (CaptureDevices::microphones()); empty: the default.
    explicit MicrophoneSource(QString deviceId = {});
    ~MicrophoneSource() override;
    MicrophoneSource(const MicrophoneSource &) = delete;
    MicrophoneSource &operator=(const MicrophoneSource &) = delete;

    QString audioName() const override;
    Result<void> startAudio(ChunkHandler onChunk, CaptureErrorHandler onError) override;
    void stopAudio() override;

private:
    QString m_deviceId;
    std::unique_ptr<QThread> m_thread;
    MicrophoneReader *m_reader = nullptr; // lives on m_thread
};

} // namespace montaj
