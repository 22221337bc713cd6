#pragma once

#include "core/foundation/result.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QMimeData;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;

namespace montaj {
class ProjectDocument;
}

namespace montaj::ui {

class EditSession;
class MediaBinModel;
class MessageBar;
class RelinkDialog;

// The Edit page's media bin: lists the project's media with a picture, name, length, size and a
// badge for files that are missing or cannot be read (with the reason); imports files by dialog or
// by dropping them from the desktop (one undo step), drags them to the timeline, adds them to the
// timeline, inserts them at the playhead, uses one as music, takes them off the bin and relinks
// missing ones. Not for probing (MediaPool) nor for the timeline's own drop handling.
class MediaBinPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MediaBinPanel(EditSession *session, QWidget *parent = nullptr);
    ~MediaBinPanel() override;

    // The files the import dialog returns; tests replace it.
    void setImportChooser(std::function<QStringList()> chooser);
    // Adds files to the bin as one undo step and starts reading them (what a drop and the import
    // dialog do). Folders and unknown paths are refused with the reason shown.
    Result<void> importFiles(const QStringList &paths);

    MediaBinModel *binModel() const { return m_model; }
    QListView *view() const { return m_view; }
    // Selected paths in list order, and selecting for tests and the page.
    QStringList selectedPaths() const;
    void selectPaths(const QStringList &paths);
    void setFilterText(const QString &text);
    int visibleCount() const;
    // The message shown above the list (errors, "still reading…"), empty when none.
    QString messageText() const;
    RelinkDialog *relinkDialog() const { return m_relink; }

    // The actions, on the selection.
    void importByDialog();
    void addToTimeline();
    void insertAtPlayhead();
    void useAsMusic();
    void removeFromBin();
    void openRelinkDialog();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void watch(ProjectDocument *document);
    void reload();
    void updateActions();
    void showMenu(const QPoint &at);
    void retranslate();
    bool report(const Result<void> &result);
    QStringList droppedFiles(const QMimeData *mime) const;

    EditSession *m_session;
    QPointer<ProjectDocument> m_watched;
    MediaBinModel *m_model;
    QSortFilterProxyModel *m_proxy;
    MessageBar *m_message;
    QLineEdit *m_filter;
    QListView *m_view;
    QLabel *m_empty;
    QPushButton *m_import;
    QAction *m_importAction;
    QAction *m_add;
    QAction *m_insert;
    QAction *m_music;
    QAction *m_remove;
    QAction *m_relinkAction;
    QPointer<RelinkDialog> m_relink;
    std::function<QStringList()> m_chooser;
};

} // namespace montaj::ui
