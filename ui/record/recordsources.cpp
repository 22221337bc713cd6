#include "ui/record/recordsources.h"

#include "core/capture/camerasource.h"
#include "core/capture/microphonesource.h"

namespace montaj::ui {

void RecordSources::setTestPatternSettings(const SyntheticSource::Settings &settings)
{
    m_patternSettings = settings;
    m_synthetic.reset();
}

std::shared_ptr<SyntheticSource> RecordSources::synthetic()
{
    if (!m_synthetic)
        m_synthetic = std::make_shared<SyntheticSource>(m_patternSettings);
    return m_synthetic;
}

Result<std::shared_ptr<VideoCaptureSource>> RecordSources::video(const SourceChoice &choice)
{
    switch (choice.video) {
    case SourceChoice::Video::Camera:
        return std::shared_ptr<VideoCaptureSource>(std::make_shared<CameraSource>(choice.cameraId));
    case SourceChoice::Video::Screen: {
        ScreenTarget target = choice.screen;
        target.region = QRect();
        target.windowId = 0;
        return std::shared_ptr<VideoCaptureSource>(std::make_shared<ScreenSource>(target));
    }
    case SourceChoice::Video::Region:
        if (choice.screen.region.width() < 16 || choice.screen.region.height() < 16)
            return Error(QStringLiteral("record.bad_region"),
                         tr("The part of the screen to record is too small: give it a width and a height."));
        return std::shared_ptr<VideoCaptureSource>(std::make_shared<ScreenSource>(choice.screen));
    case SourceChoice::Video::Window:
        if (choice.screen.windowId == 0)
            return Error(QStringLiteral("record.no_window"),
                         tr("Enter the number of the window to record, or use this window."));
        return std::shared_ptr<VideoCaptureSource>(std::make_shared<ScreenSource>(choice.screen));
    case SourceChoice::Video::TestPattern: break;
    }
    return std::shared_ptr<VideoCaptureSource>(synthetic());
}

std::shared_ptr<AudioCaptureSource> RecordSources::audio(const SourceChoice &choice)
{
    switch (choice.audio) {
    case SourceChoice::Audio::Microphone: return std::make_shared<MicrophoneSource>(choice.microphoneId);
    case SourceChoice::Audio::TestTone: return synthetic();
    case SourceChoice::Audio::None: break;
    }
    return nullptr;
}

} // namespace montaj::ui
