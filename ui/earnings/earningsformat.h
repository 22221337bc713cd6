#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace montaj::ui {

// How the Earnings page shows numbers, money and dates in the interface language (QLocale: French
// groups with a narrow no-break space and writes "1 234,50 $US", Arabic may use Arabic-Indic
// digits). Amounts come as minor units and are shown through Money, never through a double.
class EarningsFormat
{
    Q_DECLARE_TR_FUNCTIONS(EarningsFormat)

public:
    // Isolated for bidi (see isolate()).
    static QString money(qint64 minorUnits, const QString &currency, const QLocale &locale = QLocale());
    static QString isolate(const QString &text);
    static QString count(qint64 value, const QLocale &locale = QLocale());
    static QString date(qint64 ms, const QLocale &locale = QLocale());
    static QString dateTime(qint64 ms, const QLocale &locale = QLocale());
    // A fraction in millionths as a percentage: 500000 → "50 %" (the locale's way).
    static QString percent(qint64 fractionMicros, const QLocale &locale = QLocale());
    // Bar heights for charts: drawing geometry only, never shown as an amount (labels use money()).
    static double chartHeight(qint64 minorUnits, const QString &currency);
    // The currencies offered in pickers: the ones commonly paid out, then any others given.
    static QStringList currencies(const QStringList &more = {});
};

} // namespace montaj::ui
