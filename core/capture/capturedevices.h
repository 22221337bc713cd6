#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QMediaDevices;

namespace montaj {

// One camera or microphone as the Record page lists it.
struct CaptureDevice
{
    QString id;   // pass to CameraSource / MicrophoneSource
    QString name; // the system's description
    bool isDefault = false;
};

// What there is to record from, following hot-plug: cameras and microphones (Qt Multimedia's
// QMediaDevices, whose change signals are forwarded), whether the screen can be recorded, and
// whether the synthetic test pattern/tone should be offered — when there is no camera or no
// microphone, so the Record page is never a dead end. Lives on the UI thread. Not a source itself.
class CaptureDevices : public QObject
{
    Q_OBJECT

public:
    explicit CaptureDevices(QObject *parent = nullptr);
    ~CaptureDevices() override;

    QList<CaptureDevice> cameras() const;
    QList<CaptureDevice> microphones() const;
    // A screen capture device in this build and (X11) a display to grab.
    bool screenAvailable() const;
    bool offersSyntheticVideo() const { return cameras().isEmpty(); }
    bool offersSyntheticAudio() const { return microphones().isEmpty(); }
    // One line for the Record page when nothing real is there ("No camera or microphone…"); empty
    // when both exist.
    QString fallbackNotice() const;

Q_SIGNALS:
    void camerasChanged();
    void microphonesChanged();

private:
    std::unique_ptr<QMediaDevices> m_devices;
};

} // namespace montaj
