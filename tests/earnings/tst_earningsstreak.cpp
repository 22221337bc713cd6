// The streak rule and de-duplication (PLATFORM_API.md): a giftType-1 gift that emits two events is
// counted once; a 1→7 streak counts 7 once; interleaved viewers' streaks stay apart; a replay after
// a reconnect and a repeated terminal event add nothing; events read from the wire.

#include "core/earnings/streakfilter.h"
#include "earningstesthelpers.h"

#include <QTest>

using namespace montaj;
using namespace montaj::test;

namespace {

IndependentTotals runFilter(StreakFilter &filter, const QList<LiveGiftEvent> &events,
                            QList<GiftRecord> *out = nullptr)
{
    IndependentTotals totals;
    for (const LiveGiftEvent &e : events) {
        GiftRecord record;
        if (filter.accept(e, &record) == StreakFilter::Verdict::Counted) {
            totals.gifts += record.repeatCount;
            totals.coins += record.coins();
            if (out)
                out->append(record);
        }
    }
    return totals;
}

} // namespace

class TestEarningsStreak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleStreakGiftEmitsTwoEventsCountedOnce()
    {
        // One Rose: repeatCount 1 (repeatEnd false), then 1 again with repeatEnd true.
        const QList<LiveGiftEvent> events = streak("rose", 1000, "u1", 5655, 1, 1, "g1");
        QCOMPARE(events.size(), 2);
        StreakFilter filter("s1");
        QList<GiftRecord> records;
        const IndependentTotals totals = runFilter(filter, events, &records);
        QCOMPARE(totals.gifts, 1);
        QCOMPARE(totals.coins, 1);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].eventKey, QString("s:u1:5655:g1"));
        QCOMPARE(records[0].sessionId, QString("s1"));
        QCOMPARE(filter.streakSteps(), 1);
        QCOMPARE(filter.duplicates(), 0);
    }

    void streakOneToSevenCountsSevenOnce()
    {
        const QList<LiveGiftEvent> events = streak("fh", 1000, "u1", 5487, 5, 7, "g7");
        QCOMPARE(events.size(), 8);
        StreakFilter filter("s1");
        QList<GiftRecord> records;
        const IndependentTotals totals = runFilter(filter, events, &records);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].repeatCount, 7);
        QCOMPARE(records[0].unitCoins, 5);
        QCOMPARE(totals.coins, 35);
        QCOMPARE(records[0].timeMs, 1800); // the end event's time
        QCOMPARE(filter.streakSteps(), 7);
        // Counting every event (the naive way) would say 1+2+…+7+7 = 35 gifts.
        qint64 naive = 0;
        for (const LiveGiftEvent &e : events)
            naive += e.repeatCount;
        QCOMPARE(naive, 35);
        QCOMPARE(totals.gifts, 7);
    }

    void interleavedUsersKeepTheirStreaks()
    {
        const QList<LiveGiftEvent> a = streak("a", 1000, "u1", 5655, 1, 3, "ga");
        const QList<LiveGiftEvent> b = streak("b", 1050, "u2", 5655, 1, 5, "gb");
        // Same gift, same group id sent by a third viewer (connectors reuse ids): still separate.
        const QList<LiveGiftEvent> c = streak("c", 1070, "u3", 5655, 1, 2, "ga");
        QList<LiveGiftEvent> mixed;
        for (qsizetype i = 0; i < 6; ++i) {
            if (i < a.size())
                mixed << a[i];
            if (i < b.size())
                mixed << b[i];
            if (i < c.size())
                mixed << c[i];
        }
        mixed << giftEvent("corgi", 1200, "u1", 6267, 2, 299, 1, false); // a non-streak gift in between
        QCOMPARE(mixed.size(), a.size() + b.size() + c.size() + 1);
        StreakFilter filter("s1");
        QList<GiftRecord> records;
        const IndependentTotals totals = runFilter(filter, mixed, &records);
        QCOMPARE(records.size(), 4);
        QCOMPARE(totals.gifts, 3 + 5 + 2 + 1);
        QCOMPARE(totals.coins, 3 + 5 + 2 + 299);
        const IndependentTotals byHand = countByHand(mixed);
        QCOMPARE(totals.gifts, byHand.gifts);
        QCOMPARE(totals.coins, byHand.coins);
    }

    void replayAfterReconnectAddsNothing()
    {
        QList<LiveGiftEvent> session = streak("a", 1000, "u1", 5879, 30, 4, "g1");
        session << giftEvent("lion", 2000, "u2", 6369, 2, 29999, 1, false);
        session << streak("b", 3000, "u3", 5655, 1, 2, "g2");
        // First connection: the first 5 events, then the socket drops; the reconnect replays all.
        QList<LiveGiftEvent> received = session.mid(0, 5);
        received << session;
        StreakFilter filter("s1");
        const IndependentTotals totals = runFilter(filter, received);
        const IndependentTotals expected = countByHand(session);
        QCOMPARE(totals.gifts, expected.gifts);
        QCOMPARE(totals.coins, expected.coins);
        QCOMPARE(totals.coins, 4 * 30 + 29999 + 2);
        QCOMPARE(filter.duplicates(), 1); // the streak end inside the first five came again
        QCOMPARE(filter.countedEvents(), 3);
    }

    void duplicateTerminalEventsAreIgnored()
    {
        QList<LiveGiftEvent> events = streak("p", 1000, "u1", 5658, 20, 3, "g9");
        LiveGiftEvent again = events.back();
        again.msgId = "p-end-again"; // some connectors send the end twice, with a new msgId
        again.createTime += 5;
        events << again << events.back(); // and the very same message again
        StreakFilter filter("s1");
        const IndependentTotals totals = runFilter(filter, events);
        QCOMPARE(totals.gifts, 3);
        QCOMPARE(totals.coins, 60);
        QCOMPARE(filter.duplicates(), 2);
    }

    void plainGiftsCountByMessage()
    {
        // giftType != 1 comes once with repeatEnd false and counts; two corgis are two gifts.
        StreakFilter filter("s1");
        const IndependentTotals totals =
            runFilter(filter, {giftEvent("c1", 10, "u1", 6267, 2, 299, 1, false),
                               giftEvent("c2", 20, "u1", 6267, 2, 299, 1, false),
                               giftEvent("c1", 10, "u1", 6267, 2, 299, 1, false)});
        QCOMPARE(totals.gifts, 2);
        QCOMPARE(totals.coins, 598);
        QCOMPARE(StreakFilter::eventKey(giftEvent("c1", 10, "u1", 6267, 2, 299, 1, false)), QString("m:c1"));
        // A streak end without a group id falls back to its message id.
        QCOMPARE(StreakFilter::eventKey(giftEvent("x", 10, "u1", 5655, 1, 1, 3, true)), QString("m:x"));
    }

    void filterResetsPerSession()
    {
        StreakFilter filter("s1");
        const LiveGiftEvent e = giftEvent("c1", 10, "u1", 6267, 2, 299, 1, false);
        QCOMPARE(filter.accept(e), StreakFilter::Verdict::Counted);
        QCOMPARE(filter.accept(e), StreakFilter::Verdict::Duplicate);
        filter.reset("s2");
        QCOMPARE(filter.accept(e), StreakFilter::Verdict::Counted);
        QCOMPARE(filter.sessionId(), QString("s2"));
    }

    void eventsReadFromTheWire()
    {
        // 19-digit ids arrive as JSON numbers from some connectors: they must survive exactly.
        const QByteArray json =
            "{\"msgId\":7312345678901234567,\"createTime\":1717272000123,\"userId\":\"6700000000000007919\","
            "\"uniqueId\":\"sunny_lemon42\",\"giftId\":5655,\"giftName\":\"Rose\",\"giftType\":1,"
            "\"diamondCount\":1,\"repeatCount\":7,\"repeatEnd\":true,\"groupId\":1234567890123456789,"
            "\"receiverUserId\":\"7000000000000000001\"}";
        const Result<LiveGiftEvent> event = LiveGiftEvent::fromJson(json);
        QVERIFY2(event.ok(), event.ok() ? "" : qPrintable(event.error().toString()));
        QCOMPARE(event->msgId, QString("7312345678901234567"));
        QCOMPARE(event->groupId, QString("1234567890123456789"));
        QCOMPARE(event->createTime, 1717272000123);
        QCOMPARE(event->repeatCount, 7);
        QVERIFY(event->countsAsGift());
        QCOMPARE(event->coins(), 7);
        // Round trip.
        const Result<LiveGiftEvent> again = LiveGiftEvent::fromJson(event->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->msgId, event->msgId);

        const Result<LiveGiftEvent> broken =
            LiveGiftEvent::fromJson(QByteArray("{\"msgId\":\"1\",\"createTime\":5}"));
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().code, QString("live.malformed_event"));
        QCOMPARE(broken.error().context.value("field").toString(), QString("giftId"));
        QVERIFY(!LiveGiftEvent::fromJson(QByteArray("not json")).ok());
        const Result<LiveGiftEvent> zero = LiveGiftEvent::fromJson(
            QByteArray("{\"msgId\":\"1\",\"createTime\":5,\"userId\":\"2\",\"giftId\":3,\"giftType\":0,"
                       "\"diamondCount\":1,\"repeatCount\":0}"));
        QVERIFY(!zero.ok());
        QCOMPARE(zero.error().context.value("field").toString(), QString("repeatCount"));
    }
};

QTEST_GUILESS_MAIN(TestEarningsStreak)
#include "tst_earningsstreak.moc"
