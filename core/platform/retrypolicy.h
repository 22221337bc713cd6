#pragma once

#include <QtGlobal>

#include <functional>
#include <optional>

namespace montaj {

// How often and how long to wait before trying again: exponential backoff with full jitter
// (a uniform delay in [0, min(cap, base·2^attempt)]), never shorter than the server's Retry-After.
// Pure and deterministic given its random source. Not a timer (callers schedule the wait).
struct RetryPolicy
{
    int maxAttempts = 5; // total tries including the first
    qint64 baseDelayMs = 500;
    qint64 maxDelayMs = 60000;

    // Upper bound of the jitter window before try number `retry` (1 = first retry).
    qint64 ceilingMs(int retry) const;
    // The wait before retry number `retry`; `unitRandom` returns a value in [0, 1).
    qint64 delayMs(int retry, std::optional<qint64> retryAfterMs = std::nullopt,
                   const std::function<double()> &unitRandom = {}) const;
    bool canRetry(int attemptsSoFar) const { return attemptsSoFar < maxAttempts; }
};

} // namespace montaj
