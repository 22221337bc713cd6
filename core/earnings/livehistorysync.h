#pragma once

#include "core/earnings/giftrecord.h"
#include "core/foundation/result.h"
#include "core/platform/livetypes.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace montaj {

class LedgerThread;
class LiveApi;
class LiveEventStream;

// How one past session came into the ledger, checked against the platform's own totals.
struct SessionSyncResult
{
    QString sessionId;
    AppendStats stats;
    qint64 ledgerGifts = 0;
    qint64 ledgerCoins = 0;
    qint64 platformGifts = 0;
    qint64 platformCoins = 0;
    bool matchesPlatform() const { return ledgerGifts == platformGifts && ledgerCoins == platformCoins; }
};

// Brings the platform's LIVE history into the ledger: lists the sessions over REST, saves them,
// and for every ended session whose counted gifts in the ledger differ from the platform's totals,
// replays its events over the event stream (the platform sends a past session whole), applies the
// streak rule and appends the gifts; then checks the ledger against the platform's totals. Gift
// names and prices go to the catalog. Sessions are fetched one at a time. The running session is
// left to the live dashboard. Not a scheduler.
class LiveHistorySync : public QObject
{
    Q_OBJECT

public:
    // `api` and `ledger` must outlive this object.
    LiveHistorySync(LiveApi *api, LedgerThread *ledger, QObject *parent = nullptr);
    ~LiveHistorySync() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void sessionsListed(const QList<montaj::LiveSessionInfo> &sessions);
    void sessionSynced(const montaj::SessionSyncResult &result);
    void progress(int done, int total);
    void finished(int sessionsImported);
    void failed(const montaj::Error &error);

private:
    void saveAndPlan(const QList<LiveSessionInfo> &sessions);
    void next();
    void store(const LiveSessionInfo &session, const QList<GiftRecord> &records);
    void finish();

    LiveApi *m_api = nullptr;
    LedgerThread *m_ledger = nullptr;
    QPointer<LiveEventStream> m_stream;
    QList<LiveSessionInfo> m_todo;
    int m_total = 0;
    int m_done = 0;
    int m_imported = 0;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace montaj

Q_DECLARE_METATYPE(montaj::SessionSyncResult)
