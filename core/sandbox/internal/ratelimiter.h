#pragma once

#include <QByteArray>
#include <QHash>

#include <deque>

namespace montaj::sandbox {

// Per-key sliding-minute limits ("20 calls in any 60 s"), keyed by token hash and endpoint. Only
// admitted calls count, so a client that backs off recovers. Not persistent: a restart forgets.
class RateLimiter
{
public:
    static constexpr qint64 kWindowMs = 60 * 1000;

    // Admits one call and returns 0, or refuses it and returns the seconds until a slot frees.
    int acquire(const QByteArray &key, int perMinute, qint64 nowMs);
    void clear() { m_calls.clear(); }

private:
    QHash<QByteArray, std::deque<qint64>> m_calls;
};

} // namespace montaj::sandbox
