#include "core/earnings/livehistorysync.h"

#include "core/earnings/giftcatalog.h"
#include "core/earnings/ledgerthread.h"
#include "core/earnings/streakfilter.h"
#include "core/platform/liveapi.h"
#include "core/platform/liveeventstream.h"

#include <QHash>

namespace montaj {
namespace {

EarningsSession toSession(const LiveSessionInfo &info)
{
    return {info.id,
            info.title,
            info.live,
            info.startTime * 1000,
            info.endTime * 1000,
            info.live ? -1 : info.giftCount,
            info.live ? -1 : info.coinTotal,
            QStringLiteral("platform")};
}

} // namespace

LiveHistorySync::LiveHistorySync(LiveApi *api, LedgerThread *ledger, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_ledger(ledger)
{}

LiveHistorySync::~LiveHistorySync()
{
    cancel();
}

void LiveHistorySync::start()
{
    if (m_running)
        return;
    m_running = true;
    m_done = m_total = m_imported = 0;
    const quint64 generation = ++m_generation;
    m_api->listSessions([this, generation](Result<QList<LiveSessionInfo>> sessions) {
        if (generation != m_generation)
            return;
        if (!sessions) {
            m_running = false;
            Q_EMIT failed(sessions.error());
            return;
        }
        Q_EMIT sessionsListed(*sessions);
        saveAndPlan(*sessions);
    });
}

void LiveHistorySync::cancel()
{
    ++m_generation;
    if (m_stream) {
        m_stream->stop();
        m_stream->deleteLater();
    }
    m_todo.clear();
    m_running = false;
}

void LiveHistorySync::saveAndPlan(const QList<LiveSessionInfo> &sessions)
{
    const quint64 generation = m_generation;
    m_ledger->run<QList<LiveSessionInfo>>(
        this,
        [sessions](EarningsLedger &ledger) -> Result<QList<LiveSessionInfo>> {
            QList<LiveSessionInfo> todo;
            for (const LiveSessionInfo &session : sessions) {
                if (Result<void> ok = ledger.saveSession(toSession(session)); !ok)
                    return ok.error();
                if (session.live)
                    continue;
                Result<SessionTotals> totals = ledger.sessionTotals(session.id);
                if (!totals)
                    return totals.error();
                if (totals->gifts != session.giftCount || totals->coins != session.coinTotal)
                    todo.append(session);
            }
            return todo;
        },
        [this, generation](Result<QList<LiveSessionInfo>> todo) {
            if (generation != m_generation)
                return;
            if (!todo) {
                m_running = false;
                Q_EMIT failed(todo.error());
                return;
            }
            m_todo = *todo;
            m_total = int(m_todo.size());
            Q_EMIT progress(0, m_total);
            next();
        });
}

void LiveHistorySync::next()
{
    if (m_todo.isEmpty())
        return finish();
    const LiveSessionInfo session = m_todo.takeFirst();
    auto *stream = new LiveEventStream(m_api, this);
    m_stream = stream;
    auto filter = std::make_shared<StreakFilter>(session.id);
    auto records = std::make_shared<QList<GiftRecord>>();
    connect(stream, &LiveEventStream::eventReceived, this, [filter, records](const LiveGiftEvent &event) {
        GiftRecord record;
        if (filter->accept(event, &record) == StreakFilter::Verdict::Counted)
            records->append(std::move(record));
    });
    connect(stream, &LiveEventStream::finished, this, [this, stream, session, records] {
        stream->deleteLater();
        store(session, *records);
    });
    connect(stream, &LiveEventStream::failed, this, [this, stream](const Error &error) {
        stream->deleteLater();
        Q_EMIT failed(error);
        ++m_done;
        Q_EMIT progress(m_done, m_total);
        next();
    });
    stream->start(session.id);
}

void LiveHistorySync::store(const LiveSessionInfo &session, const QList<GiftRecord> &records)
{
    const quint64 generation = m_generation;
    m_ledger->run<SessionSyncResult>(
        this,
        [session, records](EarningsLedger &ledger) -> Result<SessionSyncResult> {
            SessionSyncResult result;
            result.sessionId = session.id;
            result.platformGifts = session.giftCount;
            result.platformCoins = session.coinTotal;
            Result<AppendStats> stats = ledger.append(records, EntrySource::Platform);
            if (!stats)
                return stats.error();
            result.stats = *stats;
            Result<SessionTotals> totals = ledger.sessionTotals(session.id);
            if (!totals)
                return totals.error();
            result.ledgerGifts = totals->gifts;
            result.ledgerCoins = totals->coins;
            QHash<qint64, GiftPrice> gifts;
            for (const GiftRecord &r : records)
                gifts.insert(r.giftId, GiftPrice{r.giftId, r.giftName, 0, r.unitCoins, false, 0});
            if (Result<void> ok = GiftCatalog(ledger).observe(gifts.values()); !ok)
                return ok.error();
            return result;
        },
        [this, generation](Result<SessionSyncResult> result) {
            if (generation != m_generation)
                return;
            ++m_done;
            if (result) {
                ++m_imported;
                Q_EMIT sessionSynced(*result);
            } else {
                Q_EMIT failed(result.error());
            }
            Q_EMIT progress(m_done, m_total);
            next();
        });
}

void LiveHistorySync::finish()
{
    m_running = false;
    Q_EMIT finished(m_imported);
}

} // namespace montaj
