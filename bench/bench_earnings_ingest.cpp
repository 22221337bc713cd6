// LIVE-gift ledger speed, exact to the cent.
//
// 1. Ingest: 1,000,000 recorded gift events (400 sessions over three months: streaks and single
//    gifts, replays after reconnects, repeated streak ends) in one CSV file. Montaj imports it into
//    a fresh earnings ledger (GiftCsvImport: streak rule in memory, one transaction, one prepared
//    statement, UNIQUE de-duplication) and computes the totals (gifts, coins, diamonds, US$ cents)
//    with two rate changes in the period (EarningsReport). Peer: the sqlite3 CLI importing the same
//    CSV into a file database and computing the same totals in SQL (same streak rule and keys,
//    integer arithmetic, round half to even). exact=1 when every total matches.
// 2. Live: the sandbox (on its own thread) streams its running session at more than 500 events/s;
//    LiveEventStream + LiveSessionMonitor run on this process's main thread (the UI thread in the
//    studio) and the ledger on its own thread. Measured: events/s, snapshots/s, and the main
//    thread's worst stall (how late a 5 ms timer fires). Printed, not part of the BENCH line.
//
// Usage: bench_earnings_ingest [EVENTS]   (default 1000000)

#include "bench/benchplatform.h"
#include "bench/sandboxthread.h"
#include "core/earnings/earningsledger.h"
#include "core/earnings/earningsreport.h"
#include "core/earnings/giftcsvimport.h"
#include "core/earnings/ledgerthread.h"
#include "core/earnings/livesessionmonitor.h"
#include "core/earnings/ratebook.h"
#include "core/platform/liveapi.h"
#include "core/platform/liveeventstream.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace montaj;

namespace {

struct Totals
{
    qint64 rows = 0;
    qint64 gifts = 0;
    qint64 coins = 0;
    qint64 diamonds = 0;
    qint64 cents = 0;
    bool operator==(const Totals &) const = default;
};

qint64 utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

const qint64 kStart = utc(2024, 5, 1);
const qint64 kShareChange = utc(2024, 5, 16); // 50 % → 45 %
const qint64 kValueChange = utc(2024, 6, 16); // US$0.005 → US$0.0055 a diamond
const qint64 kEnd = utc(2024, 7, 31);

[[noreturn]] void die(const char *what, const QString &why = {})
{
    std::fprintf(stderr, "bench_earnings_ingest: %s %s\n", what, qPrintable(why));
    std::exit(1);
}

// Writes `count` events the way the stream sends them: streaks (giftType 1, repeatCount 1…n, then
// the end), single gifts, replays of the last events after a reconnect, and a few repeated ends.
bool writeEvents(const QString &path, qint64 count)
{
    struct GiftKind
    {
        int id;
        const char *name;
        int type;
        int coins;
    };
    const GiftKind gifts[] = {
        {5655, "Rose", 1, 1},     {5269, "TikTok", 1, 1},     {5487, "Finger Heart", 1, 5},
        {5658, "Perfume", 1, 20}, {5879, "Doughnut", 1, 30},  {6064, "GG", 1, 1},
        {6267, "Corgi", 2, 299},  {5901, "Confetti", 2, 100}, {6369, "Lion", 2, 29999}};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator random(20240601);
    QByteArray out = "session_id,time_ms,msg_id,user_id,unique_id,gift_id,gift_name,gift_type,unit_coins,"
                     "repeat_count,repeat_end,group_id\n";
    QList<QByteArray> recent; // lines of the current session, for replays
    const int sessions = 400;
    const qint64 perSession = count / sessions;
    qint64 written = 0;
    quint64 seq = 1000000000000000000ULL;
    for (int s = 0; s < sessions && written < count; ++s) {
        const QByteArray session = QByteArray::number(7300000000000000000ULL + quint64(s) * 7919ULL);
        qint64 t = kStart + qint64(s) * ((kEnd - kStart) / sessions);
        const qint64 quota = s == sessions - 1 ? count - written : perSession;
        qint64 inSession = 0;
        recent.clear();
        const auto emit = [&](const QByteArray &line) {
            if (inSession >= quota)
                return;
            out += line;
            recent.append(line);
            ++inSession;
            ++written;
            if (out.size() > (1 << 22)) {
                file.write(out);
                out.clear();
            }
        };
        while (inSession < quota) {
            const int roll = int(random.bounded(100));
            const GiftKind &g = gifts[roll < 40   ? 0
                                      : roll < 58 ? 1
                                      : roll < 72 ? 2
                                      : roll < 80 ? 3
                                      : roll < 86 ? 4
                                      : roll < 92 ? 5
                                      : roll < 96 ? 6
                                      : roll < 99 ? 7
                                                  : 8];
            const int viewer = int(random.bounded(200));
            const QByteArray user = QByteArray::number(6700000000000000000ULL + quint64(viewer) * 7919ULL);
            const QByteArray name = "viewer_" + QByteArray::number(viewer);
            const QByteArray group = QByteArray::number(++seq);
            t += random.bounded(50, 1500);
            const auto line = [&](int repeat, bool end) -> QByteArray {
                return session + ',' + QByteArray::number(t) + ',' + QByteArray::number(++seq) + ',' + user
                       + ',' + name + ',' + QByteArray::number(g.id) + ',' + g.name + ','
                       + QByteArray::number(g.type) + ',' + QByteArray::number(g.coins) + ','
                       + QByteArray::number(repeat) + ',' + (end ? "1" : "0") + ',' + group + '\n';
            };
            if (g.type != 1) {
                emit(line(1, false));
            } else {
                const int r = int(random.bounded(100));
                const int n = r < 45 ? 1 : r < 90 ? int(random.bounded(2, 13)) : int(random.bounded(20, 61));
                for (int i = 1; i <= n; ++i) {
                    emit(line(i, false));
                    t += 40;
                }
                const QByteArray end = line(n, true);
                emit(end);
                if (random.bounded(20) == 0) { // the end again, with a new msgId, a little later
                    QByteArray again = end;
                    const QList<QByteArray> f = end.split(',');
                    again = f[0] + ',' + QByteArray::number(t + 5) + ',' + QByteArray::number(++seq);
                    for (int i = 3; i < f.size(); ++i)
                        again += ',' + f[i];
                    emit(again);
                }
            }
            if (random.bounded(400) == 0 && recent.size() > 10) { // a reconnect replays the session so far
                const qsizetype replay = std::min<qsizetype>(recent.size(), random.bounded(10, 300));
                const QList<QByteArray> tail = recent.mid(recent.size() - replay);
                for (const QByteArray &l : tail)
                    emit(l);
            }
        }
    }
    file.write(out);
    return file.flush() && written == count;
}

Result<Totals> montajIngest(const QString &csv, const QString &dbPath, double *seconds)
{
    QElapsedTimer timer;
    timer.start();
    auto opened = EarningsLedger::open(dbPath);
    if (!opened)
        return opened.error();
    EarningsLedger &ledger = *opened.value();
    RateBook book(ledger);
    for (const RateSetting &r :
         {RateSetting{0, RateKind::CreatorShare, {}, {}, 500000, 0, {}},
          RateSetting{0, RateKind::CreatorShare, {}, {}, 450000, kShareChange, {}},
          RateSetting{0, RateKind::DiamondValue, QStringLiteral("USD"), {}, 5000, 0, {}},
          RateSetting{0, RateKind::DiamondValue, QStringLiteral("USD"), {}, 5500, kValueChange, {}}})
        if (Result<qint64> id = book.add(r); !id)
            return id.error();
    GiftCsvImport importer(ledger);
    Result<CsvImportReport> report = importer.importFile(csv);
    if (!report)
        return report.error();
    Result<ConversionSettings> settings = book.settings();
    if (!settings)
        return settings.error();
    Result<Valuation> total =
        EarningsReport(ledger, *settings, QTimeZone::utc()).totals({}, QStringLiteral("USD"));
    if (!total)
        return total.error();
    *seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("montaj: %lld rows, %lld gifts counted, %lld streak steps, %lld duplicates\n",
                static_cast<long long>(report->rows), static_cast<long long>(report->inserted),
                static_cast<long long>(report->streakSteps), static_cast<long long>(report->duplicates));
    return Totals{report->rows, total->gifts, total->coins, total->diamonds, total->minorUnits};
}

Result<Totals> peerIngest(const QString &csv, const QString &dbPath, double *seconds)
{
    // The same rule in SQL: count giftType != 1 or repeat_end; one row per (session, key) where the
    // key is the streak for a streak end with a group, the message otherwise; first occurrence wins.
    const QString key =
        QStringLiteral("CASE WHEN gift_type = 1 AND group_id <> '' THEN 's:' || user_id || ':' || "
                       "gift_id || ':' || group_id ELSE 'm:' || msg_id END");
    const QString sql =
        QStringLiteral(
            "CREATE TABLE ev(session_id TEXT, time_ms INTEGER, msg_id TEXT, user_id TEXT, unique_id TEXT, "
            "gift_id INTEGER, gift_name TEXT, gift_type INTEGER, unit_coins INTEGER, repeat_count INTEGER, "
            "repeat_end INTEGER, group_id TEXT);\n"
            ".import --csv --skip 1 '%1' ev\n"
            "CREATE TABLE g AS SELECT session_id, %2 AS k, MIN(rowid) AS first FROM ev "
            "WHERE gift_type <> 1 OR repeat_end = 1 GROUP BY 1, 2;\n"
            "WITH c AS (SELECT e.time_ms AS t, e.repeat_count AS n, e.repeat_count * e.unit_coins AS coins "
            "FROM g JOIN ev e ON e.rowid = g.first), "
            "s AS (SELECT (SELECT COUNT(*) FROM ev) AS rows_, SUM(n) AS gifts, SUM(coins) AS coins, "
            "SUM(CASE WHEN t < %3 THEN coins ELSE 0 END) AS c0, "
            "SUM(CASE WHEN t >= %3 AND t < %4 THEN coins ELSE 0 END) AS c1, "
            "SUM(CASE WHEN t >= %4 THEN coins ELSE 0 END) AS c2 FROM c), "
            "x AS (SELECT rows_, gifts, coins, 50 * c0 + 45 * c1 + 45 * c2 AS dn, "
            "2500 * c0 + 2250 * c1 + 2475 * c2 AS mn FROM s) "
            "SELECT rows_, gifts, coins, "
            "dn / 100 + (CASE WHEN 2 * (dn % 100) > 100 OR (2 * (dn % 100) = 100 AND (dn / 100) % 2 = 1) "
            "THEN 1 ELSE 0 END), "
            "mn / 10000 + (CASE WHEN 2 * (mn % 10000) > 10000 OR (2 * (mn % 10000) = 10000 AND (mn / 10000) "
            "% 2 = 1) "
            "THEN 1 ELSE 0 END) FROM x;\n")
            .arg(csv, key)
            .arg(kShareChange)
            .arg(kValueChange);
    QProcess sqlite;
    QElapsedTimer timer;
    timer.start();
    sqlite.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), QStringLiteral("-csv"), dbPath});
    if (!sqlite.waitForStarted())
        return Error(QStringLiteral("bench.no_sqlite3"),
                     QStringLiteral("sqlite3 is not installed (apt install sqlite3)."));
    sqlite.write(sql.toUtf8());
    sqlite.closeWriteChannel();
    sqlite.waitForFinished(-1);
    *seconds = double(timer.nsecsElapsed()) / 1e9;
    const QList<QByteArray> fields = sqlite.readAllStandardOutput().trimmed().split(',');
    if (sqlite.exitCode() != 0 || fields.size() != 5)
        return Error(QStringLiteral("bench.peer_failed"), QString::fromUtf8(sqlite.readAllStandardError()));
    return Totals{fields[0].toLongLong(), fields[1].toLongLong(), fields[2].toLongLong(),
                  fields[3].toLongLong(), fields[4].toLongLong()};
}

struct LiveFigures
{
    double eventsPerSecond = 0;
    double snapshotsPerSecond = 0;
    double maxStallMs = 0;
    bool exact = false;
};

// The sandbox's running session at > 500 events/s into the monitor on this (the "UI") thread.
Result<LiveFigures> liveRun(const QString &dir, int seconds)
{
    bench::SandboxThread sandbox;
    SandboxOptions options;
    options.autoApprove = true;
    options.seedDemoWorld = true;
    options.liveEventIntervalMs = 4; // ≈ 650 events/s: streak steps come every millisecond
    options.stateDir = QDir(dir).filePath(QStringLiteral("sandbox"));
    if (Result<void> ok = sandbox.start(options); !ok)
        return ok.error();
    HttpClient http;
    Result<bench::SignedInApi> signedIn =
        bench::signIn(sandbox.baseUrl(), &http, {QStringLiteral("user.info.basic")});
    if (!signedIn)
        return signedIn.error();
    LiveApi live(signedIn->api.get());
    Result<QList<LiveSessionInfo>> sessions = bench::await<QList<LiveSessionInfo>>(
        [&live](PlatformCallback<QList<LiveSessionInfo>> done) { live.listSessions(done); });
    if (!sessions || sessions->isEmpty() || !sessions->first().live)
        return Error(QStringLiteral("bench.no_live"), QStringLiteral("No live session in the sandbox."));
    const QString liveId = sessions->first().id;

    LedgerThread ledger(QDir(dir).filePath(QStringLiteral("live.sqlite")));
    LiveSessionMonitor monitor;
    monitor.reset(liveId);
    LiveEventStream stream(&live);
    QSet<QString> seen;
    qint64 events = 0, handCoins = 0;
    int snapshots = 0;
    qint64 lastCoins = 0;
    QObject::connect(&stream, &LiveEventStream::eventReceived, &monitor, [&](const LiveGiftEvent &e) {
        ++events;
        monitor.ingest(e);
        if (!seen.contains(e.msgId)) {
            seen.insert(e.msgId);
            if (e.countsAsGift())
                handCoins += e.coins();
        }
    });
    QObject::connect(&monitor, &LiveSessionMonitor::snapshotReady, &monitor, [&](const LiveSnapshot &s) {
        ++snapshots;
        lastCoins = s.coins;
    });
    QObject::connect(&monitor, &LiveSessionMonitor::giftsCounted, &ledger,
                     [&ledger](const QList<GiftRecord> &gifts) { ledger.append(gifts, EntrySource::Live); });
    // The stall probe: a 5 ms timer on the same thread; how late does it fire at worst?
    QElapsedTimer probeClock;
    qint64 lastTick = -1;
    double maxStall = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = probeClock.nsecsElapsed();
        if (lastTick >= 0)
            maxStall = std::max(maxStall, double(now - lastTick) / 1e6 - 5.0);
        lastTick = now;
    });
    stream.start(liveId);
    bench::pause(1500); // connected and the backlog replayed
    const qint64 eventsBefore = events;
    const int snapshotsBefore = snapshots;
    probeClock.start();
    probe.start();
    QElapsedTimer window;
    window.start();
    bench::pause(seconds * 1000);
    const double elapsed = double(window.nsecsElapsed()) / 1e9;
    probe.stop();
    stream.stop();
    monitor.flush();
    LiveFigures figures;
    figures.eventsPerSecond = double(events - eventsBefore) / elapsed;
    figures.snapshotsPerSecond = double(snapshots - snapshotsBefore) / elapsed;
    figures.maxStallMs = maxStall;
    figures.exact = lastCoins == handCoins;
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("montaj.*.info=false"));
    const qint64 count = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const QString base =
        QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    QTemporaryDir scratch(QDir(base).filePath(QStringLiteral("montaj-bench-earnings-XXXXXX")));
    if (!scratch.isValid())
        die("no scratch folder in", base);
    const QString csv = scratch.filePath(QStringLiteral("events.csv"));
    std::printf("writing %lld events to %s…\n", static_cast<long long>(count), qPrintable(csv));
    std::fflush(stdout);
    if (!writeEvents(csv, count))
        die("could not write", csv);
    std::printf("events file: %.1f MB\n", double(QFileInfo(csv).size()) / 1e6);

    double peerSeconds = 0, montajSeconds = 0;
    const Result<Totals> peer =
        peerIngest(csv, scratch.filePath(QStringLiteral("peer.sqlite")), &peerSeconds);
    if (!peer)
        die("peer:", peer.error().toString());
    const Result<Totals> ours =
        montajIngest(csv, scratch.filePath(QStringLiteral("earnings.sqlite")), &montajSeconds);
    if (!ours)
        die("montaj:", ours.error().toString());
    const auto show = [](const char *who, const Totals &t, double s) {
        std::printf("%-7s %.3f s  rows=%lld gifts=%lld coins=%lld diamonds=%lld usd=%lld.%02lld\n", who, s,
                    static_cast<long long>(t.rows), static_cast<long long>(t.gifts),
                    static_cast<long long>(t.coins), static_cast<long long>(t.diamonds),
                    static_cast<long long>(t.cents / 100), static_cast<long long>(t.cents % 100));
    };
    show("sqlite3", *peer, peerSeconds);
    show("montaj", *ours, montajSeconds);
    const bool exact = *peer == *ours && ours->rows == count;

    const Result<LiveFigures> live = liveRun(scratch.path(), 5);
    if (live)
        std::printf(
            "live: %.0f events/s over 5 s, %.1f snapshots/s, worst main-thread stall %.1f ms, totals %s\n",
            live->eventsPerSecond, live->snapshotsPerSecond, live->maxStallMs,
            live->exact ? "exact" : "MISMATCH");
    else
        std::printf("live: skipped (%s)\n", qPrintable(live.error().toString()));

    std::printf(
        "BENCH earnings_ingest events=%lld seconds=%.3f events_per_s=%.0f exact=%d peer=sqlite3 ratio=%.2f\n",
        static_cast<long long>(count), montajSeconds, double(count) / montajSeconds, exact ? 1 : 0,
        montajSeconds / peerSeconds);
    return exact ? 0 : 1;
}
