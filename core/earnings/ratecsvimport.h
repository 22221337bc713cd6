#pragma once

#include "core/earnings/earningsledger.h"

#include <QByteArrayView>

namespace montaj {

// Imports exchange rates from CSV (docs/earnings-csv.md, "Exchange rates"): a header naming
// base, quote, rate and valid_from (note optional), "," or ";", UTF-8 with or without a
// byte-order mark. Rates are exact decimals (at most six places); valid_from is a date (midnight
// UTC) or an ISO 8601 date and time. Each row becomes a dated ExchangeRate setting in the RateBook.
// All or nothing, with line-numbered errors. Not for diamond values or the creator share.
class RateCsvImport
{
    Q_DECLARE_TR_FUNCTIONS(RateCsvImport)

public:
    explicit RateCsvImport(EarningsLedger &ledger);

    // The number of rates added.
    Result<int> importData(QByteArrayView utf8, const QString &sourceName);
    Result<int> importFile(const QString &path);

private:
    EarningsLedger &m_ledger;
};

} // namespace montaj
