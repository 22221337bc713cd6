#pragma once

#include "core/platform/platformprofile.h"

#include <QHash>
#include <QString>

#include <deque>

namespace montaj {

// Keeps requests per endpoint class under the profile's per-minute limits (sliding minute): says
// how long to wait before the next request may go and books its slot. Pure bookkeeping with the
// caller's clock (ms). Not a retry policy (RetryPolicy) and not a timer.
class RateLimiter
{
public:
    static constexpr qint64 kWindowMs = 60000;

    explicit RateLimiter(RateLimits limits = {});

    // Books a request of `endpointClass` and returns how long to wait before sending it (0: now).
    // Classes without a limit never wait.
    qint64 reserve(const QString &endpointClass, qint64 nowMs);
    // Pushes the class's next slot out to now + delay (the server said Retry-After).
    void backOff(const QString &endpointClass, qint64 nowMs, qint64 delayMs);

private:
    RateLimits m_limits;
    QHash<QString, std::deque<qint64>> m_sent; // booked send times, oldest first
    QHash<QString, qint64> m_blockedUntil;
};

} // namespace montaj
