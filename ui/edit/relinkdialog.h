#pragma once

#include "core/foundation/result.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace montaj {
class ProjectDocument;
}

namespace montaj::ui {

class MediaPool;

// Lists the media the project uses that is no longer on disk and lets the user point each file at
// its new place: one by one ("Locate…", warning when the new file's length differs from the one the
// clip recorded) or by searching a folder for the same names. Applying relinks every file as ONE
// undo step ("Relink media"). Not for replacing media that still exists.
class RelinkDialog : public QDialog
{
    Q_OBJECT

public:
    // `media` may be null: candidates are then not read, and no length is compared.
    RelinkDialog(ProjectDocument &document, MediaPool *media, QWidget *parent = nullptr);
    ~RelinkDialog() override;

    // Where a missing file is now; the default asks with a file dialog. Tests replace it.
    void setFileChooser(std::function<QString(const QString &missingPath)> chooser);
    // Which folder to search; the default asks with a folder dialog.
    void setFolderChooser(std::function<QString()> chooser);

    QStringList missing() const { return m_missing; }
    QString candidate(const QString &missingPath) const { return m_rows.value(missingPath).candidate; }
    // A warning about the candidate (its length differs, it cannot be read), empty when none.
    QString warning(const QString &missingPath) const { return m_rows.value(missingPath).warning; }
    QString statusText() const;
    bool isSearching() const { return m_searching; }

    // Asks the chooser for the file that replaces `missingPath` (the "Locate…" button).
    void locate(const QString &missingPath);
    // Uses `file` for `missingPath`, as if the user had chosen it.
    void setCandidate(const QString &missingPath, const QString &file);
    // Asks for a folder and looks there for every missing file by name (off the UI thread).
    void searchFolder();
    void searchFolder(const QString &folder);
    // Relinks every file that has a usable candidate as one undo step; closes the dialog on success.
    Result<void> apply();

Q_SIGNALS:
    void searchFinished(int found);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QString candidate;
        QString warning;
        bool usable = false;
    };
    void reload();
    void updateRow(const QString &missingPath);
    void checkCandidate(const QString &missingPath);
    void candidateRead(const QString &path);
    void candidateFailed(const QString &path, const QString &message);
    qint64 recordedDurationUs(const QString &missingPath) const;
    void updateButtons();
    void retranslate();

    ProjectDocument &m_document;
    QPointer<MediaPool> m_media;
    QStringList m_missing;
    QHash<QString, Row> m_rows;
    std::function<QString(const QString &)> m_fileChooser;
    std::function<QString()> m_folderChooser;
    bool m_searching = false;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_locate;
    QPushButton *m_search;
    QPushButton *m_apply;
    QPushButton *m_cancel;
};

} // namespace montaj::ui
