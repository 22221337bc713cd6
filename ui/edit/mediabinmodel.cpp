#include "ui/edit/mediabinmodel.h"

#include "core/media/thumbnailer.h"
#include "ui/edit/editsession.h"
#include "ui/edit/mediapool.h"
#include "ui/edit/panelformat.h"

#include <QApplication>
#include <QBrush>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMimeData>
#include <QPalette>
#include <QStyle>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace montaj::ui {

MediaBinModel::MediaBinModel(EditSession *session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
    connect(session->media(), &MediaPool::probed, this, &MediaBinModel::changedPath);
    connect(session->media(), &MediaPool::failed, this, &MediaBinModel::changedPath);
}

MediaBinModel::~MediaBinModel() = default;

void MediaBinModel::reload()
{
    const ProjectDocument *doc = m_session->document();
    QList<Entry> entries;
    QHash<QString, qsizetype> index;
    const auto add = [&](const QString &path, bool inBin, bool used) {
        if (path.isEmpty())
            return;
        if (const auto it = index.constFind(path); it != index.constEnd()) {
            entries[*it].used = entries[*it].used || used;
            return;
        }
        index.insert(path, entries.size());
        entries.append({path, inBin, used});
    };
    for (const QString &path : doc->media())
        add(path, true, false);
    for (const Clip &clip : doc->clips())
        add(clip.mediaPath, false, true);
    if (doc->music().isSet())
        add(doc->music().path, false, true);

    beginResetModel();
    m_entries = entries;
    m_missing.clear();
    for (const Entry &e : std::as_const(m_entries)) {
        if (!QFileInfo(e.path).isFile()) {
            m_missing.insert(e.path);
            continue;
        }
        MediaPool *pool = m_session->media();
        if (!pool->isKnown(e.path) && !pool->isPending(e.path) && !pool->error(e.path))
            pool->request(e.path);
        else if (pool->isKnown(e.path))
            requestThumbnail(e.path);
    }
    endResetModel();
}

int MediaBinModel::rowOf(const QString &path) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].path == path)
            return int(i);
    return -1;
}

QString MediaBinModel::pathAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries[row].path : QString();
}

MediaBinModel::Status MediaBinModel::statusOf(const QString &path) const
{
    if (m_missing.contains(path))
        return Status::Missing;
    const MediaPool *pool = m_session->media();
    if (pool->error(path))
        return Status::Unreadable;
    if (pool->isKnown(path))
        return Status::Ready;
    return Status::Reading;
}

int MediaBinModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString MediaBinModel::details(const Entry &entry) const
{
    const Status status = statusOf(entry.path);
    switch (status) {
    case Status::Missing: return tr("Missing: use Relink… to find it");
    case Status::Unreadable: {
        const Error *error = m_session->media()->error(entry.path);
        return tr("Cannot be used: %1").arg(error ? error->message : QString());
    }
    case Status::Reading: return tr("Reading…");
    case Status::Ready: break;
    }
    const MediaInfo *info = m_session->media()->info(entry.path);
    if (!info)
        return tr("Reading…");
    QStringList parts;
    const VideoStreamInfo *video = info->video();
    if (video && video->stillImage)
        parts << tr("Picture");
    else
        parts << PanelFormat::duration(info->durationUs);
    if (video)
        parts << PanelFormat::resolution(video->displaySize);
    else if (info->hasAudio())
        parts << tr("Sound only");
    if (!entry.inBin)
        parts << tr("not in the bin");
    return parts.join(tr(" · ", "separates facts about a media file"));
}

QVariant MediaBinModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries[index.row()];
    const Status status = statusOf(e.path);
    switch (role) {
    case Qt::DisplayRole: return QString(QFileInfo(e.path).fileName() + QLatin1Char('\n') + details(e));
    case Qt::AccessibleTextRole: return tr("%1, %2").arg(QFileInfo(e.path).fileName(), details(e));
    case Qt::ToolTipRole: return QString(QDir::toNativeSeparators(e.path) + QLatin1Char('\n') + details(e));
    case Qt::ForegroundRole:
        if (status == Status::Missing || status == Status::Unreadable)
            return QBrush(PanelFormat::alertColor(QApplication::palette()));
        return {};
    case Qt::DecorationRole: {
        if (const auto it = m_thumbnails.constFind(e.path); it != m_thumbnails.constEnd() && !it->isNull())
            return *it;
        QStyle *style = QApplication::style();
        switch (status) {
        case Status::Missing: return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case Status::Unreadable: return style->standardIcon(QStyle::SP_MessageBoxCritical);
        case Status::Reading: return style->standardIcon(QStyle::SP_BrowserReload);
        case Status::Ready: break;
        }
        const MediaInfo *info = m_session->media()->info(e.path);
        return style->standardIcon(info && !info->hasVideo() ? QStyle::SP_MediaVolume : QStyle::SP_FileIcon);
    }
    case PathRole: return e.path;
    case StatusRole: return int(status);
    case InBinRole: return e.inBin;
    case UsedRole: return e.used;
    case ReasonRole:
        if (status == Status::Missing || status == Status::Unreadable)
            return details(e);
        return QString();
    case DetailsRole: return details(e);
    case NameRole: return QFileInfo(e.path).fileName();
    default: return {};
    }
}

Qt::ItemFlags MediaBinModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (index.isValid() && statusOf(pathAt(index.row())) == Status::Ready)
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList MediaBinModel::mimeTypes() const
{
    return {EditSession::kMediaMimeType, QStringLiteral("text/uri-list")};
}

QMimeData *MediaBinModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList paths;
    QList<QUrl> urls;
    for (const QModelIndex &index : indexes) {
        const QString path = pathAt(index.row());
        if (!path.isEmpty() && !paths.contains(path)) {
            paths << path;
            urls << QUrl::fromLocalFile(path);
        }
    }
    if (paths.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(EditSession::kMediaMimeType, paths.join(QLatin1Char('\n')).toUtf8());
    mime->setUrls(urls);
    return mime;
}

Qt::DropActions MediaBinModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

void MediaBinModel::retranslate()
{
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1));
}

void MediaBinModel::changedPath(const QString &path)
{
    const int row = rowOf(path);
    if (row < 0)
        return;
    if (statusOf(path) == Status::Ready)
        requestThumbnail(path);
    Q_EMIT dataChanged(index(row), index(row));
    Q_EMIT statusChanged(path);
}

void MediaBinModel::requestThumbnail(const QString &path)
{
    const MediaInfo *info = m_session->media()->info(path);
    if (!info || !info->hasVideo() || m_thumbnails.contains(path) || m_thumbnailPending.contains(path))
        return;
    m_thumbnailPending.insert(path);
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_thumbnailPending.remove(path);
        m_thumbnails.insert(path, watcher->result()); // a null picture: the icon stays, no retry
        if (const int row = rowOf(path); row >= 0)
            Q_EMIT dataChanged(index(row), index(row), {Qt::DecorationRole});
    });
    watcher->setFuture(QtConcurrent::run([path] {
        const auto strip = Thumbnailer::strip(path, 1, kThumbnailSize, Thumbnailer::Mode::Fast);
        return strip && !strip->isEmpty() ? strip->first() : QImage();
    }));
}

} // namespace montaj::ui
