#pragma once

#include "core/foundation/error.h"
#include "core/publish/posttypes.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace montaj {
class WorkspaceService;
}

namespace montaj::ui {

// Asks what to do with posts whose time passed while Montaj was closed, when the workspace's
// missed-post policy is "Ask": publish the ticked ones now, or skip them (they are cancelled and stay
// in the history). Posts left unanswered are asked about again next time. Not the policy setting.
class MissedPostsDialog : public QDialog
{
    Q_OBJECT

public:
    MissedPostsDialog(WorkspaceService &service, const QList<Post> &missed,
                      const QList<WorkspaceAccount> &accounts, QWidget *parent = nullptr);

    int remaining() const;
    QListWidget *list() const { return m_list; }
    QPushButton *publishButton() const { return m_publish; }
    QPushButton *skipButton() const { return m_skip; }

Q_SIGNALS:
    void failed(const montaj::Error &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void answer(bool publish);
    void retranslate();

    WorkspaceService &m_service;
    QLabel *m_intro;
    QListWidget *m_list;
    QPushButton *m_later;
    QPushButton *m_skip;
    QPushButton *m_publish;
    int m_pending = 0;
};

} // namespace montaj::ui
