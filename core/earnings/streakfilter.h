#pragma once

#include "core/earnings/giftrecord.h"
#include "core/platform/livetypes.h"

#include <QSet>

namespace montaj {

// The LIVE streak rule and de-duplication (PLATFORM_API.md): a streakable gift (giftType 1) comes
// as events with a growing repeatCount and one final repeatEnd; only that final event counts, with
// its repeatCount. Every gift gets a key that is the same however often the platform sends it:
//   - a streak's end: "s:<userId>:<giftId>:<groupId>" — a replayed end (same msgId) and a
//     duplicate terminal event (new msgId, same streak) both map to it;
//   - any other counted event (or a streak end without a groupId): "m:<msgId>".
// The filter remembers the keys it has let through (one session at a time). The ledger's
// UNIQUE(session_id, event_key) applies the same rule across runs and imports. Not a valuation.
class StreakFilter
{
public:
    enum class Verdict {
        Counted,    // a new gift: see the record
        StreakStep, // a step inside a streak: not a gift by itself
        Duplicate,  // already counted (a replay after a reconnect, or a repeated terminal event)
    };

    explicit StreakFilter(QString sessionId = {});

    static QString eventKey(const LiveGiftEvent &event);
    static GiftRecord record(const LiveGiftEvent &event, const QString &sessionId);

    Verdict accept(const LiveGiftEvent &event, GiftRecord *counted = nullptr);
    void reset(const QString &sessionId);

    QString sessionId() const { return m_sessionId; }
    qint64 countedEvents() const { return m_counted; }
    qint64 streakSteps() const { return m_steps; }
    qint64 duplicates() const { return m_duplicates; }

private:
    QString m_sessionId;
    QSet<QString> m_keys;
    qint64 m_counted = 0;
    qint64 m_steps = 0;
    qint64 m_duplicates = 0;
};

} // namespace montaj
