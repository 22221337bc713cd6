#include "core/platform/retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace montaj {

qint64 RetryPolicy::ceilingMs(int retry) const
{
    const int exponent = std::clamp(retry - 1, 0, 40);
    const double ceiling = double(baseDelayMs) * std::ldexp(1.0, exponent);
    return qint64(std::min(ceiling, double(maxDelayMs)));
}

qint64 RetryPolicy::delayMs(int retry, std::optional<qint64> retryAfterMs,
                            const std::function<double()> &unitRandom) const
{
    const double unit = unitRandom ? unitRandom() : QRandomGenerator::global()->generateDouble();
    const double clamped = std::clamp(unit, 0.0, 1.0);
    const auto jittered = qint64(std::floor(clamped * double(ceilingMs(retry) + 1)));
    const qint64 delay = std::min(jittered, ceilingMs(retry));
    // Retry-After is the server's floor: waiting less only earns another refusal.
    return retryAfterMs ? std::max(delay, *retryAfterMs) : delay;
}

} // namespace montaj
