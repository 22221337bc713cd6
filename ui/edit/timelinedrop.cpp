#include "ui/edit/timelinedrop.h"

#include "core/edit/projectvalidator.h"
#include "core/edit/timelineedits.h"
#include "ui/edit/editsession.h"
#include "ui/edit/mediapool.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QUndoStack>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace montaj::ui {

TimelineDropHandler::TimelineDropHandler(EditSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(m_session->media(), &MediaPool::probed, this, &TimelineDropHandler::onMediaKnown);
    connect(m_session->media(), &MediaPool::failed, this, &TimelineDropHandler::onMediaKnown);
    connect(m_session, &EditSession::documentChanged, this, [this] { m_pending.clear(); });
}

QStringList TimelineDropHandler::pathsFrom(const QMimeData *mime)
{
    QStringList paths;
    if (!mime)
        return paths;
    if (mime->hasFormat(EditSession::kMediaMimeType)) {
        const QString text = QString::fromUtf8(mime->data(EditSession::kMediaMimeType));
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (QDir::isAbsolutePath(line.trimmed()))
                paths << QDir::cleanPath(line.trimmed());
    } else if (mime->hasUrls()) {
        for (const QUrl &url : mime->urls())
            if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
                paths << QDir::cleanPath(url.toLocalFile());
    }
    paths.removeDuplicates();
    return paths;
}

void TimelineDropHandler::drop(const QStringList &paths, qsizetype beforeIndex, bool onMusicLane,
                               qint64 timelineUs)
{
    if (paths.isEmpty())
        return;
    const ProjectDocument *doc = m_session->document();
    Pending drop{paths, QString(), onMusicLane, timelineUs};
    if (beforeIndex >= 0 && beforeIndex < doc->clips().size())
        drop.beforeClipId = doc->clips().at(beforeIndex).id;
    m_pending << drop;
    for (const QString &path : paths)
        m_session->media()->request(path); // answers (queued) even when known already
}

void TimelineDropHandler::onMediaKnown()
{
    const MediaPool *media = m_session->media();
    for (qsizetype i = 0; i < m_pending.size();) {
        const Pending &drop = m_pending.at(i);
        const bool ready = std::all_of(drop.paths.begin(), drop.paths.end(), [media](const QString &path) {
            return media->isKnown(path) || media->error(path);
        });
        if (!ready) {
            ++i;
            continue;
        }
        const Pending done = m_pending.takeAt(i);
        finish(done);
    }
}

void TimelineDropHandler::finish(const Pending &drop)
{
    ProjectDocument *doc = m_session->document();
    const MediaPool *media = m_session->media();
    QStringList problems;
    QList<Clip> clips;
    std::optional<MusicTrack> music;
    QStringList used;
    for (const QString &path : drop.paths) {
        const MediaInfo *info = media->info(path);
        if (drop.onMusicLane && !music && info && info->hasAudio() && !info->hasVideo()) {
            auto track = media->musicFor(path, drop.timelineUs);
            if (track && ProjectValidator::checkMusic(*track)) {
                music = *track;
                used << path;
                continue;
            }
        }
        auto clip = media->clipFor(path);
        if (!clip) {
            problems << clip.error().message;
            continue;
        }
        if (auto r = ProjectValidator::checkClip(*clip); !r) {
            problems << r.error().message;
            continue;
        }
        clips << *clip;
        used << path;
    }
    for (const QString &problem : std::as_const(problems))
        Q_EMIT errorOccurred(problem);
    if (music && *music == doc->music())
        music.reset(); // the same music again: nothing to do
    if (clips.isEmpty() && !music)
        return;

    TimelineEdits edits(*doc);
    const auto before = doc->clipIndex(drop.beforeClipId);
    QStringList ids;
    doc->undoStack()->beginMacro(music && clips.isEmpty() ? tr("Add music") : tr("Add to the timeline"));
    if (!clips.isEmpty()) {
        auto inserted = edits.insertClips(clips, before ? *before : -1);
        if (inserted)
            ids = *inserted;
        else
            Q_EMIT errorOccurred(inserted.error().message);
    }
    if (music) {
        if (auto r = doc->setMusic(*music); !r)
            Q_EMIT errorOccurred(r.error().message);
    }
    (void)doc->addMedia(used); // files from the file manager join the media bin too
    doc->undoStack()->endMacro();
    if (!ids.isEmpty()) {
        m_session->setSelection(ids);
        Q_EMIT inserted(ids);
    }
}

} // namespace montaj::ui
