#include "core/capture/capturedevices.h"

#include "core/capture/screensource.h"

#include <QAudioDevice>
#include <QCameraDevice>
#include <QMediaDevices>

namespace montaj {

CaptureDevices::CaptureDevices(QObject *parent)
    : QObject(parent)
    , m_devices(std::make_unique<QMediaDevices>())
{
    connect(m_devices.get(), &QMediaDevices::videoInputsChanged, this, &CaptureDevices::camerasChanged);
    connect(m_devices.get(), &QMediaDevices::audioInputsChanged, this, &CaptureDevices::microphonesChanged);
}

CaptureDevices::~CaptureDevices() = default;

QList<CaptureDevice> CaptureDevices::cameras() const
{
    QList<CaptureDevice> out;
    const QList<QCameraDevice> inputs = QMediaDevices::videoInputs();
    for (const QCameraDevice &d : inputs)
        out.append(CaptureDevice{QString::fromUtf8(d.id()), d.description(), d.isDefault()});
    return out;
}

QList<CaptureDevice> CaptureDevices::microphones() const
{
    QList<CaptureDevice> out;
    const QList<QAudioDevice> inputs = QMediaDevices::audioInputs();
    for (const QAudioDevice &d : inputs)
        out.append(CaptureDevice{QString::fromUtf8(d.id()), d.description(), d.isDefault()});
    return out;
}

bool CaptureDevices::screenAvailable() const
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return ScreenSource::isAvailable();
#else
    return ScreenSource::isAvailable() && !qEnvironmentVariableIsEmpty("DISPLAY");
#endif
}

QString CaptureDevices::fallbackNotice() const
{
    const bool noCamera = offersSyntheticVideo(), noMicrophone = offersSyntheticAudio();
    if (noCamera && noMicrophone)
        return tr(
            "No camera or microphone was found: you can record the screen, or the test pattern and tone.");
    if (noCamera)
        return tr("No camera was found: you can record the screen or the test pattern.");
    if (noMicrophone)
        return tr("No microphone was found: record without sound or with the test tone.");
    return {};
}

} // namespace montaj
