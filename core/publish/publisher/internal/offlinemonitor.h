#pragma once

#include "core/foundation/error.h"
#include "core/publish/posttypes.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace montaj {

class AccountSessions;

// Decides, after a transport error ("could not connect", a reply cut short), whether the platform can
// be reached: one cheap call (user/info with the account's session). While it cannot, the publisher
// is offline and the call is repeated every few seconds; the first answer of any kind (even a
// refusal) means it is back. Not a watcher of network interfaces.
class OfflineMonitor : public QObject
{
    Q_OBJECT

public:
    OfflineMonitor(AccountSessions *sessions, std::chrono::milliseconds interval, QObject *parent = nullptr);

    bool isOffline() const { return m_offline; }
    bool isProbing() const { return m_probing; }
    // A transport error met while talking as `account`: ask the platform now (unless already asking).
    void suspect(const WorkspaceAccount &account);
    void stop();

    static bool isTransportError(const Error &error);

Q_SIGNALS:
    void offlineChanged(bool offline);
    void reachable(); // the platform answered: work waiting for it may go on

private:
    void probe();
    void onAnswer(bool answered);

    AccountSessions *m_sessions = nullptr;
    WorkspaceAccount m_account;
    QTimer m_timer;
    bool m_offline = false;
    bool m_probing = false;
    bool m_stopped = false;
};

} // namespace montaj
