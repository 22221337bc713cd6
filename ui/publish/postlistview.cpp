#include "ui/publish/postlistview.h"

#include "ui/publish/postlistmodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QSortFilterProxyModel>

namespace montaj::ui {

PostListView::PostListView(PostListModel &model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("postListView"));
    m_proxy->setSourceModel(&m_model);
    m_proxy->setSortRole(PostListModel::kSortRole);
    setModel(m_proxy);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    sortByColumn(PostListModel::TimeColumn, Qt::AscendingOrder);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionResizeMode(PostListModel::TimeColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(PostListModel::AccountColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(PostListModel::CaptionColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(PostListModel::StateColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(PostListModel::ReasonColumn, QHeaderView::Interactive);
    horizontalHeader()->resizeSection(PostListModel::ReasonColumn, 180);

    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT postSelected(current.data(PostListModel::kPostIdRole).toString());
            });
    // A reload resets the model: keep the same post selected.
    connect(&m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keep = selectedPost(); });
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        const QSignalBlocker quiet(selectionModel());
        selectPost(m_keep);
    });
    connect(this, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT postActivated(index.data(PostListModel::kPostIdRole).toString());
    });
}

QString PostListView::selectedPost() const
{
    return currentIndex().data(PostListModel::kPostIdRole).toString();
}

void PostListView::selectPost(const QString &postId)
{
    const int row = m_model.rowOf(postId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model.index(row, 0));
    setCurrentIndex(index);
}

void PostListView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        Q_EMIT postActivated(selectedPost());
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace montaj::ui
