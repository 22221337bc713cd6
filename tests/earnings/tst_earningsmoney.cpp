// Coins → diamonds → money, exactly: six-place decimals, round half to even once per report (not
// per gift), a rate change in the middle of a month applied by event time, currencies through an
// exchange rate, breakdown lines that add up to the total, days in the report's time zone, the
// tax estimate, and totals equal to an independent computation over random sessions.

#include "core/earnings/earningsledger.h"
#include "core/earnings/earningsreport.h"
#include "core/earnings/microdecimal.h"
#include "core/earnings/ratebook.h"
#include "core/earnings/streakfilter.h"
#include "earningstesthelpers.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace montaj;
using namespace montaj::test;

namespace {

qint64 utc(int y, int m, int d, int h = 0, int min = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s, ms), Qt::UTC).toMSecsSinceEpoch();
}

GiftRecord gift(const QString &key, qint64 timeMs, qint64 coins, const QString &user = "u1",
                qint64 giftId = 1, const QString &session = "s1")
{
    return {session, key,  timeMs, user, "name_" + user, giftId, QStringLiteral("Gift %1").arg(giftId),
            1,       coins};
}

RateSetting rate(RateKind kind, qint64 micros, qint64 from, const QString &currency = {},
                 const QString &quote = {})
{
    return {0, kind, currency, quote, micros, from, {}};
}

} // namespace

class TestEarningsMoney : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EarningsLedger> m_ledger;
    int m_n = 0;

    EarningsLedger &freshLedger()
    {
        m_ledger.reset();
        auto opened = EarningsLedger::open(m_dir.filePath(QStringLiteral("l%1.sqlite").arg(++m_n)));
        if (!opened)
            qFatal("%s", qPrintable(opened.error().toString()));
        m_ledger = std::move(opened).value();
        return *m_ledger;
    }

private Q_SLOTS:
    void microDecimals()
    {
        QCOMPARE(*MicroDecimal::parse(u"0.005"), 5000);
        QCOMPARE(*MicroDecimal::parse(u"50"), 50000000);
        QCOMPARE(*MicroDecimal::parse(u"-1.25"), -1250000);
        QCOMPARE(*MicroDecimal::parse(u"0.000001"), 1);
        QVERIFY(!MicroDecimal::parse(u"0.0000001").ok());
        QCOMPARE(MicroDecimal::parse(u"1e3").error().code, QString("earnings.invalid_decimal"));
        QVERIFY(!MicroDecimal::parse(u"").ok());
        const QLocale fr(QLocale::French, QLocale::France);
        QCOMPARE(*MicroDecimal::parse(u"1 234,5", fr), 1234500000);
        QCOMPARE(*MicroDecimal::parse(QString(fr.toString(1234) + ",5"), fr), 1234500000);
        const QLocale ar(QLocale::Arabic, QLocale::Egypt);
        QCOMPARE(*MicroDecimal::parse(MicroDecimal::toDisplayString(920000, ar), ar), 920000);
        QCOMPARE(MicroDecimal::toString(5000), QString("0.005"));
        QCOMPARE(MicroDecimal::toString(-1250000), QString("-1.25"));
        QCOMPARE(MicroDecimal::toString(50000000), QString("50"));
        QCOMPARE(MicroDecimal::toDisplayString(5000, fr), QString("0,005"));
        QCOMPARE(MicroDecimal::toDisplayString(50000000, fr, 2), QString("50,00"));
    }

    void roundingIsHalfEvenOncePerReport()
    {
        const ConversionSettings settings(
            {rate(RateKind::CreatorShare, 500000, 0), rate(RateKind::DiamondValue, 5000, 0, "USD")});
        // coins per segment: segment 0 is before the epoch, segment 1 from the epoch on.
        const auto value = [&](qint64 coins) { return *settings.valuate({0, coins}, coins, "USD"); };
        QCOMPARE(value(1).diamonds, 0); // 0.5 → 0 (even)
        QCOMPARE(value(3).diamonds, 2); // 1.5 → 2
        QCOMPARE(value(5).diamonds, 2); // 2.5 → 2
        QCOMPARE(value(7).diamonds, 4); // 3.5 → 4
        // money: coins × 0.5 × US$0.005 = coins / 4 cents
        QCOMPARE(value(2).minorUnits, 0);     // 0.5 ¢ → 0
        QCOMPARE(value(6).minorUnits, 2);     // 1.5 ¢ → 2
        QCOMPARE(value(10).minorUnits, 2);    // 2.5 ¢ → 2
        QCOMPARE(value(401).minorUnits, 100); // 100.25 ¢
        QCOMPARE(value(402).minorUnits, 100); // 100.5 ¢ → 100
        QCOMPARE(value(406).minorUnits, 102); // 101.5 ¢ → 102
        QCOMPARE(value(406).money().toDecimalString(), QString("1.02"));

        // Three one-coin roses in one report: rounding per gift would say 0 diamonds; the exact
        // total is 1.5, rounded once: 2.
        EarningsLedger &ledger = freshLedger();
        QVERIFY(ledger.append({gift("a", 1000, 1), gift("b", 2000, 1), gift("c", 3000, 1)}, EntrySource::Live)
                    .ok());
        const EarningsReport report(ledger, settings, QTimeZone::utc());
        const Result<Valuation> total = report.totals({}, "USD");
        QVERIFY(total.ok());
        QCOMPARE(total->coins, 3);
        QCOMPARE(total->diamonds, 2);
        QCOMPARE(total->minorUnits, 1); // 0.75 ¢ → 1
    }

    void rateChangeMidMonthAppliesByEventTime()
    {
        EarningsLedger &ledger = freshLedger();
        RateBook book(ledger);
        QVERIFY(book.add(rate(RateKind::CreatorShare, 500000, 0)).ok());
        QVERIFY(book.add(rate(RateKind::DiamondValue, 5000, 0, "USD")).ok());
        const qint64 change = utc(2024, 6, 15);
        QVERIFY(book.add(rate(RateKind::CreatorShare, 600000, change)).ok());
        QVERIFY(book.add(rate(RateKind::DiamondValue, 6000, change, "USD")).ok());
        // Before the change: 1001 coins; after: 2003 coins; the last millisecond before counts old.
        QVERIFY(ledger
                    .append({gift("a", utc(2024, 6, 3, 20), 1000), gift("b", change - 1, 1),
                             gift("c", change, 2000), gift("d", utc(2024, 6, 29, 23, 59), 3)},
                            EntrySource::Live)
                    .ok());
        const qint64 before = 1001, after = 2003;
        const EarningsReport report(ledger, *book.settings(), QTimeZone::utc());
        const Result<Breakdown> months = report.breakdown(Grouping::Month, {}, "USD");
        QVERIFY(months.ok());
        QCOMPARE(months->rows.size(), 1);
        const BreakdownRow &june = months->rows[0];
        QCOMPARE(june.key, QString("2024-06"));
        QCOMPARE(june.date, QDate(2024, 6, 1));
        QCOMPARE(june.coins, before + after);
        // By hand: diamonds = 0.5·before + 0.6·after = (5·before + 6·after) / 10;
        // cents = before·0.5·0.5 + after·0.6·0.6 = (25·before + 36·after) / 100.
        QCOMPARE(june.diamonds, roundHalfEvenByHand(5 * before + 6 * after, 10));
        QCOMPARE(june.minorUnits, roundHalfEvenByHand(25 * before + 36 * after, 100));
        QCOMPARE(june.minorUnits, 971); // 250.25 + 721.08 = 971.33 ¢
        // With the old rate for the whole month it would have been 751 ¢.
        QCOMPARE(ConversionSettings(
                     {rate(RateKind::CreatorShare, 500000, 0), rate(RateKind::DiamondValue, 5000, 0, "USD")})
                     .valuate({0, before + after}, 0, "USD")
                     .value()
                     .minorUnits,
                 751);

        // Days add up to the month exactly; each day is within one cent of its own exact value.
        const Result<Breakdown> days = report.breakdown(Grouping::Day, {}, "USD");
        QVERIFY(days.ok());
        QCOMPARE(days->rows.size(), 4);
        qint64 sum = 0;
        for (const BreakdownRow &day : days->rows)
            sum += day.minorUnits;
        QCOMPARE(sum, june.minorUnits);
        QCOMPARE(days->total.minorUnits, june.minorUnits);
        QCOMPARE(days->rows[0].key, QString("2024-06-03"));
        QCOMPARE(days->rows[0].minorUnits, 250);
        QCOMPARE(days->rows[1].key, QString("2024-06-14"));
        QCOMPARE(days->rows[2].key, QString("2024-06-15"));
        QCOMPARE(days->rows[2].minorUnits, 720);
        // Only the second half of the month.
        ReportFilter second;
        second.fromMs = change;
        QCOMPARE(report.totals(second, "USD")->minorUnits, roundHalfEvenByHand(36 * after, 100));
    }

    void currenciesThroughAnExchangeRate()
    {
        const qint64 july = utc(2024, 7, 1);
        const ConversionSettings settings({rate(RateKind::CreatorShare, 500000, 0),
                                           rate(RateKind::DiamondValue, 5000, 0, "USD"),
                                           rate(RateKind::ExchangeRate, 920000, 0, "USD", "EUR"),
                                           rate(RateKind::ExchangeRate, 930000, july, "USD", "EUR"),
                                           rate(RateKind::DiamondValue, 750000, 0, "JPY"),
                                           rate(RateKind::ExchangeRate, 307000, 0, "USD", "KWD")});
        QCOMPARE(settings.valueCurrencies(), QStringList({"EUR", "JPY", "KWD", "USD"}));
        QCOMPARE(*settings.valuePicoAt("EUR", 0), 5000LL * 920000);
        QVERIFY(!settings.valuePicoAt("GBP", 0));
        // 1000 coins → 500 diamonds → US$2.50 → 2.30 € at 0.92, 2.325 → 2.32 € (half even) at 0.93.
        const QList<qint64> points = settings.changePoints("EUR");
        QList<qint64> coins(points.size() + 1, 0);
        coins[ConversionSettings::segmentIndex(points, july - 1)] = 1000;
        QCOMPARE(settings.valuate(coins, 0, "EUR")->minorUnits, 230);
        coins.fill(0);
        coins[ConversionSettings::segmentIndex(points, july)] = 1000;
        QCOMPARE(settings.valuate(coins, 0, "EUR")->minorUnits, 232);
        // JPY has no minor digits: 500 diamonds × ¥0.75 = ¥375. KWD has three: 2.5 × 0.307 = 0.7675 → 0.768.
        const QList<qint64> jp = settings.changePoints("JPY");
        QList<qint64> jpCoins(jp.size() + 1, 0);
        jpCoins[ConversionSettings::segmentIndex(jp, july)] = 1000;
        QCOMPARE(settings.valuate(jpCoins, 0, "JPY")->money().toDecimalString(), QString("375"));
        const QList<qint64> kw = settings.changePoints("KWD");
        QList<qint64> kwCoins(kw.size() + 1, 0);
        kwCoins[ConversionSettings::segmentIndex(kw, july)] = 1000;
        QCOMPARE(settings.valuate(kwCoins, 0, "KWD")->money().toDecimalString(), QString("0.768"));
        // No value in GBP, no share before the epoch: clear errors.
        const QList<qint64> gb = settings.changePoints("GBP");
        QList<qint64> gbCoins(gb.size() + 1, 0);
        gbCoins[ConversionSettings::segmentIndex(gb, july)] = 1000;
        QCOMPARE(settings.valuate(gbCoins, 0, "GBP").error().code, QString("earnings.no_value"));
        QList<qint64> early(points.size() + 1, 0);
        early[0] = 10;
        QCOMPARE(settings.valuate(early, 0, "USD").error().code, QString("earnings.no_share"));
        // Invalid settings are refused.
        QCOMPARE(ConversionSettings::validate(rate(RateKind::CreatorShare, 1000001, 0)).error().code,
                 QString("earnings.invalid_rate"));
        QVERIFY(!ConversionSettings::validate(rate(RateKind::ExchangeRate, 1, 0, "USD", "USD")).ok());
        QVERIFY(!ConversionSettings::validate(rate(RateKind::DiamondValue, 5000, 0, "XYZ")).ok());
    }

    void newerSettingAtTheSameDateCorrectsAMistake()
    {
        EarningsLedger &ledger = freshLedger();
        RateBook book(ledger);
        QVERIFY(book.add(rate(RateKind::CreatorShare, 500000, 0)).ok());
        QVERIFY(book.add(rate(RateKind::CreatorShare, 5000, 1000)).ok());   // typo: 0.5 %
        QVERIFY(book.add(rate(RateKind::CreatorShare, 550000, 1000)).ok()); // corrected
        QCOMPARE(*book.settings()->shareAt(999), 500000);
        QCOMPARE(*book.settings()->shareAt(1000), 550000);
        QCOMPARE(book.list()->size(), 3); // nothing was edited in place
    }

    void daysFollowTheTimeZone()
    {
        EarningsLedger &ledger = freshLedger();
        const ConversionSettings settings(
            {rate(RateKind::CreatorShare, 500000, 0), rate(RateKind::DiamondValue, 5000, 0, "USD")});
        // Nepal is UTC+05:45: 18:14:59.999 UTC is still June 1 there, 18:15 is June 2.
        QVERIFY(ledger
                    .append({gift("a", utc(2024, 6, 1, 18, 14, 59, 999), 40),
                             gift("b", utc(2024, 6, 1, 18, 15), 80), gift("c", utc(2024, 6, 30, 23, 0), 4)},
                            EntrySource::Live)
                    .ok());
        const Result<Breakdown> nepal = EarningsReport(ledger, settings, QTimeZone(5 * 3600 + 45 * 60))
                                            .breakdown(Grouping::Day, {}, "USD");
        QVERIFY(nepal.ok());
        QCOMPARE(nepal->rows.size(), 3);
        QCOMPARE(nepal->rows[0].key, QString("2024-06-01"));
        QCOMPARE(nepal->rows[0].coins, 40);
        QCOMPARE(nepal->rows[1].key, QString("2024-06-02"));
        QCOMPARE(nepal->rows[2].key, QString("2024-07-01")); // 23:00 UTC on June 30 is July there
        const Result<Breakdown> utcDays =
            EarningsReport(ledger, settings, QTimeZone::utc()).breakdown(Grouping::Day, {}, "USD");
        QCOMPARE(utcDays->rows.size(), 2);
        QCOMPARE(utcDays->rows[0].coins, 120);
        const Result<Breakdown> months = EarningsReport(ledger, settings, QTimeZone(5 * 3600 + 45 * 60))
                                             .breakdown(Grouping::Month, {}, "USD");
        QCOMPARE(months->rows.size(), 2);
        QCOMPARE(months->rows[1].key, QString("2024-07"));
    }

    void breakdownsByGifterGiftAndSessionWithFilters()
    {
        EarningsLedger &ledger = freshLedger();
        QVERIFY(ledger.saveSession({"s1", "Sunday cook-along", false, 1000, 9000, -1, -1, "platform"}).ok());
        QVERIFY(ledger.saveSession({"s2", "Q&A", false, 20000, 29000, -1, -1, "platform"}).ok());
        QVERIFY(ledger
                    .append({gift("a", 1000, 100, "u1", 5655), gift("b", 2000, 300, "u2", 6267),
                             gift("c", 3000, 50, "u1", 6267), gift("d", 21000, 1, "u3", 5655, "s2")},
                            EntrySource::Live)
                    .ok());
        const EarningsReport report(ledger,
                                    ConversionSettings({rate(RateKind::CreatorShare, 500000, 0),
                                                        rate(RateKind::DiamondValue, 5000, 0, "USD")}),
                                    QTimeZone::utc());
        const Result<Breakdown> gifters = report.breakdown(Grouping::Gifter, {}, "USD");
        QCOMPARE(gifters->rows.size(), 3);
        QCOMPARE(gifters->rows[0].key, QString("u2")); // most coins first
        QCOMPARE(gifters->rows[0].label, QString("name_u2"));
        QCOMPARE(gifters->rows[1].coins, 150);
        const Result<Breakdown> gifts = report.breakdown(Grouping::Gift, {}, "USD");
        QCOMPARE(gifts->rows.size(), 2);
        QCOMPARE(gifts->rows[0].key, QString("6267"));
        QCOMPARE(gifts->rows[0].gifts, 2);
        const Result<Breakdown> sessions = report.breakdown(Grouping::Session, {}, "USD");
        QCOMPARE(sessions->rows.size(), 2);
        QCOMPARE(sessions->rows[0].key, QString("s2")); // newest first
        QCOMPARE(sessions->rows[1].label, QString("Sunday cook-along"));
        QCOMPARE(sessions->rows[1].coins, 450);

        ReportFilter filter;
        filter.search = "u1";
        QCOMPARE(report.totals(filter, "USD")->coins, 150);
        filter = {};
        filter.search = "NAME_U3"; // LIKE is case-insensitive for ASCII
        QCOMPARE(report.totals(filter, "USD")->coins, 1);
        filter = {};
        filter.search = "%";
        QCOMPARE(report.totals(filter, "USD")->coins, 0); // wildcards are literal
        filter = {};
        filter.giftId = 6267;
        filter.userId = "u1";
        QCOMPARE(report.totals(filter, "USD")->coins, 50);
        filter = {};
        filter.sessionId = "s2";
        QCOMPARE(report.breakdown(Grouping::Gifter, filter, "USD")->rows.size(), 1);
        // A currency without a value still gives coins, with the reason.
        const Result<Breakdown> gbp = report.breakdown(Grouping::Gift, {}, "GBP");
        QVERIFY(gbp.ok());
        QVERIFY(gbp->valueError);
        QCOMPARE(gbp->total.coins, 451);
        QCOMPARE(report.totals({}, "GBP").error().code, QString("earnings.no_value"));
    }

    void taxEstimate()
    {
        QCOMPARE(EarningsReport::taxEstimate(*Money::fromMinor(123456, "USD"), 2500).minorUnits(), 30864);
        QCOMPARE(EarningsReport::taxEstimate(*Money::fromMinor(10, "USD"), 2500).minorUnits(), 2); // 2.5 → 2
        QCOMPARE(EarningsReport::taxEstimate(*Money::fromMinor(30, "USD"), 2500).minorUnits(), 8); // 7.5 → 8
        QCOMPARE(EarningsReport::taxEstimate(*Money::fromMinor(-500, "USD"), 2500).minorUnits(), 0);
        QCOMPARE(EarningsReport::taxEstimate(*Money::fromMinor(500, "EUR"), 0).currency(), QString("EUR"));
    }

    void totalsEqualAnIndependentComputation()
    {
        EarningsLedger &ledger = freshLedger();
        RateBook book(ledger);
        const qint64 change1 = utc(2024, 5, 10, 12), change2 = utc(2024, 6, 20);
        QVERIFY(book.add(rate(RateKind::CreatorShare, 500000, 0)).ok());
        QVERIFY(book.add(rate(RateKind::DiamondValue, 5000, 0, "USD")).ok());
        QVERIFY(book.add(rate(RateKind::CreatorShare, 450000, change1)).ok());
        QVERIFY(book.add(rate(RateKind::DiamondValue, 5500, change2, "USD")).ok());

        QRandomGenerator random(20240601);
        const qint64 start = utc(2024, 5, 1), end = utc(2024, 7, 31);
        QList<LiveGiftEvent> all;
        qint64 seq = 0;
        const qint64 prices[] = {1, 1, 5, 20, 30, 99, 299, 29999};
        for (int session = 0; session < 12; ++session) {
            const QString sessionId = QStringLiteral("9%1").arg(session);
            QList<LiveGiftEvent> events;
            qint64 t = start + qint64(random.bounded(quint64(end - start)));
            for (int action = 0; action < 150; ++action) {
                t += random.bounded(1, 60000);
                const QString user = QStringLiteral("67%1").arg(random.bounded(20));
                const qint64 price = prices[random.bounded(8)];
                if (random.bounded(3) == 0) {
                    events << giftEvent(QString::number(++seq), t, user, 6000 + price, 2, price, 1, false);
                } else {
                    const QString id = QString::number(++seq);
                    const QList<LiveGiftEvent> s =
                        streak(id, t, user, 5000 + price, price, random.bounded(1, 25), id);
                    events << s;
                    if (random.bounded(10) == 0)
                        events << s.back(); // a repeated terminal event
                    t = s.back().createTime;
                }
            }
            // A reconnect replays the start of the session.
            QList<LiveGiftEvent> received = events.mid(0, random.bounded(qsizetype(1), events.size()));
            received << events;
            StreakFilter filter(sessionId);
            QList<GiftRecord> records;
            for (const LiveGiftEvent &e : received) {
                GiftRecord r;
                if (filter.accept(e, &r) == StreakFilter::Verdict::Counted)
                    records << r;
            }
            QVERIFY(ledger.append(records, EntrySource::Live).ok());
            QVERIFY(ledger.append(records.mid(0, 10), EntrySource::Live).ok()); // and again: ignored
            for (LiveGiftEvent &e : events)
                e.msgId = sessionId + ':' + e.msgId; // ids are per session for the hand count
            all << events;
        }
        // By hand: coins per rate period, then each formula once.
        qint64 gifts = 0, c0 = 0, c1 = 0, c2 = 0;
        QSet<QString> seen;
        for (const LiveGiftEvent &e : std::as_const(all)) {
            if (seen.contains(e.msgId) || (e.giftType == 1 && !e.repeatEnd))
                continue;
            seen.insert(e.msgId);
            gifts += e.repeatCount;
            const qint64 coins = e.repeatCount * e.diamondCount;
            (e.createTime < change1 ? c0 : e.createTime < change2 ? c1 : c2) += coins;
        }
        // diamonds = 0.5 c0 + 0.45 (c1 + c2) = (50 c0 + 45 c1 + 45 c2) / 100
        // cents = 100 × (0.5·0.005 c0 + 0.45·0.005 c1 + 0.45·0.0055 c2) = (2500 c0 + 2250 c1 + 2475 c2) /
        // 10000
        const qint64 diamonds = roundHalfEvenByHand(50 * c0 + 45 * c1 + 45 * c2, 100);
        const qint64 cents = roundHalfEvenByHand(2500 * c0 + 2250 * c1 + 2475 * c2, 10000);

        const EarningsReport report(ledger, *book.settings(), QTimeZone::utc());
        const Result<Valuation> total = report.totals({}, "USD");
        QVERIFY2(total.ok(), total.ok() ? "" : qPrintable(total.error().toString()));
        QCOMPARE(total->gifts, gifts);
        QCOMPARE(total->coins, c0 + c1 + c2);
        QCOMPARE(total->diamonds, diamonds);
        QCOMPARE(total->minorUnits, cents);
        QVERIFY(total->coins > 100000);
        // Every breakdown adds up to the same total.
        for (Grouping g :
             {Grouping::Session, Grouping::Day, Grouping::Month, Grouping::Gifter, Grouping::Gift}) {
            const Result<Breakdown> b = report.breakdown(g, {}, "USD");
            QVERIFY(b.ok());
            qint64 sumCoins = 0, sumDiamonds = 0, sumMinor = 0, sumGifts = 0;
            for (const BreakdownRow &row : b->rows) {
                sumCoins += row.coins;
                sumDiamonds += row.diamonds;
                sumMinor += row.minorUnits;
                sumGifts += row.gifts;
            }
            QCOMPARE(sumCoins, c0 + c1 + c2);
            QCOMPARE(sumGifts, gifts);
            QCOMPARE(sumDiamonds, diamonds);
            QCOMPARE(sumMinor, cents);
        }
        // Each month's coins by hand too.
        const Result<Breakdown> months = report.breakdown(Grouping::Month, {}, "USD");
        for (const BreakdownRow &row : months->rows) {
            qint64 monthCoins = 0;
            QSet<QString> once;
            for (const LiveGiftEvent &e : std::as_const(all)) {
                const QDate d = QDateTime::fromMSecsSinceEpoch(e.createTime, Qt::UTC).date();
                if (d.year() == row.date.year() && d.month() == row.date.month() && !once.contains(e.msgId)
                    && (e.giftType != 1 || e.repeatEnd)) {
                    once.insert(e.msgId);
                    monthCoins += e.repeatCount * e.diamondCount;
                }
            }
            QCOMPARE(row.coins, monthCoins);
        }
    }
};

QTEST_GUILESS_MAIN(TestEarningsMoney)
#include "tst_earningsmoney.moc"
