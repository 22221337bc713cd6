#pragma once

#include <QTableView>

class QSortFilterProxyModel;

namespace montaj::ui {

class PostListModel;

// The list view of the Publish page: every post of the period in a sortable table (time, account,
// caption, status, reason), keyboard first: arrows select, Enter opens. Not the model.
class PostListView : public QTableView
{
    Q_OBJECT

public:
    explicit PostListView(PostListModel &model, QWidget *parent = nullptr);

    QString selectedPost() const;
    void selectPost(const QString &postId);
    PostListModel &listModel() const { return m_model; }

Q_SIGNALS:
    void postSelected(const QString &postId);
    void postActivated(const QString &postId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    PostListModel &m_model;
    QSortFilterProxyModel *m_proxy;
    QString m_keep;
};

} // namespace montaj::ui
