#pragma once

#include "core/earnings/conversionsettings.h"
#include "core/earnings/internal/exactmath.h"

namespace montaj {

// The exact value of coins spread over valuation segments, before any rounding: diamonds in
// millionths, money in minor units × 10^18. Internal to core/earnings (reports apportion rows
// from these).
struct ExactValue
{
    static constexpr qint64 kDiamondScale = 1000000;
    static inline const Wide kMoneyScale = widePow10(18);

    Wide diamondMicros = 0;
    Wide moneyScaled = 0;
    qint64 coins = 0;
    bool missingShare = false; // coins fell where no share is set
    bool missingValue = false; // coins fell where the currency has no value
    qint64 missingAtMs = 0;    // the start of the first such segment
    bool overflow = false;

    ExactValue &operator+=(const ExactValue &other);
};

ExactValue exactValue(const QList<ValuationSegment> &segments, const QList<qint64> &coinsPerSegment,
                      int minorDigits);
// The Error for a value that cannot be computed (missing share or value, overflow), if any.
std::optional<Error> valuationError(const ExactValue &value, const QString &currency);

} // namespace montaj
