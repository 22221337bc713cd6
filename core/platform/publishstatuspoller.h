#pragma once

#include "core/platform/platformapi.h"
#include "core/platform/retrypolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace montaj {

// Polls status/fetch for one publish until it ends: PUBLISH_COMPLETE or SEND_TO_USER_INBOX
// (finished) or FAILED (failed, with the fail_reason mapped by PlatformError). Never faster than
// the profile's status_fetch budget allows (30/min: every 2 s); transient call failures are
// retried with backoff. Not the uploader and not a scheduler of posts.
class PublishStatusPoller : public QObject
{
    Q_OBJECT

public:
    explicit PublishStatusPoller(PlatformApi *api, QObject *parent = nullptr);

    // Clamped to the rate limit's floor (60 s / status_fetch per minute).
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }

    void start(const QString &publishId);
    void stop();
    bool isRunning() const { return m_running; }
    int pollCount() const { return m_polls; }

Q_SIGNALS:
    void statusChanged(const montaj::PublishStatus &status);
    void finished(const montaj::PublishStatus &status);
    void failed(const montaj::Error &error);

private:
    void poll();
    void onStatus(Result<PublishStatus> status);
    std::chrono::milliseconds floorInterval() const;

    PlatformApi *m_api = nullptr;
    QString m_publishId;
    std::chrono::milliseconds m_interval{0};
    std::chrono::milliseconds m_timeout = std::chrono::minutes(30);
    RetryPolicy m_retry;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QString m_lastStatus;
    bool m_running = false;
    bool m_inFlight = false;
    int m_polls = 0;
    int m_failures = 0;
};

} // namespace montaj
