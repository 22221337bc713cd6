#include "core/capture/microphonesource.h"

#include "core/capture/internal/microphonereader.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QThread>

namespace montaj {
namespace {

QAudioDevice findMicrophone(const QString &id)
{
    if (id.isEmpty())
        return QMediaDevices::defaultAudioInput();
    const QList<QAudioDevice> inputs = QMediaDevices::audioInputs();
    for (const QAudioDevice &d : inputs)
        if (QString::fromUtf8(d.id()) == id)
            return d;
    return {};
}

} // namespace

MicrophoneSource::MicrophoneSource(QString deviceId)
    : m_deviceId(std::move(deviceId))
{}

MicrophoneSource::~MicrophoneSource()
{
    stopAudio();
}

QString MicrophoneSource::audioName() const
{
    const QAudioDevice d = findMicrophone(m_deviceId);
    return d.isNull() ? tr("Microphone") : d.description();
}

Result<void> MicrophoneSource::startAudio(ChunkHandler onChunk, CaptureErrorHandler onError)
{
    stopAudio();
    const QAudioDevice device = findMicrophone(m_deviceId);
    if (device.isNull())
        return Error(QStringLiteral("capture.no_microphone"),
                     m_deviceId.isEmpty()
                         ? tr("No microphone was found. Connect one, or record without sound or "
                              "with the test tone.")
                         : tr("The chosen microphone is not connected any more."),
                     {{QStringLiteral("device"), m_deviceId}});
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("montaj-microphone"));
    m_reader = new MicrophoneReader(std::move(onChunk), std::move(onError));
    m_reader->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_reader, &QObject::deleteLater);
    m_thread->start();
    Result<void> opened;
    QMetaObject::invokeMethod(
        m_reader, [this, device, &opened] { opened = m_reader->open(device); }, Qt::BlockingQueuedConnection);
    if (!opened)
        stopAudio();
    return opened;
}

void MicrophoneSource::stopAudio()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_reader, [this] { m_reader->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait(); // the reader is deleted on its thread as it finishes
    m_reader = nullptr;
    m_thread.reset();
}

} // namespace montaj
