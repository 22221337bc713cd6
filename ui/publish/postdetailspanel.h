#pragma once

#include "core/foundation/result.h"
#include "core/publish/posttypes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace montaj {
class WorkspaceService;
}

namespace montaj::ui {

// The side panel of the Publish page for the selected post: account, time, status (with a live
// progress bar while a publisher reports on it), the failure reason, the audit history
// (WorkspaceStore::history) and what a person may do next, as PostLifecycle allows it: Edit,
// Approve / Reject (with a reason) for posts waiting for approval, Retry for failed ones, Cancel.
// Loads through WorkspaceService; does not publish.
class PostDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PostDetailsPanel(WorkspaceService &service, QWidget *parent = nullptr);

    void showPost(const QString &postId); // empty: nothing selected
    void reload();
    QString postId() const { return m_postId; }
    const Post &post() const { return m_post; }
    // Live progress (from Publisher::postProgress and friends); ignored for other posts.
    void setProgress(const QString &postId, PublishStage stage, qint64 done, qint64 total);
    void clearProgress(const QString &postId);
    static QString progressText(PublishStage stage, qint64 done, qint64 total);

    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLineEdit *rejectReason() const { return m_reason; }

Q_SIGNALS:
    void editRequested(const QString &postId);
    void postChanged(const montaj::Post &post);
    void failed(const montaj::Error &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();
    void showHistory(const QList<PostEvent> &events);
    void finishAction(Result<Post> result);

    WorkspaceService &m_service;
    QString m_postId;
    Post m_post;
    WorkspaceAccount m_account;
    QList<PostEvent> m_history;
    quint64 m_request = 0;
    bool m_busy = false;

    QLabel *m_title;
    QLabel *m_when;
    QLabel *m_state;
    QProgressBar *m_progress;
    QLabel *m_reasonLabel;
    QLabel *m_caption;
    QLabel *m_historyTitle;
    QListWidget *m_historyList;
    QPushButton *m_edit;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QLineEdit *m_reason;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QLabel *m_empty;
    QWidget *m_content;
};

} // namespace montaj::ui
