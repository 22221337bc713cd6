// The ledger file: de-duplication by (session, event key), entries and withdrawals that cannot be
// edited or deleted (corrections are new entries), sessions, the gift catalog (synced, editable),
// options, reopening; payouts reconciled against the balance with the minimum-withdrawal rule.

#include "core/earnings/earningsledger.h"
#include "core/earnings/earningsreport.h"
#include "core/earnings/giftcatalog.h"
#include "core/earnings/payoutbook.h"
#include "core/earnings/ratebook.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace montaj;

namespace {

GiftRecord gift(const QString &key, qint64 timeMs, qint64 coins, const QString &session = "s1")
{
    return {session, key, timeMs, "u1", "sunny", 5655, "Rose", 1, coins};
}

Money usd(qint64 cents)
{
    return *Money::fromMinor(cents, "USD");
}

} // namespace

class TestEarningsLedger : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<EarningsLedger> open(const QString &name = {})
    {
        auto opened = EarningsLedger::open(
            m_dir.filePath(name.isEmpty() ? QStringLiteral("l%1.sqlite").arg(++m_n) : name));
        if (!opened)
            qFatal("%s", qPrintable(opened.error().toString()));
        return std::move(opened).value();
    }

private Q_SLOTS:
    void appendIgnoresWhatItAlreadyHolds()
    {
        auto ledger = open();
        const QList<GiftRecord> records{gift("m:1", 1000, 5), gift("m:2", 2000, 7), gift("m:1", 1000, 5)};
        const Result<AppendStats> first = ledger->append(records, EntrySource::Live);
        QVERIFY(first.ok());
        QCOMPARE(first->inserted, 2);
        QCOMPARE(first->duplicates, 1);
        const Result<AppendStats> again = ledger->append(records, EntrySource::Platform);
        QCOMPARE(again->inserted, 0);
        QCOMPARE(again->duplicates, 3);
        // The same key in another session is another gift.
        QCOMPARE(ledger->append({gift("m:1", 1000, 5, "s2")}, EntrySource::Csv)->inserted, 1);
        QCOMPARE(*ledger->entryCount(), 3);
        const Result<SessionTotals> totals = ledger->sessionTotals("s1");
        QCOMPARE(totals->entries, 2);
        QCOMPARE(totals->coins, 12);
        QCOMPARE(totals->gifts, 2);
        // A bad row rolls the whole batch back.
        GiftRecord bad = gift("m:9", 3000, 1);
        bad.unitCoins = -1;
        QVERIFY(!ledger->append({gift("m:8", 3000, 1), bad}, EntrySource::Live).ok());
        QCOMPARE(*ledger->entryCount(), 3);
    }

    void entriesAreImmutableAndCorrectedByReversal()
    {
        auto ledger = open();
        QVERIFY(ledger->append({gift("m:1", 1000, 500), gift("m:2", 2000, 30)}, EntrySource::Live).ok());
        QSqlQuery raw(ledger->database());
        QVERIFY(!raw.exec("UPDATE entries SET coins = 1 WHERE event_key = 'm:1'"));
        QVERIFY(raw.lastError().text().contains("immutable"));
        QVERIFY(!raw.exec("DELETE FROM entries"));
        QCOMPARE(ledger->sessionTotals("s1")->coins, 530);

        QSqlQuery id(ledger->database());
        QVERIFY(id.exec("SELECT id FROM entries WHERE event_key = 'm:1'") && id.next());
        const qint64 entryId = id.value(0).toLongLong();
        const Result<qint64> reversal = ledger->reverse(entryId, "refunded gift");
        QVERIFY(reversal.ok());
        QCOMPARE(ledger->sessionTotals("s1")->coins, 30);
        QCOMPARE(ledger->sessionTotals("s1")->gifts, 1);
        const Result<LedgerEntry> entry = ledger->entry(*reversal);
        QCOMPARE(entry->reverses, entryId);
        QCOMPARE(entry->record.coins(), -500);
        QCOMPARE(entry->source, QString("correction"));
        QCOMPARE(entry->note, QString("refunded gift"));
        QCOMPARE(ledger->reverse(entryId, "again").error().code, QString("earnings.already_reversed"));
        QCOMPARE(ledger->reverse(*reversal, "undo").error().code, QString("earnings.reverse_reversal"));
        QCOMPARE(ledger->reverse(99999, "x").error().code, QString("earnings.entry_not_found"));
        QCOMPARE(*ledger->entryCount(), 3); // nothing disappeared
    }

    void sessionsCatalogAndOptionsPersist()
    {
        {
            auto ledger = open("persist.sqlite");
            QVERIFY(ledger
                        ->saveSession({"7300000000000000001", "Sunday cook-along", false, 1000, 5000, 42, 900,
                                       "platform"})
                        .ok());
            QVERIFY(ledger
                        ->saveSession({"7300000000000000001", "Sunday cook-along (edited)", false, 1000, 5000,
                                       42, 900, "platform"})
                        .ok());
            GiftCatalog catalog(*ledger);
            QVERIFY(
                catalog.observe({{5655, "Rose", 1, 1, false, 0}, {6267, "Corgi", 2, 299, false, 0}}).ok());
            QVERIFY(catalog.setPrice(6267, "Corgi", 300).ok());
            QVERIFY(
                catalog.observe({{6267, "Corgi", 2, 299, false, 0}, {5655, "Rose", 1, 2, false, 0}}).ok());
            QCOMPARE(catalog.setPrice(1, "x", -1).error().code, QString("earnings.invalid_price"));
            RateBook book(*ledger);
            QCOMPARE(*book.payoutCurrency(), QString("USD"));
            QVERIFY(book.setTaxRateBasisPoints(2500).ok());
            QVERIFY(!book.setTaxRateBasisPoints(10001).ok());
            QVERIFY(!book.setPayoutCurrency("XXY").ok());
            QVERIFY(ledger->append({gift("m:1", 1000, 5)}, EntrySource::Live).ok());
        }
        auto ledger = open("persist.sqlite");
        const Result<QList<EarningsSession>> sessions = ledger->sessions();
        QCOMPARE(sessions->size(), 1);
        QCOMPARE(sessions->at(0).title, QString("Sunday cook-along (edited)"));
        QCOMPARE(sessions->at(0).platformCoinTotal, 900);
        const Result<std::optional<GiftPrice>> corgi = GiftCatalog(*ledger).find(6267);
        QCOMPARE((*corgi)->coins, 300); // the user's price survives a sync
        QVERIFY((*corgi)->userEdited);
        QCOMPARE((*GiftCatalog(*ledger).find(5655))->coins, 2); // the platform's price follows the platform
        QVERIFY(!GiftCatalog(*ledger).find(1)->has_value());
        QCOMPARE(GiftCatalog(*ledger).list()->size(), 2);
        QCOMPARE(*RateBook(*ledger).taxRateBasisPoints(), 2500);
        QCOMPARE(*ledger->entryCount(), 1);
        QSqlQuery mode(ledger->database());
        QVERIFY(mode.exec("PRAGMA journal_mode") && mode.next());
        QCOMPARE(mode.value(0).toString(), QString("wal"));
    }

    void withdrawalsReconcileAgainstTheBalance()
    {
        auto ledger = open();
        RateBook book(*ledger);
        QCOMPARE(*book.seedCommonDefaults(), true);
        QCOMPARE(*book.seedCommonDefaults(), false);
        QCOMPARE((*book.minimumWithdrawal())->minorUnits(), 10000);
        // 1 coin = 0.25 ¢ with the defaults: 40000 coins = US$100 on day 1, 40000 more on day 10.
        const qint64 day = 86400000;
        QVERIFY(ledger->append({gift("m:1", 1 * day, 40000), gift("m:2", 10 * day, 40000)}, EntrySource::Live)
                    .ok());
        PayoutBook payouts(*ledger);
        QCOMPARE(payouts.balance(0)->minorUnits(), 0);
        QCOMPARE(payouts.balance(5 * day)->minorUnits(), 10000);
        QCOMPARE(payouts.balance(20 * day)->minorUnits(), 20000);

        QCOMPARE(payouts.recordWithdrawal(usd(9999), 20 * day).error().code,
                 QString("earnings.withdrawal_below_minimum"));
        QCOMPARE(payouts.recordWithdrawal(usd(20001), 20 * day).error().code,
                 QString("earnings.withdrawal_exceeds_balance"));
        QCOMPARE(payouts.recordWithdrawal(usd(10000), 0).error().code,
                 QString("earnings.withdrawal_exceeds_balance"));
        QCOMPARE(payouts.recordWithdrawal(usd(0), 20 * day).error().code,
                 QString("earnings.withdrawal_not_positive"));
        QCOMPARE(payouts.recordWithdrawal(*Money::fromMinor(10000, "EUR"), 20 * day).error().code,
                 QString("earnings.withdrawal_currency"));

        const Result<Withdrawal> first = payouts.recordWithdrawal(usd(15000), 20 * day, "PayPal");
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().toString()));
        QCOMPARE(payouts.balance(20 * day)->minorUnits(), 5000);
        // Back-dated to day 5 (balance 100 then), it would leave -50 after the day-20 payout.
        const Result<Withdrawal> backdated = payouts.recordWithdrawal(usd(10000), 5 * day);
        QCOMPARE(backdated.error().code, QString("earnings.withdrawal_exceeds_balance"));
        QCOMPARE(backdated.error().context.value("time_ms").toLongLong(), 20 * day);
        QCOMPARE(payouts.withdrawals()->size(), 1);

        // The payout bounced: reversed by a new, negative withdrawal; the original stays.
        const Result<Withdrawal> reversal = payouts.reverseWithdrawal(first->id, 21 * day, "bounced");
        QVERIFY(reversal.ok());
        QCOMPARE(reversal->amountMinor, -15000);
        QCOMPARE(payouts.balance(21 * day)->minorUnits(), 20000);
        QCOMPARE(payouts.reverseWithdrawal(first->id, 21 * day).error().code,
                 QString("earnings.withdrawal_already_reversed"));
        QSqlQuery raw(ledger->database());
        QVERIFY(!raw.exec("DELETE FROM withdrawals"));
        QVERIFY(!raw.exec("UPDATE rates SET micros = 1"));

        const Result<PayoutStatement> statement = payouts.statement(30 * day);
        QVERIFY(statement.ok());
        QCOMPARE(statement->earnedMinor, 20000);
        QCOMPARE(statement->withdrawnMinor, 0);
        QCOMPARE(statement->balanceMinor, 20000);
        QVERIFY(statement->canWithdraw);
        QCOMPARE(statement->lines.size(), 2);
        QCOMPARE(statement->lines[0].balanceAfterMinor, 5000);
        QCOMPARE(statement->lines[1].balanceAfterMinor, 20000);

        // No minimum: any positive amount up to the balance.
        QVERIFY(book.setMinimumWithdrawal(std::nullopt).ok());
        QVERIFY(payouts.recordWithdrawal(usd(1), 30 * day).ok());
        // Changing the payout currency with USD withdrawals on the books is refused clearly.
        QVERIFY(book.setPayoutCurrency("EUR").ok());
        QCOMPARE(payouts.balance(30 * day).error().code, QString("earnings.no_value"));
        QVERIFY(book.add({0, RateKind::ExchangeRate, "USD", "EUR", 900000, 0, {}}).ok());
        QCOMPARE(payouts.balance(30 * day).error().code, QString("earnings.mixed_payout_currency"));
    }

    void taxEstimateOnAPeriod()
    {
        auto ledger = open();
        RateBook book(*ledger);
        QVERIFY(book.seedCommonDefaults().ok());
        QVERIFY(book.setTaxRateBasisPoints(2000).ok());
        QVERIFY(ledger->append({gift("m:1", 1000, 12345)}, EntrySource::Live).ok());
        const EarningsReport report(*ledger, *book.settings(), QTimeZone::utc());
        const Result<Valuation> earned = report.totals({}, "USD");
        QCOMPARE(earned->minorUnits, 3086); // 12345 / 4 = 3086.25 ¢
        QCOMPARE(EarningsReport::taxEstimate(earned->money(), *book.taxRateBasisPoints()).minorUnits(),
                 617); // 617.2
    }
};

QTEST_GUILESS_MAIN(TestEarningsLedger)
#include "tst_earningsledger.moc"
