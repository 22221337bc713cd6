#include "core/earnings/conversionsettings.h"

#include "core/earnings/internal/exactvaluation.h"
#include "core/earnings/microdecimal.h"
#include "core/foundation/currency.h"

#include <QSet>

#include <algorithm>

namespace montaj {

Money Valuation::money() const
{
    return *Money::fromMinor(minorUnits, currency);
}

QString RateSetting::kindName(RateKind kind)
{
    switch (kind) {
    case RateKind::CreatorShare: return QStringLiteral("creator_share");
    case RateKind::DiamondValue: return QStringLiteral("diamond_value");
    case RateKind::ExchangeRate: return QStringLiteral("exchange_rate");
    }
    return {};
}

std::optional<RateKind> RateSetting::kindFromName(QStringView name)
{
    for (RateKind kind : {RateKind::CreatorShare, RateKind::DiamondValue, RateKind::ExchangeRate})
        if (name == kindName(kind))
            return kind;
    return std::nullopt;
}

ConversionSettings::ConversionSettings(QList<RateSetting> rates)
    : m_rates(std::move(rates))
{}

Result<void> ConversionSettings::validate(const RateSetting &rate)
{
    const auto refuse = [](const QString &field, const QString &message) {
        return Error(QStringLiteral("earnings.invalid_rate"), message, {{QStringLiteral("field"), field}});
    };
    switch (rate.kind) {
    case RateKind::CreatorShare:
        if (rate.micros < 0 || rate.micros > MicroDecimal::kScale)
            return refuse(QStringLiteral("share"), tr("The creator share must be between 0 % and 100 %."));
        break;
    case RateKind::DiamondValue:
        if (!Currency::isKnown(rate.currency))
            return refuse(QStringLiteral("currency"),
                          tr("“%1” is not an ISO 4217 currency code.").arg(rate.currency));
        if (rate.micros <= 0)
            return refuse(QStringLiteral("value"), tr("A diamond's value must be more than zero."));
        break;
    case RateKind::ExchangeRate:
        if (!Currency::isKnown(rate.currency) || !Currency::isKnown(rate.quoteCurrency))
            return refuse(QStringLiteral("currency"),
                          tr("“%1” is not an ISO 4217 currency code.")
                              .arg(Currency::isKnown(rate.currency) ? rate.quoteCurrency : rate.currency));
        if (rate.currency == rate.quoteCurrency)
            return refuse(QStringLiteral("quote_currency"),
                          tr("An exchange rate needs two different currencies."));
        if (rate.micros <= 0)
            return refuse(QStringLiteral("rate"), tr("An exchange rate must be more than zero."));
        break;
    }
    return {};
}

const RateSetting *ConversionSettings::latest(RateKind kind, const QString &currency, const QString &quote,
                                              qint64 timeMs) const
{
    const RateSetting *best = nullptr;
    for (const RateSetting &rate : m_rates) {
        if (rate.kind != kind || rate.validFromMs > timeMs)
            continue;
        if (kind != RateKind::CreatorShare && rate.currency != currency)
            continue;
        if (kind == RateKind::ExchangeRate && rate.quoteCurrency != quote)
            continue;
        if (!best || rate.validFromMs > best->validFromMs
            || (rate.validFromMs == best->validFromMs && rate.id > best->id))
            best = &rate;
    }
    return best;
}

std::optional<qint64> ConversionSettings::shareAt(qint64 timeMs) const
{
    const RateSetting *share = latest(RateKind::CreatorShare, {}, {}, timeMs);
    return share ? std::optional<qint64>(share->micros) : std::nullopt;
}

std::optional<qint64> ConversionSettings::valuePicoAt(const QString &currency, qint64 timeMs) const
{
    if (const RateSetting *direct = latest(RateKind::DiamondValue, currency, {}, timeMs))
        return direct->micros * MicroDecimal::kScale;
    QStringList bases;
    for (const RateSetting &rate : m_rates)
        if (rate.kind == RateKind::DiamondValue && rate.currency != currency
            && !bases.contains(rate.currency))
            bases.append(rate.currency);
    std::sort(bases.begin(), bases.end(), [](const QString &a, const QString &b) {
        if ((a == QLatin1String("USD")) != (b == QLatin1String("USD")))
            return a == QLatin1String("USD");
        return a < b;
    });
    for (const QString &base : std::as_const(bases)) {
        const RateSetting *value = latest(RateKind::DiamondValue, base, {}, timeMs);
        const RateSetting *exchange = latest(RateKind::ExchangeRate, base, currency, timeMs);
        if (value && exchange) {
            const auto pico = multiplied(Wide(value->micros), Wide(exchange->micros));
            if (pico && fitsInt64(*pico))
                return qint64(*pico);
        }
    }
    return std::nullopt;
}

QStringList ConversionSettings::valueCurrencies() const
{
    QSet<QString> direct;
    for (const RateSetting &rate : m_rates)
        if (rate.kind == RateKind::DiamondValue)
            direct.insert(rate.currency);
    QSet<QString> all = direct;
    for (const RateSetting &rate : m_rates)
        if (rate.kind == RateKind::ExchangeRate && direct.contains(rate.currency))
            all.insert(rate.quoteCurrency);
    QStringList list(all.cbegin(), all.cend());
    std::sort(list.begin(), list.end());
    return list;
}

QList<qint64> ConversionSettings::changePoints(const QString &currency) const
{
    QList<qint64> points;
    for (const RateSetting &rate : m_rates)
        if (rate.kind != RateKind::ExchangeRate || rate.quoteCurrency == currency)
            points.append(rate.validFromMs);
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    return points;
}

QList<ValuationSegment> ConversionSettings::segments(const QString &currency) const
{
    const QList<qint64> points = changePoints(currency);
    QList<ValuationSegment> segments;
    for (qsizetype i = 0; i <= points.size(); ++i) {
        ValuationSegment segment;
        segment.fromMs = i == 0 ? std::numeric_limits<qint64>::min() : points[i - 1];
        segment.toMs = i == points.size() ? std::numeric_limits<qint64>::max() : points[i];
        if (i > 0) {
            segment.shareMicros = shareAt(segment.fromMs).value_or(-1);
            segment.valuePico = valuePicoAt(currency, segment.fromMs).value_or(-1);
        }
        segments.append(segment);
    }
    return segments;
}

int ConversionSettings::segmentIndex(const QList<qint64> &changePoints, qint64 timeMs)
{
    return int(std::upper_bound(changePoints.cbegin(), changePoints.cend(), timeMs) - changePoints.cbegin());
}

Result<Valuation> ConversionSettings::valuate(const QList<qint64> &coinsPerSegment, qint64 gifts,
                                              const QString &currency) const
{
    const auto digits = Currency::minorDigits(currency);
    if (!digits)
        return Error(QStringLiteral("money.unknown_currency"),
                     tr("“%1” is not an ISO 4217 currency code.").arg(currency),
                     {{QStringLiteral("currency"), currency}});
    const ExactValue exact = exactValue(segments(currency), coinsPerSegment, *digits);
    if (const auto error = valuationError(exact, currency))
        return *error;
    Valuation valuation;
    valuation.gifts = gifts;
    valuation.coins = exact.coins;
    valuation.currency = currency;
    const Wide diamonds = divideHalfEven(exact.diamondMicros, ExactValue::kDiamondScale);
    const Wide minor = divideHalfEven(exact.moneyScaled, ExactValue::kMoneyScale);
    if (!fitsInt64(diamonds) || !fitsInt64(minor))
        return Error(QStringLiteral("earnings.overflow"), tr("The amount is too large to compute exactly."),
                     {{QStringLiteral("currency"), currency}});
    valuation.diamonds = qint64(diamonds);
    valuation.minorUnits = qint64(minor);
    return valuation;
}

} // namespace montaj
