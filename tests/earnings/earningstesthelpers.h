#pragma once

// Builders of LIVE gift events for the earnings tests, and the independent count every test
// compares with: plain integer arithmetic over the raw events, written separately from the
// product code (de-duplication by msgId for plain gifts and by streak for streak ends).

#include "core/platform/livetypes.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace montaj::test {

inline LiveGiftEvent giftEvent(const QString &msgId, qint64 timeMs, const QString &user, qint64 giftId,
                               int giftType, qint64 price, qint64 repeat, bool end, const QString &group = {})
{
    LiveGiftEvent e;
    e.msgId = msgId;
    e.createTime = timeMs;
    e.userId = user;
    e.uniqueId = "name_" + user;
    e.giftId = giftId;
    e.giftName = QStringLiteral("Gift %1").arg(giftId);
    e.giftType = giftType;
    e.diamondCount = price;
    e.repeatCount = repeat;
    e.repeatEnd = end;
    e.groupId = group;
    e.receiverUserId = "7000000000000000001";
    return e;
}

// A streak as the platform sends it: repeatCount 1…n with repeatEnd false, then n with repeatEnd true.
inline QList<LiveGiftEvent> streak(const QString &prefix, qint64 startMs, const QString &user, qint64 giftId,
                                   qint64 price, int n, const QString &group)
{
    QList<LiveGiftEvent> events;
    for (int i = 1; i <= n; ++i)
        events << giftEvent(QStringLiteral("%1-%2").arg(prefix).arg(i), startMs + i * 100, user, giftId, 1,
                            price, i, false, group);
    events << giftEvent(QStringLiteral("%1-end").arg(prefix), startMs + (n + 1) * 100, user, giftId, 1, price,
                        n, true, group);
    return events;
}

struct IndependentTotals
{
    qint64 gifts = 0;
    qint64 coins = 0;
};

// The contract's rule counted by hand: giftType != 1 or repeatEnd; once per msgId, and a streak's
// end once per (user, gift, group).
inline IndependentTotals countByHand(const QList<LiveGiftEvent> &events)
{
    QSet<QString> msgIds;
    QSet<QString> streakEnds;
    IndependentTotals totals;
    for (const LiveGiftEvent &e : events) {
        if (msgIds.contains(e.msgId))
            continue;
        msgIds.insert(e.msgId);
        if (e.giftType == 1 && !e.repeatEnd)
            continue;
        if (e.giftType == 1 && !e.groupId.isEmpty()) {
            const QString streakId = e.userId + '|' + QString::number(e.giftId) + '|' + e.groupId;
            if (streakEnds.contains(streakId))
                continue;
            streakEnds.insert(streakId);
        }
        totals.gifts += e.repeatCount;
        totals.coins += e.repeatCount * e.diamondCount;
    }
    return totals;
}

// Round half to even of a / b for b > 0, the long way round (for checking the product's rounding).
inline qint64 roundHalfEvenByHand(qint64 a, qint64 b)
{
    qint64 q = a / b;
    qint64 r = a % b;
    if (r < 0) {
        q -= 1;
        r += b;
    }
    if (2 * r > b || (2 * r == b && q % 2 != 0))
        ++q;
    return q;
}

} // namespace montaj::test
