#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace montaj {

// An amount of money: a whole number of minor units (cents, fils, yen) and its ISO 4217 currency.
// Arithmetic is exact; every operation that must round (scaling, parsing extra digits) rounds half
// to even, and allocation always sums back to the original. Never built from a double. Not for
// exchange rates or unit prices below one minor unit (keep those as rationals where they are used).
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    // Validates the currency code and builds the amount.
    static Result<Money> fromMinor(qint64 minorUnits, const QString &currency);
    // Parses a machine decimal ("-12.345", always '.' as separator, no grouping) and rounds it
    // half to even to the currency's minor units.
    static Result<Money> parse(QStringView decimal, const QString &currency);

    qint64 minorUnits() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    int minorDigits() const { return m_digits; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    Result<Money> times(qint64 factor) const;
    // this × numerator / denominator, rounded half to even (a fee of 15/100, a share of 1/3).
    Result<Money> scaled(qint64 numerator, qint64 denominator) const;
    // Splits into parts proportional to the weights; the parts always sum to this amount exactly.
    // Leftover minor units go one by one to the largest remainders (earlier parts win ties).
    Result<QList<Money>> allocate(const QList<qint64> &weights) const;

    // -1, 0, 1; an error when the currencies differ.
    Result<int> compare(const Money &other) const;
    bool operator==(const Money &other) const = default;

    // Machine text: "-1234.50" (QLocale::c(), no grouping), for files and APIs.
    QString toDecimalString() const;
    // People text: grouped and with the currency, in the given locale ("1 234,50 €", "US$1,234.50").
    QString toDisplayString(const QLocale &locale = QLocale()) const;

private:
    Money(qint64 minor, QString currency, int digits);
    Result<Money> sameCurrency(const Money &other) const;
    Error overflow() const;

    qint64 m_minor = 0;
    QString m_currency;
    int m_digits = 2;
};

} // namespace montaj
