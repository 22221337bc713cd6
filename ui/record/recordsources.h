#pragma once

#include "core/capture/audiosource.h"
#include "core/capture/screensource.h"
#include "core/capture/syntheticsource.h"
#include "core/capture/videosource.h"
#include "core/foundation/result.h"

#include <QCoreApplication>

#include <memory>

namespace montaj::ui {

// What the user picked on the Record page: the picture (a camera, the screen, a region of it, one
// window, the test pattern) and the sound (a microphone, the test tone, none).
struct SourceChoice
{
    enum class Video { Camera, Screen, Region, Window, TestPattern };
    enum class Audio { Microphone, TestTone, None };

    Video video = Video::TestPattern;
    QString cameraId;    // Video::Camera (empty: the default camera)
    ScreenTarget screen; // Video::Screen, Region, Window
    Audio audio = Audio::TestTone;
    QString microphoneId; // Audio::Microphone (empty: the default microphone)
};

// Makes the Recorder's sources for a SourceChoice. One synthetic source serves both the test
// pattern and the test tone, so they share one clock. Not a device list (CaptureDevices) and not
// the chooser widget (SourceChooser).
class RecordSources
{
    Q_DECLARE_TR_FUNCTIONS(RecordSources)

public:
    // The test pattern and tone's settings (size, rate, tone); takes effect on the next source.
    void setTestPatternSettings(const SyntheticSource::Settings &settings);
    const SyntheticSource::Settings &testPatternSettings() const { return m_patternSettings; }

    Result<std::shared_ptr<VideoCaptureSource>> video(const SourceChoice &choice);
    // Null (no error) for Audio::None: the takes have no sound.
    std::shared_ptr<AudioCaptureSource> audio(const SourceChoice &choice);

private:
    std::shared_ptr<SyntheticSource> synthetic();

    SyntheticSource::Settings m_patternSettings;
    std::shared_ptr<SyntheticSource> m_synthetic;
};

} // namespace montaj::ui
