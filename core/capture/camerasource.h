#pragma once

#include "core/capture/videosource.h"

#include <QObject>

#include <memory>
#include <mutex>

class QCamera;
class QMediaCaptureSession;
class QMediaDevices;
class QVideoFrame;
class QVideoSink;

namespace montaj {

// A camera through Qt Multimedia: QCamera → QMediaCaptureSession → QVideoSink, each picture
// converted to RGB on the backend's thread and handed on. Picks the camera's format closest to
// 1920×1080 at 30 fps or more. A camera that is missing, busy, refused or unplugged is a clear
// Error (capture.no_camera, capture.device_busy, capture.permission_denied, capture.device_lost).
// Lives on the thread that made it (the UI's: Qt Multimedia wants an event loop). Not a device
// list (CaptureDevices) and not a preview widget.
class CameraSource : public QObject, public VideoCaptureSource
{
    Q_OBJECT

public:
    // deviceId: QCameraDevice::id() as text (CaptureDevices::cameras()); empty: the default camera.
    explicit CameraSource(QString deviceId = {}, QObject *parent = nullptr);
    ~CameraSource() override;

    QString videoName() const override;
    double frameRate() const override { return m_fps; }
    Result<void> startVideo(FrameHandler onFrame, CaptureErrorHandler onError) override;
    void stopVideo() override;

    // Maps Qt's camera error text to one of our errors (public for the tests).
    static Error cameraError(const QString &backendText);

private:
    void deliver(const QVideoFrame &frame);
    void fail(const Error &error);
    void checkStillPresent();

    QString m_deviceId;
    QString m_name;
    double m_fps = 30;
    std::unique_ptr<QMediaDevices> m_devices;
    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QCamera> m_camera;
    std::unique_ptr<QVideoSink> m_sink;
    std::mutex m_handlerMutex; // held while a handler runs; stopVideo takes it to fence them off
    FrameHandler m_onFrame;
    CaptureErrorHandler m_onError;
    bool m_failed = false;
    qint64 m_number = 0;
};

} // namespace montaj
