#include "core/sandbox/internal/ratelimiter.h"

#include <algorithm>

namespace montaj::sandbox {

int RateLimiter::acquire(const QByteArray &key, int perMinute, qint64 nowMs)
{
    std::deque<qint64> &calls = m_calls[key];
    while (!calls.empty() && calls.front() <= nowMs - kWindowMs)
        calls.pop_front();
    if (perMinute <= 0 || qsizetype(calls.size()) < perMinute) {
        calls.push_back(nowMs);
        return 0;
    }
    const qint64 waitMs = calls.front() + kWindowMs - nowMs;
    return int(std::max<qint64>(1, (waitMs + 999) / 1000));
}

} // namespace montaj::sandbox
