#pragma once

#include "core/foundation/money.h"
#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace montaj {

// What a conversion setting sets. Every one holds an exact decimal in millionths (MicroDecimal).
enum class RateKind {
    CreatorShare, // the creator's share of the coins' value, as diamonds: 500000 = 50 % (2 coins ≈ 1 diamond)
    DiamondValue, // one diamond in `currency`: 5000 = 0.005 (US$0.005)
    ExchangeRate, // one `currency` in `quoteCurrency`: 920000 = 0.92 (1 USD = 0.92 EUR)
};

// One dated conversion setting. It applies to gifts from validFromMs on, until a later setting of
// the same kind (and currencies) takes over; at the same date the newer row (higher id) wins, which
// is how a mistake is corrected (settings are never edited in place).
struct RateSetting
{
    qint64 id = 0; // the ledger's row id; 0 before it is saved
    RateKind kind = RateKind::CreatorShare;
    QString currency;      // DiamondValue: the value's currency; ExchangeRate: the base
    QString quoteCurrency; // ExchangeRate only
    qint64 micros = 0;
    qint64 validFromMs = 0;
    QString note;

    static QString kindName(RateKind kind); // "creator_share", "diamond_value", "exchange_rate"
    static std::optional<RateKind> kindFromName(QStringView name);
};

// A stretch of time [fromMs, toMs) over which the share and one currency's diamond value stay put.
// valuePico is the value of a diamond in 10^-12 of the currency's major unit; -1 when unknown.
struct ValuationSegment
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 shareMicros = -1;
    qint64 valuePico = -1;
};

// Coins turned into diamonds and money, each rounded once (half to even) from the exact value.
struct Valuation
{
    qint64 gifts = 0;
    qint64 coins = 0;
    qint64 diamonds = 0;
    qint64 minorUnits = 0;
    QString currency;

    Money money() const; // minorUnits in currency
};

// The conversion settings in force at any time: creator share, diamond values per currency and
// exchange rates, each with an effective date, so a rate change mid-month applies by event time.
// Coins × share × value is computed exactly (integers, 128-bit) and rounded once at the end, half
// to even: diamonds = round(Σ coins × share), money = round(Σ coins × share × value), over
// whatever set of gifts is asked for. A currency without a direct diamond value is valued through
// an exchange rate from one that has one (USD first, then alphabetical). Not persistence (RateBook).
class ConversionSettings
{
    Q_DECLARE_TR_FUNCTIONS(ConversionSettings)

public:
    ConversionSettings() = default;
    explicit ConversionSettings(QList<RateSetting> rates);

    const QList<RateSetting> &rates() const { return m_rates; }
    static Result<void> validate(const RateSetting &rate);

    std::optional<qint64> shareAt(qint64 timeMs) const;
    std::optional<qint64> valuePicoAt(const QString &currency, qint64 timeMs) const;
    // Currencies a diamond has a value in, directly or through an exchange rate.
    QStringList valueCurrencies() const;

    // Where the share or `currency`'s value may change, ascending. Segment i runs from point i-1
    // (or the beginning of time) to point i (or forever): segmentIndex() = how many points are ≤ t.
    QList<qint64> changePoints(const QString &currency) const;
    QList<ValuationSegment> segments(const QString &currency) const;
    static int segmentIndex(const QList<qint64> &changePoints, qint64 timeMs);

    // Values coins given per segment (parallel to segments(currency)).
    Result<Valuation> valuate(const QList<qint64> &coinsPerSegment, qint64 gifts,
                              const QString &currency) const;

private:
    const RateSetting *latest(RateKind kind, const QString &currency, const QString &quote,
                              qint64 timeMs) const;

    QList<RateSetting> m_rates;
};

} // namespace montaj
