#include "core/earnings/internal/exactvaluation.h"

#include <QDateTime>
#include <QLocale>

namespace montaj {

ExactValue &ExactValue::operator+=(const ExactValue &other)
{
    diamondMicros += other.diamondMicros;
    moneyScaled += other.moneyScaled;
    coins += other.coins;
    if (!missingShare && !missingValue && (other.missingShare || other.missingValue))
        missingAtMs = other.missingAtMs;
    missingShare = missingShare || other.missingShare;
    missingValue = missingValue || other.missingValue;
    overflow = overflow || other.overflow;
    return *this;
}

ExactValue exactValue(const QList<ValuationSegment> &segments, const QList<qint64> &coinsPerSegment,
                      int minorDigits)
{
    ExactValue value;
    const Wide digitsScale = widePow10(minorDigits);
    for (qsizetype i = 0; i < coinsPerSegment.size() && i < segments.size(); ++i) {
        const qint64 coins = coinsPerSegment[i];
        if (coins == 0)
            continue;
        value.coins += coins;
        const ValuationSegment &segment = segments[i];
        if (segment.shareMicros < 0 || segment.valuePico < 0) {
            if (!value.missingShare && !value.missingValue)
                value.missingAtMs = segment.fromMs;
            value.missingShare = value.missingShare || segment.shareMicros < 0;
            value.missingValue = value.missingValue || segment.valuePico < 0;
            if (segment.shareMicros < 0)
                continue;
        }
        const Wide diamondMicros = Wide(coins) * segment.shareMicros; // ≤ 2^63 × 10^6: fits
        value.diamondMicros += diamondMicros;
        if (segment.valuePico < 0)
            continue;
        const auto scaled = multiplied(diamondMicros, Wide(segment.valuePico));
        const auto money = scaled ? multiplied(*scaled, digitsScale) : std::nullopt;
        if (!money) {
            value.overflow = true;
            continue;
        }
        value.moneyScaled += *money;
    }
    return value;
}

std::optional<Error> valuationError(const ExactValue &value, const QString &currency)
{
    const QString when = value.missingAtMs <= 0
                             ? ConversionSettings::tr("the earliest gifts")
                             : QLocale().toString(QDateTime::fromMSecsSinceEpoch(value.missingAtMs).date(),
                                                  QLocale::ShortFormat);
    if (value.missingShare)
        return Error(
            QStringLiteral("earnings.no_share"),
            ConversionSettings::tr("No creator share is set for %1. Add one in the conversion settings.")
                .arg(when),
            {{QStringLiteral("from_ms"), value.missingAtMs}});
    if (value.missingValue)
        return Error(
            QStringLiteral("earnings.no_value"),
            ConversionSettings::tr("A diamond has no value in %1 for %2. Add a diamond value or an "
                                   "exchange rate in the conversion settings.")
                .arg(currency, when),
            {{QStringLiteral("currency"), currency}, {QStringLiteral("from_ms"), value.missingAtMs}});
    if (value.overflow)
        return Error(QStringLiteral("earnings.overflow"),
                     ConversionSettings::tr("The amount is too large to compute exactly."),
                     {{QStringLiteral("currency"), currency}});
    return std::nullopt;
}

} // namespace montaj
