#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace montaj {

// ISO 4217 facts Montaj needs for money: which codes are real currencies and how many minor-unit
// digits each has (JPY 0, USD 2, KWD 3, CLF 4). Not for exchange rates or symbols.
class Currency
{
public:
    // Minor-unit digits of an active ISO 4217 code ("EUR" → 2), or nullopt for an unknown code.
    static std::optional<int> minorDigits(QStringView code);
    static bool isKnown(QStringView code) { return minorDigits(code).has_value(); }
};

} // namespace montaj
