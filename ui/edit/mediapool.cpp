#include "ui/edit/mediapool.h"

#include "core/media/mediaprobe.h"

#include <QDir>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace montaj::ui {

MediaPool::MediaPool(QObject *parent)
    : QObject(parent)
{}

MediaPool::~MediaPool()
{
    waitForIdle();
}

void MediaPool::request(const QString &given)
{
    const QString path = QDir::cleanPath(given);
    if (m_pending.contains(path))
        return;
    if (m_infos.contains(path)) {
        QMetaObject::invokeMethod(
            this, [this, path] { Q_EMIT probed(path); }, Qt::QueuedConnection);
        return;
    }
    if (m_errors.contains(path)) {
        const QString message = m_errors.value(path).message;
        QMetaObject::invokeMethod(
            this, [this, path, message] { Q_EMIT failed(path, message); }, Qt::QueuedConnection);
        return;
    }
    m_pending.insert(path);
    ++m_running;
    auto *watcher = new QFutureWatcher<Result<MediaInfo>>(this);
    connect(watcher, &QFutureWatcher<Result<MediaInfo>>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        --m_running;
        finished(path, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path] { return MediaProbe::probe(path); }));
}

void MediaPool::finished(const QString &path, const Result<MediaInfo> &result)
{
    if (!m_pending.remove(path))
        return; // forgotten meanwhile
    if (result) {
        m_infos.insert(path, *result);
        Q_EMIT probed(path);
    } else {
        m_errors.insert(path, result.error());
        Q_EMIT failed(path, result.error().message);
    }
}

const MediaInfo *MediaPool::info(const QString &path) const
{
    const auto it = m_infos.constFind(path);
    return it == m_infos.constEnd() ? nullptr : &it.value();
}

const Error *MediaPool::error(const QString &path) const
{
    const auto it = m_errors.constFind(path);
    return it == m_errors.constEnd() ? nullptr : &it.value();
}

void MediaPool::forget(const QString &path)
{
    m_infos.remove(path);
    m_errors.remove(path);
    m_pending.remove(path);
}

Result<Clip> MediaPool::clipFor(const QString &path) const
{
    if (const Error *e = error(path))
        return *e;
    const MediaInfo *media = info(path);
    if (!media)
        return Error(QStringLiteral("edit.media_not_probed"),
                     tr("“%1” is still being read.").arg(QDir::toNativeSeparators(path)),
                     {{QStringLiteral("file"), path}});
    Clip clip;
    clip.mediaPath = path;
    clip.sourceHasVideo = media->hasVideo();
    clip.sourceHasAudio = media->hasAudio();
    const bool still = media->hasVideo() && media->videoStreams.first().stillImage;
    if (media->hasVideo())
        clip.sourceSize = media->videoStreams.first().displaySize;
    clip.sourceDurationUs = still ? kStillSourceUs : media->durationUs;
    clip.inUs = 0;
    clip.outUs = still ? kStillClipUs : media->durationUs;
    clip.fit = FitMode::Fill;
    if (clip.outUs <= 0)
        return Error(QStringLiteral("edit.media_empty"),
                     tr("“%1” has no length to put on the timeline.").arg(QDir::toNativeSeparators(path)),
                     {{QStringLiteral("file"), path}});
    return clip;
}

Result<MusicTrack> MediaPool::musicFor(const QString &path, qint64 timelineUs) const
{
    if (const Error *e = error(path))
        return *e;
    const MediaInfo *media = info(path);
    if (!media)
        return Error(QStringLiteral("edit.media_not_probed"),
                     tr("“%1” is still being read.").arg(QDir::toNativeSeparators(path)),
                     {{QStringLiteral("file"), path}});
    if (!media->hasAudio())
        return Error(QStringLiteral("edit.media_no_sound"),
                     tr("“%1” has no sound to use as music.").arg(QDir::toNativeSeparators(path)),
                     {{QStringLiteral("file"), path}});
    MusicTrack music;
    music.path = path;
    music.startUs = std::max<qint64>(0, timelineUs);
    music.sourceDurationUs = media->durationUs;
    return music;
}

void MediaPool::waitForIdle()
{
    while (m_running > 0) {
        QThreadPool::globalInstance()->waitForDone(50);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

} // namespace montaj::ui
