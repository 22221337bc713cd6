// The live dashboard's engine: LiveSessionMonitor folds 500 events a second into coalesced
// snapshots (a handful per second, not one per event), keeps running totals equal to an
// independent count, ranks gifters, counts gifts per minute, values in the chosen currency, and
// hands counted gifts to the ledger thread in batches.

#include "core/earnings/ledgerthread.h"
#include "core/earnings/livesessionmonitor.h"
#include "core/earnings/ratebook.h"
#include "earningstesthelpers.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace montaj;
using namespace montaj::test;

namespace {

ConversionSettings defaults()
{
    return ConversionSettings({{0, RateKind::CreatorShare, {}, {}, 500000, 0, {}},
                               {0, RateKind::DiamondValue, "USD", {}, 5000, 0, {}},
                               {0, RateKind::ExchangeRate, "USD", "EUR", 900000, 0, {}}});
}

// 500 events: streaks and single gifts from 12 viewers, with a replay of the first 100.
QList<LiveGiftEvent> sessionEvents()
{
    QList<LiveGiftEvent> events;
    qint64 t = 1717272000000;
    int n = 0;
    while (events.size() < 400) {
        const QString user = QStringLiteral("67%1").arg(n % 12);
        if (n % 3 == 0)
            events << giftEvent(QStringLiteral("p%1").arg(n), t, user, 6267, 2, 299, 1, false);
        else
            events << streak(QStringLiteral("s%1").arg(n), t, user, 5655, 1 + n % 5, 1 + n % 9,
                             QStringLiteral("g%1").arg(n));
        t += 700;
        ++n;
    }
    events << events.mid(0, 100);
    return events.mid(0, 500);
}

} // namespace

class TestEarningsLive : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void fiveHundredEventsASecondAreCoalesced()
    {
        LiveSessionMonitor monitor;
        monitor.setValuation(defaults(), "USD");
        monitor.reset("7300000000000000001");
        QSignalSpy snapshots(&monitor, &LiveSessionMonitor::snapshotReady);
        QSignalSpy batches(&monitor, &LiveSessionMonitor::giftsCounted);
        const QList<LiveGiftEvent> events = sessionEvents();
        QCOMPARE(events.size(), 500);
        // Feed them over one second of event loop, 10 every 20 ms.
        QElapsedTimer clock;
        clock.start();
        qsizetype next = 0;
        QTimer feeder;
        feeder.setInterval(20);
        connect(&feeder, &QTimer::timeout, &monitor, [&] {
            for (int i = 0; i < 10 && next < events.size(); ++i)
                monitor.ingest(events[next++]);
            if (next == events.size())
                feeder.stop();
        });
        feeder.start();
        QTRY_VERIFY_WITH_TIMEOUT(next == events.size(), 5000);
        QTest::qWait(300);
        const qint64 seconds = std::max<qint64>(1, (clock.elapsed() + 999) / 1000);
        QVERIFY2(snapshots.count() <= 4 * seconds + 2, qPrintable(QString::number(snapshots.count())));
        QVERIFY(snapshots.count() >= 2);
        const LiveSnapshot last = snapshots.last().at(0).value<LiveSnapshot>();
        const IndependentTotals byHand = countByHand(events);
        QCOMPARE(last.events, 500);
        QCOMPARE(last.gifts, byHand.gifts);
        QCOMPARE(last.coins, byHand.coins);
        QVERIFY(last.duplicates > 0);
        QVERIFY(last.streakSteps > 0);
        QCOMPARE(last.diamonds, roundHalfEvenByHand(byHand.coins, 2));
        QVERIFY(last.valued);
        QCOMPARE(last.minorUnits, roundHalfEvenByHand(byHand.coins, 4));
        // Every counted gift went to the ledger side exactly once, in a few batches.
        qint64 batchedCoins = 0;
        QSet<QString> keys;
        for (const QList<QVariant> &args : std::as_const(batches))
            for (const GiftRecord &r : args.at(0).value<QList<GiftRecord>>()) {
                QVERIFY(!keys.contains(r.eventKey));
                keys.insert(r.eventKey);
                batchedCoins += r.coins();
            }
        QCOMPARE(batchedCoins, byHand.coins);
        QVERIFY(batches.count() <= snapshots.count());
    }

    void topGiftersGiftsPerMinuteAndCurrency()
    {
        LiveSessionMonitor monitor;
        monitor.setValuation(defaults(), "EUR");
        monitor.setTopCount(2);
        monitor.reset("s");
        const qint64 t0 = 1717272000000;
        monitor.ingest(giftEvent("a", t0, "u1", 6267, 2, 299, 1, false));
        monitor.ingest(giftEvent("b", t0 + 1000, "u2", 6369, 2, 29999, 1, false));
        for (const LiveGiftEvent &e : streak("c", t0 + 2000, "u3", 5655, 1, 40, "g"))
            monitor.ingest(e);
        monitor.ingest(giftEvent("d", t0 + 90000, "u1", 6267, 2, 299, 1, false)); // 90 s later
        const LiveSnapshot s = monitor.snapshot();
        QCOMPARE(s.topGifters.size(), 2);
        QCOMPARE(s.topGifters[0].userId, QString("u2"));
        QCOMPARE(s.topGifters[1].userId, QString("u1"));
        QCOMPARE(s.topGifters[1].coins, 598);
        QCOMPARE(s.topGifters[1].uniqueId, QString("name_u1"));
        QCOMPARE(s.gifts, 1 + 1 + 40 + 1);
        QCOMPARE(s.giftsPerMinute, 1); // only "d" is within the last minute of event time
        QCOMPARE(s.recentMinutes.size(), 15);
        QCOMPARE(s.recentMinutes.back(), 1);
        qint64 inMinutes = 0;
        for (qint64 m : s.recentMinutes)
            inMinutes += m;
        QCOMPARE(inMinutes, s.gifts);
        // 30637 coins → 15318.5 diamonds → 15318 (even); × US$0.005 × 0.9 = 68.9333 € → 68.93.
        QCOMPARE(s.coins, 30637);
        QCOMPARE(s.diamonds, 15318);
        QCOMPARE(s.currency, QString("EUR"));
        QCOMPARE(s.minorUnits, 6893);
        monitor.setValuation(defaults(), "GBP");
        const LiveSnapshot gbp = monitor.snapshot();
        QVERIFY(!gbp.valued);
        QVERIFY(!gbp.valueProblem.isEmpty());
        QCOMPARE(gbp.diamonds, 15318);
        monitor.reset("other");
        QCOMPARE(monitor.snapshot().coins, 0);
    }

    void ledgerThreadWritesOffTheCallingThread()
    {
        const QString path = m_dir.filePath("live.sqlite");
        LedgerThread ledger(path);
        LiveSessionMonitor monitor;
        monitor.setValuation(defaults(), "USD");
        monitor.reset("s1");
        connect(&monitor, &LiveSessionMonitor::giftsCounted, &ledger,
                [&ledger](const QList<GiftRecord> &gifts) { ledger.append(gifts, EntrySource::Live); });
        QSignalSpy appended(&ledger, &LedgerThread::appended);
        const QList<LiveGiftEvent> events = sessionEvents();
        for (const LiveGiftEvent &e : events)
            monitor.ingest(e);
        monitor.flush();
        QTRY_COMPARE_WITH_TIMEOUT(appended.count(), 1, 5000);
        // The replay again, as after a reconnect: the ledger adds nothing.
        monitor.reset("s1");
        for (const LiveGiftEvent &e : events)
            monitor.ingest(e);
        monitor.flush();
        QTRY_COMPARE_WITH_TIMEOUT(appended.count(), 2, 5000);
        QCOMPARE(appended.at(1).at(0).value<AppendStats>().inserted, 0);

        std::optional<Result<SessionTotals>> totals;
        ledger.run<SessionTotals>(
            this, [](EarningsLedger &l) { return l.sessionTotals("s1"); },
            [&totals](Result<SessionTotals> r) { totals = std::move(r); });
        QTRY_VERIFY(totals.has_value());
        QCOMPARE((*totals)->coins, countByHand(events).coins);

        // A callback whose context is gone is not called.
        bool called = false;
        {
            QObject context;
            ledger.run<qint64>(
                &context, [](EarningsLedger &l) { return l.entryCount(); },
                [&called](Result<qint64>) { called = true; });
        }
        QTest::qWait(200);
        QVERIFY(!called);
        // A ledger that cannot open answers every job with the error.
        QFile plain(m_dir.filePath("plain-file"));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        LedgerThread broken(m_dir.filePath("plain-file/ledger.sqlite"));
        std::optional<Result<qint64>> failed;
        broken.run<qint64>(
            this, [](EarningsLedger &l) { return l.entryCount(); },
            [&failed](Result<qint64> r) { failed = std::move(r); });
        QTRY_VERIFY(failed.has_value());
        QVERIFY(!failed->ok());
        QCOMPARE(failed->error().code, QString("earnings.open_failed"));
    }
};

QTEST_GUILESS_MAIN(TestEarningsLive)
#include "tst_earningslive.moc"
