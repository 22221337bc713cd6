#pragma once

#include "core/earnings/earningsreport.h"
#include "core/earnings/giftcatalog.h"
#include "core/earnings/payoutbook.h"

#include <QTimeZone>

#include <optional>

namespace montaj::ui {

// What the Earnings page asks for in one read of the ledger.
struct EarningsViewRequest
{
    QString currency;
    Grouping grouping = Grouping::Session;
    ReportFilter filter;
    QTimeZone zone;
    qint64 nowMs = 0;
    bool seedDefaults = false; // add the commonly quoted rates when there are none
};

// Everything the Earnings page shows, read in one job on the ledger thread: settings and options,
// the catalog, sessions, history by day and month, the chosen breakdown and the payout statement.
// A problem with one part (no value in the currency, say) is kept with that part.
struct EarningsView
{
    QList<RateSetting> rates;
    QString payoutCurrency;
    std::optional<Money> minimum;
    int taxBasisPoints = 0;
    bool seeded = false;
    QStringList currencies;
    QList<GiftPrice> catalog;
    QList<EarningsSession> sessions;
    Breakdown days;
    Breakdown months;
    Breakdown breakdown;
    std::optional<PayoutStatement> statement;
    std::optional<Error> statementProblem;

    static Result<EarningsView> load(EarningsLedger &ledger, const EarningsViewRequest &request);
    static Result<Breakdown> loadBreakdown(EarningsLedger &ledger, const EarningsViewRequest &request);
};

} // namespace montaj::ui
