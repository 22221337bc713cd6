#include "ui/earnings/earningsview.h"

#include "core/earnings/ratebook.h"
#include "ui/earnings/earningsformat.h"

namespace montaj::ui {

Result<EarningsView> EarningsView::load(EarningsLedger &ledger, const EarningsViewRequest &request)
{
    EarningsView view;
    RateBook book(ledger);
    if (request.seedDefaults) {
        Result<bool> seeded = book.seedCommonDefaults();
        if (!seeded)
            return seeded.error();
        view.seeded = *seeded;
    }
    Result<QList<RateSetting>> rates = book.list();
    Result<QString> payout = book.payoutCurrency();
    Result<std::optional<Money>> minimum = book.minimumWithdrawal();
    Result<int> tax = book.taxRateBasisPoints();
    Result<QList<GiftPrice>> catalog = GiftCatalog(ledger).list();
    Result<QList<EarningsSession>> sessions = ledger.sessions();
    for (const Error *error : {rates ? nullptr : &rates.error(), payout ? nullptr : &payout.error(),
                               minimum ? nullptr : &minimum.error(), tax ? nullptr : &tax.error(),
                               catalog ? nullptr : &catalog.error(), sessions ? nullptr : &sessions.error()})
        if (error)
            return *error;
    view.rates = *rates;
    view.payoutCurrency = *payout;
    view.minimum = *minimum;
    view.taxBasisPoints = *tax;
    view.catalog = *catalog;
    view.sessions = *sessions;
    const ConversionSettings settings(view.rates);
    view.currencies =
        EarningsFormat::currencies(QStringList(settings.valueCurrencies()) << view.payoutCurrency);

    const EarningsReport report(ledger, settings, request.zone);
    Result<Breakdown> days = report.breakdown(Grouping::Day, {}, request.currency);
    Result<Breakdown> months = report.breakdown(Grouping::Month, {}, request.currency);
    Result<Breakdown> chosen = report.breakdown(request.grouping, request.filter, request.currency);
    for (const Result<Breakdown> *b : {&days, &months, &chosen})
        if (!*b)
            return b->error();
    view.days = *days;
    view.months = *months;
    view.breakdown = *chosen;
    Result<PayoutStatement> statement = PayoutBook(ledger).statement(request.nowMs);
    if (statement)
        view.statement = *statement;
    else
        view.statementProblem = statement.error();
    return view;
}

Result<Breakdown> EarningsView::loadBreakdown(EarningsLedger &ledger, const EarningsViewRequest &request)
{
    Result<ConversionSettings> settings = RateBook(ledger).settings();
    if (!settings)
        return settings.error();
    return EarningsReport(ledger, *settings, request.zone)
        .breakdown(request.grouping, request.filter, request.currency);
}

} // namespace montaj::ui
