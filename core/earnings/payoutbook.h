#pragma once

#include "core/earnings/earningsledger.h"
#include "core/foundation/money.h"

#include <optional>

namespace montaj {

// One withdrawal (a payout of the balance), or the reversal of one (a negative amount).
struct Withdrawal
{
    qint64 id = 0;
    qint64 timeMs = 0;
    qint64 amountMinor = 0;
    QString currency;
    qint64 reverses = 0;
    QString note;
    qint64 recordedMs = 0;

    Money amount() const;
};

struct PayoutLine
{
    Withdrawal withdrawal;
    qint64 balanceAfterMinor = 0; // the balance right after this withdrawal
};

// The payout position in the payout currency at one time.
struct PayoutStatement
{
    QString currency;
    qint64 earnedMinor = 0;
    qint64 withdrawnMinor = 0;
    qint64 balanceMinor = 0;
    std::optional<Money> minimum;
    bool canWithdraw = false; // the balance reaches the minimum
    QList<PayoutLine> lines;  // oldest first
};

// Withdrawals reconciled against the balance: balance(t) = earnings up to t valued in the payout
// currency (EarningsReport's exact rounding) − withdrawals up to t. A withdrawal must be in the
// payout currency, reach the minimum withdrawal, and never take the balance below zero, then or at
// any later withdrawal; otherwise it is refused with a clear Error
// ("earnings.withdrawal_below_minimum", "earnings.withdrawal_exceeds_balance", …). Withdrawals are
// never edited or deleted: a payout that bounced is reversed by a new, negative one.
class PayoutBook
{
    Q_DECLARE_TR_FUNCTIONS(PayoutBook)

public:
    explicit PayoutBook(EarningsLedger &ledger);

    Result<Money> balance(qint64 atMs) const;
    Result<Withdrawal> recordWithdrawal(const Money &amount, qint64 atMs, const QString &note = {});
    Result<Withdrawal> reverseWithdrawal(qint64 withdrawalId, qint64 atMs, const QString &reason = {});
    Result<QList<Withdrawal>> withdrawals() const; // oldest first
    Result<PayoutStatement> statement(qint64 atMs) const;

private:
    Result<QString> currency() const;
    Result<qint64> earnedMinor(const QString &currency, qint64 atMs) const;
    Result<qint64> withdrawnMinor(qint64 atMs) const;
    Result<Withdrawal> insert(const Withdrawal &withdrawal);

    EarningsLedger &m_ledger;
};

} // namespace montaj
