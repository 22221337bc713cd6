#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace montaj {

// One LIVE session as GET /x/live/sessions/ lists it (the LIVE extension of PLATFORM_API.md).
// giftCount and coinTotal are the platform's own totals (the wire field "diamond_total" holds
// Σ repeatCount × diamondCount, and diamondCount is a unit price in coins): a correct client that
// applies the streak rule to the session's events reaches exactly these numbers. Not a ledger row.
struct LiveSessionInfo
{
    QString id; // 19-digit platform id, kept as a string
    QString title;
    bool live = false;    // status "live" (still running) or "ended"
    qint64 startTime = 0; // s since the epoch
    qint64 endTime = 0;   // s since the epoch; 0 while live
    qint64 eventCount = 0;
    qint64 giftCount = 0;
    qint64 coinTotal = 0;
};

// One gift event of the LIVE stream, with exactly the contract's fields. diamondCount is the gift's
// unit price in coins (as the unofficial connectors send it); repeatCount is cumulative within a
// streak. Not a counted gift: apply countsAsGift() and de-duplicate first (core/earnings does).
struct LiveGiftEvent
{
    Q_DECLARE_TR_FUNCTIONS(LiveGiftEvent)

public:
    QString msgId;
    qint64 createTime = 0; // ms since the epoch
    QString userId;
    QString uniqueId;
    qint64 giftId = 0;
    QString giftName;
    int giftType = 0;        // 1: a streakable gift
    qint64 diamondCount = 0; // unit price in coins
    qint64 repeatCount = 1;  // cumulative within a streak
    bool repeatEnd = false;
    QString groupId;
    QString receiverUserId;

    // The streak rule: only giftType != 1, or the event that ends a streak, is a gift.
    bool countsAsGift() const { return giftType != 1 || repeatEnd; }
    // Coins this event is worth when it counts: repeatCount × diamondCount.
    qint64 coins() const { return repeatCount * diamondCount; }

    // Reads one text message of the stream ("live.malformed_event" with the field in context when
    // a required field is missing or has the wrong type). Long integer ids may come as numbers.
    static Result<LiveGiftEvent> fromJson(const QByteArray &json);
    static Result<LiveGiftEvent> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

// Reads the data object of GET /x/live/sessions/.
Result<QList<LiveSessionInfo>> liveSessionsFromJson(const QJsonObject &data);

} // namespace montaj
