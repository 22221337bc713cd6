#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QSet>

namespace montaj {
class ProjectDocument;
}

namespace montaj::ui {

class EditSession;

// The rows of the media bin: the files imported into the project, then the files clips and music
// use that are not in the bin, each with what the media pool knows (length, picture size, or why it
// cannot be used) and a small picture made off the UI thread and cached. Drags carry the paths as
// EditSession::kMediaMimeType (and file URLs). Not for importing or editing: MediaBinPanel does that.
class MediaBinModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Status { Reading, Ready, Missing, Unreadable };
    enum Role {
        PathRole = Qt::UserRole + 1,
        StatusRole,  // int(Status)
        InBinRole,   // listed in ProjectDocument::media()
        UsedRole,    // a clip or the music uses it
        ReasonRole,  // why it cannot be used (missing / unreadable), empty otherwise
        DetailsRole, // "0:02 · 320 × 240" or the reason
        NameRole     // the file name, what the filter box matches
    };
    static constexpr QSize kThumbnailSize{96, 64};

    explicit MediaBinModel(EditSession *session, QObject *parent = nullptr);
    ~MediaBinModel() override;

    // Reads the list again from the document (after any change) and asks the pool about new files.
    void reload();
    int rowOf(const QString &path) const;
    QString pathAt(int row) const;
    Status statusOf(const QString &path) const;
    bool hasThumbnail(const QString &path) const { return !m_thumbnails.value(path).isNull(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    // Texts are made in data(); a language change only needs the views to ask again.
    void retranslate();

Q_SIGNALS:
    // A row's status changed (probed, failed): the panel updates its actions.
    void statusChanged(const QString &path);

private:
    struct Entry
    {
        QString path;
        bool inBin = false;
        bool used = false;
    };
    void changedPath(const QString &path);
    void requestThumbnail(const QString &path);
    QString details(const Entry &entry) const;

    EditSession *m_session;
    QList<Entry> m_entries;
    QHash<QString, QImage> m_thumbnails; // kept across reloads: a file is pictured once
    QSet<QString> m_thumbnailPending;
    QSet<QString> m_missing;
};

} // namespace montaj::ui
