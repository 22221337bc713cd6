#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace montaj::ui {

class PlatformConnection;

// Settings → Accounts: which platform Montaj talks to (the sandbox on this computer unless a real
// TikTok app is linked), the signed-in account, what it allowed, where the sign-in is kept, and
// the link / unlink actions. Shows; PlatformConnection does.
class AccountsPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit AccountsPanel(PlatformConnection &connection, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void askForTikTokApp();

    PlatformConnection &m_connection;
    QLabel *m_platform;
    QLabel *m_account;
    QLabel *m_scopes;
    QLabel *m_storage;
    QLabel *m_error;
    QPushButton *m_link;
    QPushButton *m_linkTikTok;
    QPushButton *m_unlink;
};

} // namespace montaj::ui
