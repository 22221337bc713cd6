#include "core/capture/camerasource.h"

#include <QCamera>
#include <QCameraDevice>
#include <QCameraFormat>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVideoFrame>
#include <QVideoSink>

#include <cmath>

namespace montaj {
namespace {

QCameraDevice findCamera(const QString &id)
{
    if (id.isEmpty())
        return QMediaDevices::defaultVideoInput();
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    for (const QCameraDevice &d : cameras)
        if (QString::fromUtf8(d.id()) == id)
            return d;
    return {};
}

// The format closest to 1080p with at least 30 fps; smaller wins over larger at equal distance.
QCameraFormat bestFormat(const QCameraDevice &device)
{
    QCameraFormat best;
    qint64 bestScore = INT64_MAX;
    const QList<QCameraFormat> formats = device.videoFormats();
    for (const QCameraFormat &f : formats) {
        const QSize s = f.resolution();
        qint64 score = std::llabs(qint64(s.width()) * s.height() - 1920LL * 1080);
        if (f.maxFrameRate() < 29.0f)
            score += 1LL << 40;
        if (score < bestScore) {
            bestScore = score;
            best = f;
        }
    }
    return best;
}

} // namespace

CameraSource::CameraSource(QString deviceId, QObject *parent)
    : QObject(parent)
    , m_deviceId(std::move(deviceId))
{}

CameraSource::~CameraSource()
{
    stopVideo();
}

QString CameraSource::videoName() const
{
    if (!m_name.isEmpty())
        return m_name;
    const QCameraDevice d = findCamera(m_deviceId);
    return d.isNull() ? tr("Camera") : d.description();
}

Error CameraSource::cameraError(const QString &backendText)
{
    const QString t = backendText.toLower();
    if (t.contains(QLatin1String("busy")) || t.contains(QLatin1String("in use")))
        return Error(QStringLiteral("capture.device_busy"),
                     tr("The camera is in use by another program. Close it and try again."),
                     {{QStringLiteral("reason"), backendText}});
    if (t.contains(QLatin1String("permission")) || t.contains(QLatin1String("denied"))
        || t.contains(QLatin1String("not authorized")))
        return Error(
            QStringLiteral("capture.permission_denied"),
            tr("Montaj is not allowed to use the camera. Allow it in the system's privacy settings."),
            {{QStringLiteral("reason"), backendText}});
    return Error(QStringLiteral("capture.camera_failed"), tr("The camera stopped working."),
                 {{QStringLiteral("reason"), backendText}});
}

Result<void> CameraSource::startVideo(FrameHandler onFrame, CaptureErrorHandler onError)
{
    stopVideo();
    const QCameraDevice device = findCamera(m_deviceId);
    if (device.isNull())
        return Error(QStringLiteral("capture.no_camera"),
                     m_deviceId.isEmpty()
                         ? tr("No camera was found. Connect one, or record the screen or the test "
                              "pattern instead.")
                         : tr("The chosen camera is not connected any more."),
                     {{QStringLiteral("device"), m_deviceId}});
    m_name = device.description();
    {
        std::lock_guard lock(m_handlerMutex);
        m_onFrame = std::move(onFrame);
        m_onError = std::move(onError);
        m_failed = false;
        m_number = 0;
    }
    m_camera = std::make_unique<QCamera>(device);
    if (const QCameraFormat format = bestFormat(device); !format.isNull()) {
        m_camera->setCameraFormat(format);
        m_fps = double(format.maxFrameRate());
    }
    m_sink = std::make_unique<QVideoSink>();
    m_session = std::make_unique<QMediaCaptureSession>();
    m_session->setCamera(m_camera.get());
    m_session->setVideoSink(m_sink.get());
    // Frames arrive on the backend's thread: convert there, never on the UI thread.
    connect(
        m_sink.get(), &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &f) { deliver(f); },
        Qt::DirectConnection);
    connect(m_camera.get(), &QCamera::errorOccurred, this,
            [this](QCamera::Error, const QString &text) { fail(cameraError(text)); });
    m_devices = std::make_unique<QMediaDevices>();
    connect(m_devices.get(), &QMediaDevices::videoInputsChanged, this, &CameraSource::checkStillPresent);
    m_camera->start();
    if (m_camera->error() != QCamera::NoError) {
        const Error error = cameraError(m_camera->errorString());
        stopVideo();
        return error;
    }
    return {};
}

void CameraSource::stopVideo()
{
    {
        std::lock_guard lock(m_handlerMutex);
        m_onFrame = nullptr;
        m_onError = nullptr;
    }
    if (m_camera)
        m_camera->stop();
    if (m_sink)
        m_sink->disconnect(this);
    m_session.reset();
    m_camera.reset();
    m_sink.reset();
    m_devices.reset();
}

void CameraSource::deliver(const QVideoFrame &frame)
{
    std::lock_guard lock(m_handlerMutex);
    if (!m_onFrame || !frame.isValid())
        return;
    const qint64 now = captureClockUs();
    QImage image = frame.toImage();
    if (image.format() != QImage::Format_RGB32 && image.format() != QImage::Format_ARGB32
        && image.format() != QImage::Format_ARGB32_Premultiplied && image.format() != QImage::Format_RGBX8888
        && image.format() != QImage::Format_RGBA8888)
        image = image.convertToFormat(QImage::Format_RGB32);
    m_onFrame(VideoFrame{std::move(image), now, m_number++});
}

void CameraSource::fail(const Error &error)
{
    std::lock_guard lock(m_handlerMutex);
    if (m_failed || !m_onError)
        return;
    m_failed = true;
    m_onError(error);
}

void CameraSource::checkStillPresent()
{
    if (!m_camera)
        return;
    const QByteArray id = m_camera->cameraDevice().id();
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    for (const QCameraDevice &d : cameras)
        if (d.id() == id)
            return;
    fail(Error(QStringLiteral("capture.device_lost"), tr("The camera was disconnected."),
               {{QStringLiteral("device"), QString::fromUtf8(id)}}));
}

} // namespace montaj
