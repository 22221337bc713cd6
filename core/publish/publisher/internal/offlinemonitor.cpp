#include "core/publish/publisher/internal/offlinemonitor.h"

#include "core/platform/platformapi.h"
#include "core/platform/platformerror.h"
#include "core/publish/publisher/internal/publisherlog.h"
#include "core/publish/publisher/publisher.h"

#include <QPointer>

namespace montaj {

OfflineMonitor::OfflineMonitor(AccountSessions *sessions, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &OfflineMonitor::probe);
}

bool OfflineMonitor::isTransportError(const Error &error)
{
    const PlatformErrorKind kind = PlatformError::kindOf(error);
    return kind == PlatformErrorKind::NetworkFailure || kind == PlatformErrorKind::NetworkTimeout;
}

void OfflineMonitor::suspect(const WorkspaceAccount &account)
{
    m_account = account;
    m_stopped = false;
    if (m_probing || m_timer.isActive())
        return; // an answer is on its way; it settles this too
    probe();
}

void OfflineMonitor::stop()
{
    m_stopped = true;
    m_timer.stop();
}

void OfflineMonitor::probe()
{
    if (m_stopped)
        return;
    m_probing = true;
    QPointer<OfflineMonitor> self(this);
    m_sessions->acquire(m_account, [self](Result<PlatformApi *> api) {
        if (!self)
            return;
        if (!api) {
            self->onAnswer(!isTransportError(api.error()));
            return;
        }
        (*api)->userInfo({QStringLiteral("open_id")}, [self](Result<UserInfo> info) {
            if (self)
                self->onAnswer(info.ok() || !isTransportError(info.error()));
        });
    });
}

void OfflineMonitor::onAnswer(bool answered)
{
    m_probing = false;
    if (m_stopped)
        return;
    if (!answered) {
        if (!m_offline) {
            m_offline = true;
            qCWarning(lcPublisher) << "the platform cannot be reached: publishing paused";
            Q_EMIT offlineChanged(true);
        }
        m_timer.start();
        return;
    }
    if (m_offline) {
        m_offline = false;
        qCInfo(lcPublisher) << "the platform answers again: publishing resumes";
        Q_EMIT offlineChanged(false);
    }
    Q_EMIT reachable();
}

} // namespace montaj
