#include "ui/publish/postlistmodel.h"

#include "core/publish/postlifecycle.h"
#include "ui/publish/accountcolours.h"
#include "ui/publish/postcalendarmodel.h"
#include "ui/publish/publishtext.h"

#include <QColor>
#include <QPalette>

namespace montaj::ui {

PostListModel::PostListModel(PostCalendarModel &posts, QObject *parent)
    : QAbstractTableModel(parent)
    , m_posts(posts)
{
    connect(&m_posts, &PostCalendarModel::reloaded, this, &PostListModel::refresh);
    refresh();
}

void PostListModel::refresh()
{
    beginResetModel();
    m_rows = m_posts.posts();
    endResetModel();
}

int PostListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PostListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int PostListModel::rowOf(const QString &postId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == postId)
            return static_cast<int>(i);
    return -1;
}

void PostListModel::setProgress(const QString &postId, const QString &text)
{
    if (text.isEmpty())
        m_progress.remove(postId);
    else
        m_progress.insert(postId, text);
    if (const int row = rowOf(postId); row >= 0)
        Q_EMIT dataChanged(index(row, StateColumn), index(row, StateColumn));
}

QVariant PostListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Post &post = m_rows.at(index.row());
    if (role == kPostIdRole)
        return post.id;
    const WorkspaceAccount account = m_posts.account(post.accountId);
    switch (index.column()) {
    case TimeColumn:
        if (role == Qt::DisplayRole)
            return PublishText::when(post);
        if (role == kSortRole) // unscheduled drafts last
            return post.scheduled.utc.isValid() ? post.scheduled.utc.toMSecsSinceEpoch()
                                                : std::numeric_limits<qint64>::max();
        break;
    case AccountColumn:
        if (role == Qt::DisplayRole || role == kSortRole)
            return PublishText::handle(account);
        if (role == Qt::DecorationRole)
            return AccountColours::of(account);
        break;
    case CaptionColumn:
        if (role == Qt::DisplayRole || role == kSortRole)
            return post.caption.simplified();
        if (role == Qt::ToolTipRole)
            return post.caption;
        break;
    case StateColumn:
        if (role == Qt::DisplayRole)
            return m_progress.value(post.id, PostLifecycle::displayName(post.state));
        if (role == kSortRole)
            return static_cast<int>(post.state);
        break;
    case ReasonColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == kSortRole)
            return post.state == PostState::Failed || !post.failReason.isEmpty() ? post.failReason
                                                                                 : QString();
        if (role == Qt::ForegroundRole && post.state == PostState::Failed)
            return QColor(0xc6, 0x28, 0x28);
        break;
    default: break;
    }
    return {};
}

QVariant PostListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case AccountColumn: return tr("Account");
    case CaptionColumn: return tr("Caption");
    case StateColumn: return tr("Status");
    case ReasonColumn: return tr("Reason");
    default: return {};
    }
}

} // namespace montaj::ui
