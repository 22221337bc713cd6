#include "core/earnings/payoutbook.h"

#include "core/earnings/earningsreport.h"
#include "core/earnings/ratebook.h"

#include <QDateTime>
#include <QLocale>
#include <QVariant>

namespace montaj {
namespace {

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QLocale::ShortFormat);
}

Withdrawal readWithdrawal(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
            q.value(4).toLongLong(), q.value(5).toString(),   q.value(6).toLongLong()};
}

} // namespace

Money Withdrawal::amount() const
{
    return *Money::fromMinor(amountMinor, currency);
}

PayoutBook::PayoutBook(EarningsLedger &ledger)
    : m_ledger(ledger)
{}

Result<QString> PayoutBook::currency() const
{
    return RateBook(m_ledger).payoutCurrency();
}

Result<qint64> PayoutBook::earnedMinor(const QString &currency, qint64 atMs) const
{
    Result<ConversionSettings> settings = RateBook(m_ledger).settings();
    if (!settings)
        return settings.error();
    ReportFilter filter;
    filter.toMs = atMs == std::numeric_limits<qint64>::max() ? atMs : atMs + 1;
    Result<Valuation> earned = EarningsReport(m_ledger, *settings).totals(filter, currency);
    if (!earned)
        return earned.error();
    return earned->minorUnits;
}

Result<qint64> PayoutBook::withdrawnMinor(qint64 atMs) const
{
    Result<QString> payout = currency();
    if (!payout)
        return payout.error();
    auto query = m_ledger.prepare(QStringLiteral("SELECT currency, COALESCE(SUM(amount_minor), 0) FROM "
                                                 "withdrawals WHERE time_ms <= ? GROUP BY currency"));
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    q.addBindValue(atMs);
    if (Result<void> ok = EarningsLedger::exec(q, QStringLiteral("sum withdrawals")); !ok)
        return ok.error();
    qint64 total = 0;
    while (q.next()) {
        if (q.value(0).toString() != *payout && q.value(1).toLongLong() != 0)
            return Error(QStringLiteral("earnings.mixed_payout_currency"),
                         tr("Withdrawals were recorded in %1. Set the payout currency back to %1 to see the "
                            "balance.")
                             .arg(q.value(0).toString()),
                         {{QStringLiteral("currency"), q.value(0).toString()}});
        total += q.value(1).toLongLong();
    }
    return total;
}

Result<Money> PayoutBook::balance(qint64 atMs) const
{
    Result<QString> payout = currency();
    if (!payout)
        return payout.error();
    Result<qint64> earned = earnedMinor(*payout, atMs);
    if (!earned)
        return earned.error();
    Result<qint64> withdrawn = withdrawnMinor(atMs);
    if (!withdrawn)
        return withdrawn.error();
    return Money::fromMinor(*earned - *withdrawn, *payout);
}

Result<Withdrawal> PayoutBook::insert(const Withdrawal &w)
{
    auto query =
        m_ledger.prepare(QStringLiteral("INSERT INTO withdrawals (time_ms, amount_minor, currency, reverses, "
                                        "note, recorded_ms) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    q.addBindValue(w.timeMs);
    q.addBindValue(w.amountMinor);
    q.addBindValue(w.currency);
    q.addBindValue(w.reverses > 0 ? QVariant(w.reverses) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(EarningsLedger::text(w.note));
    q.addBindValue(w.recordedMs);
    if (Result<void> ok = EarningsLedger::exec(q, QStringLiteral("record withdrawal")); !ok)
        return ok.error();
    Withdrawal saved = w;
    saved.id = q.lastInsertId().toLongLong();
    return saved;
}

Result<Withdrawal> PayoutBook::recordWithdrawal(const Money &amount, qint64 atMs, const QString &note)
{
    std::optional<Withdrawal> saved;
    Result<void> done = m_ledger.transaction([&]() -> Result<void> {
        Result<QString> payout = currency();
        if (!payout)
            return payout.error();
        if (amount.currency() != *payout)
            return Error(QStringLiteral("earnings.withdrawal_currency"),
                         tr("Withdrawals are recorded in the payout currency, %1.").arg(*payout),
                         {{QStringLiteral("currency"), amount.currency()}});
        if (amount.minorUnits() <= 0)
            return Error(QStringLiteral("earnings.withdrawal_not_positive"),
                         tr("A withdrawal must be more than zero."),
                         {{QStringLiteral("field"), QStringLiteral("amount")}});
        Result<std::optional<Money>> minimum = RateBook(m_ledger).minimumWithdrawal();
        if (!minimum)
            return minimum.error();
        if (*minimum) {
            if ((*minimum)->currency() != *payout)
                return Error(QStringLiteral("earnings.minimum_currency"),
                             tr("The minimum withdrawal is set in %1; set it in the payout currency, %2.")
                                 .arg((*minimum)->currency(), *payout));
            if (amount.minorUnits() < (*minimum)->minorUnits())
                return Error(QStringLiteral("earnings.withdrawal_below_minimum"),
                             tr("The minimum withdrawal is %1; %2 is below it.")
                                 .arg((*minimum)->toDisplayString(), amount.toDisplayString()),
                             {{QStringLiteral("minimum_minor"), (*minimum)->minorUnits()}});
        }
        // The balance must cover it now and stay non-negative at every later withdrawal.
        QList<qint64> checkpoints{atMs};
        Result<QList<Withdrawal>> existing = withdrawals();
        if (!existing)
            return existing.error();
        for (const Withdrawal &w : *existing)
            if (w.timeMs > atMs)
                checkpoints.append(w.timeMs);
        for (const qint64 at : std::as_const(checkpoints)) {
            Result<Money> available = balance(at);
            if (!available)
                return available.error();
            if (available->minorUnits() < amount.minorUnits())
                return Error(QStringLiteral("earnings.withdrawal_exceeds_balance"),
                             tr("The balance on %1 is %2; %3 cannot be withdrawn.")
                                 .arg(when(at), available->toDisplayString(), amount.toDisplayString()),
                             {{QStringLiteral("balance_minor"), available->minorUnits()},
                              {QStringLiteral("time_ms"), at}});
        }
        Result<Withdrawal> inserted = insert(
            {0, atMs, amount.minorUnits(), amount.currency(), 0, note, QDateTime::currentMSecsSinceEpoch()});
        if (!inserted)
            return inserted.error();
        saved = *inserted;
        return {};
    });
    if (!done)
        return done.error();
    return *saved;
}

Result<Withdrawal> PayoutBook::reverseWithdrawal(qint64 withdrawalId, qint64 atMs, const QString &reason)
{
    Result<QList<Withdrawal>> all = withdrawals();
    if (!all)
        return all.error();
    const auto original = std::find_if(all->cbegin(), all->cend(),
                                       [withdrawalId](const Withdrawal &w) { return w.id == withdrawalId; });
    if (original == all->cend() || original->reverses != 0)
        return Error(QStringLiteral("earnings.withdrawal_not_found"),
                     tr("There is no withdrawal %1 to reverse.").arg(withdrawalId),
                     {{QStringLiteral("withdrawal"), withdrawalId}});
    for (const Withdrawal &w : *all)
        if (w.reverses == withdrawalId)
            return Error(QStringLiteral("earnings.withdrawal_already_reversed"),
                         tr("Withdrawal %1 has already been reversed.").arg(withdrawalId),
                         {{QStringLiteral("withdrawal"), withdrawalId}});
    return insert({0, std::max(atMs, original->timeMs), -original->amountMinor, original->currency,
                   withdrawalId, reason, QDateTime::currentMSecsSinceEpoch()});
}

Result<QList<Withdrawal>> PayoutBook::withdrawals() const
{
    auto query =
        m_ledger.prepare(QStringLiteral("SELECT id, time_ms, amount_minor, currency, COALESCE(reverses, 0), "
                                        "note, recorded_ms FROM withdrawals ORDER BY time_ms, id"));
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    if (Result<void> ok = EarningsLedger::exec(q, QStringLiteral("list withdrawals")); !ok)
        return ok.error();
    QList<Withdrawal> list;
    while (q.next())
        list.append(readWithdrawal(q));
    return list;
}

Result<PayoutStatement> PayoutBook::statement(qint64 atMs) const
{
    Result<QString> payout = currency();
    if (!payout)
        return payout.error();
    PayoutStatement statement;
    statement.currency = *payout;
    Result<qint64> earned = earnedMinor(*payout, atMs);
    if (!earned)
        return earned.error();
    Result<qint64> withdrawn = withdrawnMinor(atMs);
    if (!withdrawn)
        return withdrawn.error();
    Result<std::optional<Money>> minimum = RateBook(m_ledger).minimumWithdrawal();
    if (!minimum)
        return minimum.error();
    Result<QList<Withdrawal>> list = withdrawals();
    if (!list)
        return list.error();
    statement.earnedMinor = *earned;
    statement.withdrawnMinor = *withdrawn;
    statement.balanceMinor = *earned - *withdrawn;
    statement.minimum = *minimum;
    const qint64 floor = *minimum && (*minimum)->currency() == *payout ? (*minimum)->minorUnits() : 1;
    statement.canWithdraw = statement.balanceMinor >= std::max<qint64>(1, floor);
    qint64 withdrawnSoFar = 0;
    for (const Withdrawal &w : *list) {
        if (w.timeMs > atMs)
            break;
        withdrawnSoFar += w.amountMinor;
        Result<qint64> earnedThen = earnedMinor(*payout, w.timeMs);
        if (!earnedThen)
            return earnedThen.error();
        statement.lines.append({w, *earnedThen - withdrawnSoFar});
    }
    return statement;
}

} // namespace montaj
