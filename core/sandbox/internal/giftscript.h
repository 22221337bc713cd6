#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <vector>

namespace montaj::sandbox {

// One LIVE gift event, shaped like the widely used unofficial LIVE connectors (PLATFORM_API.md).
struct GiftEvent
{
    QString msgId;
    qint64 createTime = 0; // ms
    QString userId;
    QString uniqueId;
    int giftId = 0;
    QString giftName;
    int giftType = 0;     // 1: streakable
    int diamondCount = 0; // the gift's unit price in coins
    int repeatCount = 1;  // cumulative within a streak
    bool repeatEnd = false;
    QString groupId;
    QString receiverUserId;

    // What a correct client counts: giftType != 1, or the end of a streak.
    bool counts() const { return giftType != 1 || repeatEnd; }
    QJsonObject toJson() const;
};

// The gifts of one LIVE session, generated from a seed: viewers send single gifts or streaks
// (giftType 1: events with a growing repeatCount, then one repeatEnd: true). Actions start `gapMs`
// apart and a streak's events `stepMs` apart. Grows on demand, so a running session has no end.
// Not a transport (LiveEndpoints streams it).
class GiftScript
{
public:
    GiftScript(quint64 seed, qint64 startMs, QString receiverUserId, qint64 gapMs, qint64 stepMs);

    // Generates whole actions until at least `count` events exist.
    void ensureEvents(int count);
    // Generates whole actions until an event later than `timeMs` exists.
    void ensureUntil(qint64 timeMs);
    // Generates exactly `actions` actions (a finished session).
    void generateActions(int actions);

    const std::vector<GiftEvent> &events() const { return m_events; }
    // How many events happened at or before `timeMs` (after ensureUntil).
    int countUntil(qint64 timeMs) const;

    // Gifts and coins a correct client would count among the first `events` events.
    static qint64 giftTotal(const std::vector<GiftEvent> &events, size_t count);
    static qint64 diamondTotal(const std::vector<GiftEvent> &events, size_t count);

private:
    void addAction();

    quint64 m_state;
    qint64 m_cursorMs;
    QString m_receiver;
    qint64 m_gapMs;
    qint64 m_stepMs;
    int m_actions = 0;
    std::vector<GiftEvent> m_events;
};

} // namespace montaj::sandbox
