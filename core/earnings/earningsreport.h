#pragma once

#include "core/earnings/conversionsettings.h"
#include "core/earnings/earningsledger.h"

#include <QDate>
#include <QTimeZone>

#include <limits>
#include <optional>

namespace montaj {

// How a breakdown groups the ledger's gifts.
enum class Grouping { Session, Day, Month, Gifter, Gift };

// Which gifts a report covers. Times are ms since the epoch, [fromMs, toMs).
struct ReportFilter
{
    qint64 fromMs = std::numeric_limits<qint64>::min();
    qint64 toMs = std::numeric_limits<qint64>::max();
    QString sessionId;
    QString userId;
    std::optional<qint64> giftId;
    QString search; // part of a gifter's or gift's name, or a whole session or user id
};

// One line of a breakdown. diamonds and minorUnits are apportioned from the exact total (see
// EarningsReport), so the lines add up to the total exactly.
struct BreakdownRow
{
    QString key;   // session id, user id, gift id, "2024-06-01" or "2024-06"
    QString label; // session title, gifter's name, gift's name; empty for days and months
    QDate date;    // Day: that day; Month: its first day (in the report's time zone)
    qint64 gifts = 0;
    qint64 coins = 0;
    qint64 diamonds = 0;
    qint64 minorUnits = 0;
    qint64 firstMs = 0;
    qint64 lastMs = 0;
};

struct Breakdown
{
    Grouping grouping = Grouping::Day;
    QString currency;
    QList<BreakdownRow> rows;
    Valuation total;
    // Set when diamonds or money could not be computed (no share, or no value in the currency for
    // some gifts): coins and gifts are still right, diamonds and money are then 0.
    std::optional<Error> valueError;
};

// Breakdowns of the ledger per session, day, month, gifter or gift, and totals, in any currency
// the conversion settings can value. SQL sums coins per group and per valuation segment (integer
// GROUP BY); the rest is exact integer arithmetic. Rounding rule: the exact total of a report is
// rounded once, half to even (diamonds = round(Σ coins × share), money = round(Σ coins × share ×
// value)); each line gets floor(its exact value) and the units left over go to the lines with the
// largest remainders, so lines always add up to the total and each is within one unit of its own
// exact value. Days and months are calendar days in the given time zone. Not a writer.
class EarningsReport
{
    Q_DECLARE_TR_FUNCTIONS(EarningsReport)

public:
    EarningsReport(EarningsLedger &ledger, ConversionSettings settings,
                   QTimeZone zone = QTimeZone::systemTimeZone());

    Result<Breakdown> breakdown(Grouping grouping, const ReportFilter &filter, const QString &currency) const;
    // The filter's gifts valued in `currency`; an error when they cannot all be valued.
    Result<Valuation> totals(const ReportFilter &filter, const QString &currency) const;

    // An estimate of the tax on `earnings` at `basisPoints` (2500 = 25 %), rounded half to even;
    // zero for a negative amount.
    static Money taxEstimate(const Money &earnings, int basisPoints);

    const ConversionSettings &settings() const { return m_settings; }

private:
    EarningsLedger &m_ledger;
    ConversionSettings m_settings;
    QTimeZone m_zone;
};

} // namespace montaj
