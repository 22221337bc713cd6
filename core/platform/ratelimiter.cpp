#include "core/platform/ratelimiter.h"

#include <algorithm>

namespace montaj {

RateLimiter::RateLimiter(RateLimits limits)
    : m_limits(std::move(limits))
{}

qint64 RateLimiter::reserve(const QString &endpointClass, qint64 nowMs)
{
    const int limit = m_limits.limitFor(endpointClass);
    if (limit <= 0)
        return 0;
    std::deque<qint64> &sent = m_sent[endpointClass];
    while (!sent.empty() && sent.front() <= nowMs - kWindowMs)
        sent.pop_front();
    qint64 at = std::max(nowMs, m_blockedUntil.value(endpointClass, 0));
    if (qsizetype(sent.size()) >= limit) {
        // The slot frees when the request `limit` places back leaves the window.
        at = std::max(at, sent[sent.size() - size_t(limit)] + kWindowMs);
    }
    sent.push_back(at);
    std::sort(sent.begin(), sent.end());
    return at - nowMs;
}

void RateLimiter::backOff(const QString &endpointClass, qint64 nowMs, qint64 delayMs)
{
    qint64 &until = m_blockedUntil[endpointClass];
    until = std::max(until, nowMs + delayMs);
}

} // namespace montaj
