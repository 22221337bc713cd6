#include "core/earnings/streakfilter.h"

namespace montaj {

StreakFilter::StreakFilter(QString sessionId)
    : m_sessionId(std::move(sessionId))
{}

QString StreakFilter::eventKey(const LiveGiftEvent &event)
{
    if (event.giftType == 1 && !event.groupId.isEmpty())
        return QString(QStringLiteral("s:") + event.userId + u':' + QString::number(event.giftId) + u':'
                       + event.groupId);
    return QString(QStringLiteral("m:") + event.msgId);
}

GiftRecord StreakFilter::record(const LiveGiftEvent &event, const QString &sessionId)
{
    GiftRecord record;
    record.sessionId = sessionId;
    record.eventKey = eventKey(event);
    record.timeMs = event.createTime;
    record.userId = event.userId;
    record.uniqueId = event.uniqueId;
    record.giftId = event.giftId;
    record.giftName = event.giftName;
    record.repeatCount = event.repeatCount;
    record.unitCoins = event.diamondCount;
    return record;
}

StreakFilter::Verdict StreakFilter::accept(const LiveGiftEvent &event, GiftRecord *counted)
{
    if (!event.countsAsGift()) {
        ++m_steps;
        return Verdict::StreakStep;
    }
    const QString key = eventKey(event);
    if (m_keys.contains(key)) {
        ++m_duplicates;
        return Verdict::Duplicate;
    }
    m_keys.insert(key);
    ++m_counted;
    if (counted)
        *counted = record(event, m_sessionId);
    return Verdict::Counted;
}

void StreakFilter::reset(const QString &sessionId)
{
    m_sessionId = sessionId;
    m_keys.clear();
    m_counted = m_steps = m_duplicates = 0;
}

} // namespace montaj
