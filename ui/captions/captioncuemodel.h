#pragma once

#include "core/captions/captionchecks.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace montaj {
class ProjectDocument;
}

namespace montaj::ui {

class EditSession;

// The Captions tab's cue list: one row per cue of the open project (start, end, text, checks).
// Editing a cell is one document verb and one undo step; the cue under the playhead is marked;
// the checks column says in words what is over a limit. Follows undo, redo and edits made
// elsewhere. Not for file import/export (CaptionsPanel) nor for drawing captions.
class CaptionCueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Start, End, Text, Checks, ColumnCount };
    static constexpr int IssueCountRole = Qt::UserRole + 1;

    explicit CaptionCueModel(EditSession *session, QObject *parent = nullptr);

    void setThresholds(const CaptionThresholds &thresholds);
    const CaptionThresholds &thresholds() const { return m_thresholds; }
    const QList<CaptionIssue> &issues() const { return m_issues; }
    qsizetype currentCue() const { return m_current; } // under the playhead, or -1

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void trackChanged(); // anything in the track, also its style and output (rows may not change)
    void editFailed(const QString &message);
    void currentCueChanged(qsizetype row);

private:
    void watch(ProjectDocument *document);
    void refresh();
    void followPlayhead(qint64 us);
    QList<CaptionIssue> issuesOf(qsizetype row) const;

    EditSession *m_session;
    QPointer<ProjectDocument> m_watched;
    CaptionThresholds m_thresholds;
    QList<CaptionIssue> m_issues;
    qsizetype m_rows = 0;
    qsizetype m_current = -1;
};

} // namespace montaj::ui
