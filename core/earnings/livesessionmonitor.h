#pragma once

#include "core/earnings/conversionsettings.h"
#include "core/earnings/giftrecord.h"
#include "core/earnings/livesnapshot.h"
#include "core/earnings/streakfilter.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <deque>

namespace montaj {

// Folds a running session's gift events (from LiveEventStream, or anything else) into running
// totals — streak rule and de-duplication by StreakFilter, top gifters, gifts per minute, the
// value in a chosen currency — and hands out coalesced results: at most one snapshotReady and one
// giftsCounted batch (for the ledger) per interval (250 ms by default), however fast events come,
// so 500 events/s never flood the UI thread. Cheap per event (hash lookups); runs in the thread
// it lives in. Not a connection (LiveEventStream) and not storage (the ledger).
class LiveSessionMonitor : public QObject
{
    Q_OBJECT

public:
    explicit LiveSessionMonitor(QObject *parent = nullptr);

    void setValuation(const ConversionSettings &settings, const QString &currency);
    void setSnapshotInterval(int ms);
    void setTopCount(int count) { m_topCount = std::max(1, count); }
    void setRecentMinutes(int minutes) { m_recentMinutes = std::max(1, minutes); }

    // Starts over for a session (totals cleared, nothing pending).
    void reset(const QString &sessionId);
    void ingest(const LiveGiftEvent &event);
    // Emits what is pending now (snapshot and batch) instead of at the next tick.
    void flush();

    LiveSnapshot snapshot() const;
    const StreakFilter &filter() const { return m_filter; }
    QString currency() const { return m_currency; }

Q_SIGNALS:
    void snapshotReady(const montaj::LiveSnapshot &snapshot);
    void giftsCounted(const QList<montaj::GiftRecord> &gifts);

private:
    void tick();

    StreakFilter m_filter;
    ConversionSettings m_settings;
    QString m_currency = QStringLiteral("USD");
    QHash<QString, GifterTotal> m_gifters;
    QMap<qint64, qint64> m_coinsByTime; // to re-spread coins when the valuation changes
    QList<qint64> m_points;             // the valuation's change points
    QList<qint64> m_coinsPerSegment;
    QMap<qint64, qint64> m_giftsByMinute;
    std::deque<std::pair<qint64, qint64>> m_window; // (time, gifts) within the last minute
    qint64 m_windowGifts = 0;
    qint64 m_gifts = 0;
    qint64 m_coins = 0;
    qint64 m_events = 0;
    qint64 m_lastEventMs = 0;
    QList<GiftRecord> m_pending;
    QTimer m_timer;
    bool m_dirty = false;
    int m_topCount = 10;
    int m_recentMinutes = 15;
};

} // namespace montaj
