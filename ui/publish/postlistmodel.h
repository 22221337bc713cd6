#pragma once

#include "core/publish/posttypes.h"

#include <QAbstractTableModel>
#include <QHash>

namespace montaj::ui {

class PostCalendarModel;

// The posts of the calendar model as a table: time (in the post's zone), account, caption, state
// (with live publishing progress when a publisher reports it) and the failure reason. Unscheduled
// drafts are listed too. Qt::UserRole is the post id, kSortRole a sortable key. Not editable.
class PostListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, AccountColumn, CaptionColumn, StateColumn, ReasonColumn, ColumnCount };
    static constexpr int kPostIdRole = Qt::UserRole;
    static constexpr int kSortRole = Qt::UserRole + 1;

    explicit PostListModel(PostCalendarModel &posts, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &postId) const; // -1 when not listed
    // Live text for the state column while a post publishes ("Uploading 40 %"); empty clears it.
    void setProgress(const QString &postId, const QString &text);

private:
    void refresh();

    PostCalendarModel &m_posts;
    QList<Post> m_rows;
    QHash<QString, QString> m_progress;
};

} // namespace montaj::ui
