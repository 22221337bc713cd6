#pragma once

#include "core/earnings/conversionsettings.h"
#include "core/earnings/earningsledger.h"

#include <optional>

namespace montaj {

// Where the conversion settings and the earnings options are kept, in the ledger's database:
// dated settings (creator share, diamond values, exchange rates) are only ever added — a newer
// row corrects an older one — and the options (payout currency, minimum withdrawal, tax-estimate
// rate) are plain values. Not the arithmetic (ConversionSettings).
class RateBook
{
    Q_DECLARE_TR_FUNCTIONS(RateBook)

public:
    explicit RateBook(EarningsLedger &ledger);

    Result<qint64> add(const RateSetting &rate);
    Result<QList<RateSetting>> list() const; // by kind, currencies, date
    Result<ConversionSettings> settings() const;

    // Whether any conversion setting exists; if not, seedCommonDefaults() adds the figures commonly
    // quoted (COMPLIANCE.md: 50 % share, US$0.005 a diamond, US$100 minimum withdrawal), marked as
    // such, effective from the epoch. False when there was something already.
    Result<bool> seedCommonDefaults();

    Result<QString> payoutCurrency() const; // "USD" until set
    Result<void> setPayoutCurrency(const QString &currency);
    // In the payout currency; nullopt when there is no minimum.
    Result<std::optional<Money>> minimumWithdrawal() const;
    Result<void> setMinimumWithdrawal(const std::optional<Money> &minimum);
    // The tax-estimate rate in basis points (2500 = 25 %), 0 until set.
    Result<int> taxRateBasisPoints() const;
    Result<void> setTaxRateBasisPoints(int basisPoints);

private:
    Result<QString> option(const QString &key) const;
    Result<void> setOption(const QString &key, const QString &value);

    EarningsLedger &m_ledger;
};

} // namespace montaj
