#include "ui/earnings/earningsformat.h"

#include "core/earnings/microdecimal.h"
#include "core/foundation/currency.h"
#include "core/foundation/money.h"
#include "ui/bidi.h"

#include <QDateTime>

namespace montaj::ui {

QString EarningsFormat::money(qint64 minorUnits, const QString &currency, const QLocale &locale)
{
    const Result<Money> amount = Money::fromMinor(minorUnits, currency);
    return amount ? isolate(amount->toDisplayString(locale)) : QString();
}

QString EarningsFormat::isolate(const QString &text)
{
    return ui::bidiIsolated(text);
}

QString EarningsFormat::count(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

QString EarningsFormat::date(qint64 ms, const QLocale &locale)
{
    return locale.toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QLocale::ShortFormat);
}

QString EarningsFormat::dateTime(qint64 ms, const QLocale &locale)
{
    return locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString EarningsFormat::percent(qint64 fractionMicros, const QLocale &locale)
{
    // 500000 millionths of a whole = 50 %: the same digits, two places to the right.
    const QString number = MicroDecimal::toDisplayString(fractionMicros * 100, locale);
    return isolate(tr("%1 %", "a percentage; use the language's spacing and sign").arg(number));
}

double EarningsFormat::chartHeight(qint64 minorUnits, const QString &currency)
{
    double scale = 1;
    for (int i = Currency::minorDigits(currency).value_or(2); i > 0; --i)
        scale *= 10;
    return double(minorUnits) / scale;
}

QStringList EarningsFormat::currencies(const QStringList &more)
{
    QStringList list{QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"),
                     QStringLiteral("SAR"), QStringLiteral("AED"), QStringLiteral("EGP"),
                     QStringLiteral("MAD"), QStringLiteral("DZD"), QStringLiteral("TND"),
                     QStringLiteral("KWD"), QStringLiteral("CAD"), QStringLiteral("CHF"),
                     QStringLiteral("JPY")};
    for (const QString &c : more)
        if (!list.contains(c) && Currency::isKnown(c))
            list.append(c);
    return list;
}

} // namespace montaj::ui
