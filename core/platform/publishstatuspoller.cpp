#include "core/platform/publishstatuspoller.h"

#include "core/platform/internal/platformlog.h"
#include "core/platform/platformerror.h"

#include <QPointer>

namespace montaj {

PublishStatusPoller::PublishStatusPoller(PlatformApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_interval = floorInterval();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early: over the rate limit
    connect(&m_timer, &QTimer::timeout, this, &PublishStatusPoller::poll);
}

std::chrono::milliseconds PublishStatusPoller::floorInterval() const
{
    const int perMinute = m_api->profile().rateLimits().limitFor(QStringLiteral("status_fetch"));
    return std::chrono::milliseconds(perMinute > 0 ? (60000 + perMinute - 1) / perMinute : 2000);
}

void PublishStatusPoller::setInterval(std::chrono::milliseconds interval)
{
    m_interval = std::max(interval, floorInterval());
}

void PublishStatusPoller::start(const QString &publishId)
{
    m_publishId = publishId;
    m_lastStatus.clear();
    m_running = true;
    m_polls = 0;
    m_failures = 0;
    m_clock.start();
    m_timer.start(0);
}

void PublishStatusPoller::stop()
{
    m_running = false;
    m_timer.stop();
}

void PublishStatusPoller::poll()
{
    if (!m_running || m_inFlight)
        return;
    if (std::chrono::milliseconds(m_clock.elapsed()) > m_timeout) {
        stop();
        Q_EMIT failed(PlatformError::make(PlatformErrorKind::NetworkTimeout,
                                          {{QStringLiteral("publish_id"), m_publishId}}));
        return;
    }
    m_inFlight = true;
    ++m_polls;
    QPointer<PublishStatusPoller> self(this);
    m_api->fetchStatus(m_publishId, [self](Result<PublishStatus> status) {
        if (self)
            self->onStatus(std::move(status));
    });
}

void PublishStatusPoller::onStatus(Result<PublishStatus> status)
{
    m_inFlight = false;
    if (!m_running)
        return;
    if (!status) {
        const Error &error = status.error();
        if (PlatformError::actionOf(error) == RecoveryAction::Retry && m_retry.canRetry(++m_failures)) {
            const qint64 delay = m_retry.delayMs(m_failures, PlatformError::retryAfterMs(error));
            m_timer.start(std::max(std::chrono::milliseconds(delay), m_interval));
            return;
        }
        stop();
        Q_EMIT failed(error);
        return;
    }
    m_failures = 0;
    if (status->rawStatus != m_lastStatus) {
        m_lastStatus = status->rawStatus;
        qCInfo(lcPlatformUpload).noquote()
            << QStringLiteral("publish %1: %2").arg(m_publishId, status->rawStatus);
        Q_EMIT statusChanged(*status);
    }
    if (status->state == PublishStatus::State::Failed) {
        stop();
        PlatformErrorKind kind = PlatformError::kindForFailReason(status->failReason);
        Q_EMIT failed(PlatformError::make(kind, {{QStringLiteral("publish_id"), m_publishId},
                                                 {QStringLiteral("fail_reason"), status->failReason}}));
        return;
    }
    if (status->isTerminal()) {
        stop();
        Q_EMIT finished(*status);
        return;
    }
    m_timer.start(m_interval);
}

} // namespace montaj
