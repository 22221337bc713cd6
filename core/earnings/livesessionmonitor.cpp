#include "core/earnings/livesessionmonitor.h"

#include "core/earnings/internal/exactvaluation.h"
#include "core/foundation/currency.h"

#include <algorithm>

namespace montaj {
namespace {

constexpr qint64 kMinuteMs = 60000;

} // namespace

LiveSessionMonitor::LiveSessionMonitor(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &LiveSessionMonitor::tick);
    setValuation(ConversionSettings(), m_currency);
}

void LiveSessionMonitor::setSnapshotInterval(int ms)
{
    m_timer.setInterval(std::max(10, ms));
}

void LiveSessionMonitor::setValuation(const ConversionSettings &settings, const QString &currency)
{
    m_settings = settings;
    m_currency = currency;
    m_points = m_settings.changePoints(currency);
    m_coinsPerSegment = QList<qint64>(m_points.size() + 1, 0);
    for (auto it = m_coinsByTime.cbegin(); it != m_coinsByTime.cend(); ++it)
        m_coinsPerSegment[ConversionSettings::segmentIndex(m_points, it.key())] += it.value();
    m_dirty = true;
}

void LiveSessionMonitor::reset(const QString &sessionId)
{
    m_filter.reset(sessionId);
    m_gifters.clear();
    m_coinsByTime.clear();
    m_coinsPerSegment.fill(0);
    m_giftsByMinute.clear();
    m_window.clear();
    m_windowGifts = m_gifts = m_coins = m_events = m_lastEventMs = 0;
    m_pending.clear();
    m_dirty = true;
    m_timer.start();
}

void LiveSessionMonitor::ingest(const LiveGiftEvent &event)
{
    ++m_events;
    m_dirty = true;
    if (!m_timer.isActive())
        m_timer.start();
    GiftRecord record;
    if (m_filter.accept(event, &record) != StreakFilter::Verdict::Counted)
        return;
    const qint64 coins = record.coins();
    m_gifts += record.repeatCount;
    m_coins += coins;
    m_coinsByTime[record.timeMs] += coins;
    m_coinsPerSegment[ConversionSettings::segmentIndex(m_points, record.timeMs)] += coins;
    GifterTotal &gifter = m_gifters[record.userId];
    gifter.userId = record.userId;
    if (!record.uniqueId.isEmpty())
        gifter.uniqueId = record.uniqueId;
    gifter.gifts += record.repeatCount;
    gifter.coins += coins;
    m_giftsByMinute[record.timeMs / kMinuteMs] += record.repeatCount;
    m_lastEventMs = std::max(m_lastEventMs, record.timeMs);
    m_window.emplace_back(record.timeMs, record.repeatCount);
    m_windowGifts += record.repeatCount;
    while (!m_window.empty() && m_window.front().first <= m_lastEventMs - kMinuteMs) {
        m_windowGifts -= m_window.front().second;
        m_window.pop_front();
    }
    m_pending.append(std::move(record));
}

LiveSnapshot LiveSessionMonitor::snapshot() const
{
    LiveSnapshot s;
    s.sessionId = m_filter.sessionId();
    s.events = m_events;
    s.duplicates = m_filter.duplicates();
    s.streakSteps = m_filter.streakSteps();
    s.gifts = m_gifts;
    s.coins = m_coins;
    s.currency = m_currency;
    s.giftsPerMinute = m_windowGifts;
    s.lastEventMs = m_lastEventMs;
    const ExactValue exact = exactValue(m_settings.segments(m_currency), m_coinsPerSegment,
                                        Currency::minorDigits(m_currency).value_or(2));
    if (!exact.missingShare)
        s.diamonds = qint64(divideHalfEven(exact.diamondMicros, ExactValue::kDiamondScale));
    if (const auto problem = valuationError(exact, m_currency)) {
        s.valueProblem = problem->message;
    } else {
        s.valued = true;
        s.minorUnits = qint64(divideHalfEven(exact.moneyScaled, ExactValue::kMoneyScale));
    }
    QList<GifterTotal> gifters = m_gifters.values();
    const qsizetype top = std::min<qsizetype>(m_topCount, gifters.size());
    std::partial_sort(gifters.begin(), gifters.begin() + top, gifters.end(),
                      [](const GifterTotal &a, const GifterTotal &b) {
                          return a.coins != b.coins ? a.coins > b.coins : a.uniqueId < b.uniqueId;
                      });
    s.topGifters = gifters.mid(0, top);
    if (m_lastEventMs > 0) {
        const qint64 lastMinute = m_lastEventMs / kMinuteMs;
        for (qint64 minute = lastMinute - m_recentMinutes + 1; minute <= lastMinute; ++minute)
            s.recentMinutes.append(m_giftsByMinute.value(minute, 0));
    }
    return s;
}

void LiveSessionMonitor::flush()
{
    if (m_dirty) {
        m_dirty = false;
        Q_EMIT snapshotReady(snapshot());
    }
    if (!m_pending.isEmpty())
        Q_EMIT giftsCounted(std::exchange(m_pending, {}));
}

void LiveSessionMonitor::tick()
{
    flush();
}

} // namespace montaj
