#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace montaj {

// Exact decimals with six places, held as integer millionths: how the conversion settings keep a
// creator share (50 % = 500000 of a whole), the value of a diamond (US$0.005 = 5000) and an
// exchange rate (1 USD = 0.92 EUR → 920000). Parsing never goes through a double. Not money
// (Money holds amounts in minor units).
class MicroDecimal
{
    Q_DECLARE_TR_FUNCTIONS(MicroDecimal)

public:
    static constexpr qint64 kScale = 1000000;

    // "0.005", "-1.5", "50" → millionths. With QLocale::c() (machine text) only '.' and digits;
    // with another locale (people's input) also its decimal point and digit grouping. More than six
    // decimal places is an error.
    static Result<qint64> parse(QStringView text, const QLocale &locale = QLocale::c());
    // Machine text: "0.005", "50" (QLocale::c(), no trailing zeros).
    static QString toString(qint64 micros);
    // People text in the locale, with at least `minDecimals` places ("0,005", "٠٫٠٠٥").
    static QString toDisplayString(qint64 micros, const QLocale &locale, int minDecimals = 0);
};

} // namespace montaj
