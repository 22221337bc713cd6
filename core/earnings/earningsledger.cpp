#include "core/earnings/earningsledger.h"

#include "core/foundation/apppaths.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QVariant>

namespace montaj {
namespace {

constexpr int kSchemaVersion = 1;

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, title TEXT NOT NULL DEFAULT '', "
    "live INTEGER NOT NULL DEFAULT 0, start_ms INTEGER NOT NULL DEFAULT 0, end_ms INTEGER NOT NULL DEFAULT "
    "0, "
    "platform_gift_count INTEGER NOT NULL DEFAULT -1, platform_coin_total INTEGER NOT NULL DEFAULT -1, "
    "source TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE IF NOT EXISTS entries (id INTEGER PRIMARY KEY, session_id TEXT NOT NULL, "
    "event_key TEXT NOT NULL, time_ms INTEGER NOT NULL, user_id TEXT NOT NULL, unique_id TEXT NOT NULL, "
    "gift_id INTEGER NOT NULL, gift_name TEXT NOT NULL, repeat_count INTEGER NOT NULL, "
    "unit_coins INTEGER NOT NULL CHECK (unit_coins >= 0), coins INTEGER NOT NULL, source TEXT NOT NULL, "
    "reverses INTEGER REFERENCES entries(id), note TEXT NOT NULL DEFAULT '', recorded_ms INTEGER NOT NULL, "
    "UNIQUE (session_id, event_key))",
    "CREATE INDEX IF NOT EXISTS entries_time ON entries(time_ms)",
    "CREATE TRIGGER IF NOT EXISTS entries_no_update BEFORE UPDATE ON entries "
    "BEGIN SELECT RAISE(ABORT, 'ledger entries are immutable'); END",
    "CREATE TRIGGER IF NOT EXISTS entries_no_delete BEFORE DELETE ON entries "
    "BEGIN SELECT RAISE(ABORT, 'ledger entries are immutable'); END",
    "CREATE TABLE IF NOT EXISTS gifts (gift_id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
    "gift_type INTEGER NOT NULL DEFAULT 0, coins INTEGER NOT NULL CHECK (coins >= 0), source TEXT NOT NULL, "
    "updated_ms INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS rates (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, currency TEXT NOT NULL "
    "DEFAULT '', quote_currency TEXT NOT NULL DEFAULT '', micros INTEGER NOT NULL, valid_from_ms INTEGER "
    "NOT NULL, note TEXT NOT NULL DEFAULT '', created_ms INTEGER NOT NULL)",
    "CREATE TRIGGER IF NOT EXISTS rates_no_update BEFORE UPDATE ON rates "
    "BEGIN SELECT RAISE(ABORT, 'conversion settings are immutable: add a newer one'); END",
    "CREATE TRIGGER IF NOT EXISTS rates_no_delete BEFORE DELETE ON rates "
    "BEGIN SELECT RAISE(ABORT, 'conversion settings are immutable: add a newer one'); END",
    "CREATE TABLE IF NOT EXISTS options (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS withdrawals (id INTEGER PRIMARY KEY, time_ms INTEGER NOT NULL, "
    "amount_minor INTEGER NOT NULL, currency TEXT NOT NULL, reverses INTEGER UNIQUE REFERENCES "
    "withdrawals(id), "
    "note TEXT NOT NULL DEFAULT '', recorded_ms INTEGER NOT NULL)",
    "CREATE TRIGGER IF NOT EXISTS withdrawals_no_update BEFORE UPDATE ON withdrawals "
    "BEGIN SELECT RAISE(ABORT, 'withdrawals are immutable'); END",
    "CREATE TRIGGER IF NOT EXISTS withdrawals_no_delete BEFORE DELETE ON withdrawals "
    "BEGIN SELECT RAISE(ABORT, 'withdrawals are immutable'); END",
};

const QString kInsertEntry = QStringLiteral(
    "INSERT INTO entries (session_id, event_key, time_ms, user_id, unique_id, gift_id, gift_name, "
    "repeat_count, unit_coins, coins, source, recorded_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (session_id, event_key) DO NOTHING");

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("montaj-earnings-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

EarningsLedger::EarningsLedger(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

EarningsLedger::~EarningsLedger()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString EarningsLedger::defaultPath(const AppPaths &paths)
{
    return QDir(paths.dataDir()).filePath(QStringLiteral("earnings.sqlite"));
}

QString EarningsLedger::sourceName(EntrySource source)
{
    switch (source) {
    case EntrySource::Live: return QStringLiteral("live");
    case EntrySource::Platform: return QStringLiteral("platform");
    case EntrySource::Csv: return QStringLiteral("csv");
    case EntrySource::Correction: return QStringLiteral("correction");
    }
    return {};
}

Error EarningsLedger::sqlError(const QSqlError &error, const QString &what)
{
    return Error(QStringLiteral("earnings.database"),
                 tr("The earnings ledger could not be read or written (%1).").arg(what),
                 {{QStringLiteral("operation"), what}, {QStringLiteral("detail"), error.text()}});
}

Result<std::unique_ptr<EarningsLedger>> EarningsLedger::open(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    std::unique_ptr<EarningsLedger> ledger(new EarningsLedger(path, nextConnectionName()));
    ledger->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), ledger->m_connectionName);
    ledger->m_db.setDatabaseName(path);
    ledger->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!ledger->m_db.open())
        return Error(
            QStringLiteral("earnings.open_failed"),
            tr("The earnings ledger %1 could not be opened.").arg(QDir::toNativeSeparators(path)),
            {{QStringLiteral("file"), path}, {QStringLiteral("detail"), ledger->m_db.lastError().text()}});
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                               "PRAGMA cache_size=-32000", "PRAGMA temp_store=MEMORY"})
        if (Result<void> ok = ledger->execute(QString::fromLatin1(pragma)); !ok)
            return ok.error();
    if (Result<void> ok = ledger->createSchema(); !ok)
        return ok.error();
    return ledger;
}

Result<void> EarningsLedger::execute(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return sqlError(query.lastError(), sql.section(u' ', 0, 2));
    return {};
}

Result<void> EarningsLedger::createSchema()
{
    QSqlQuery version(m_db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
        return sqlError(version.lastError(), QStringLiteral("user_version"));
    const int found = version.value(0).toInt();
    if (found > kSchemaVersion)
        return Error(QStringLiteral("earnings.newer_schema"),
                     tr("The earnings ledger was written by a newer Montaj. Update Montaj to open it."),
                     {{QStringLiteral("file"), m_path}, {QStringLiteral("version"), found}});
    return transaction([this]() -> Result<void> {
        for (const char *statement : kSchema)
            if (Result<void> ok = execute(QString::fromLatin1(statement)); !ok)
                return ok;
        return execute(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion));
    });
}

Result<void> EarningsLedger::transaction(const std::function<Result<void>()> &work)
{
    if (Result<void> ok = execute(QStringLiteral("BEGIN IMMEDIATE")); !ok)
        return ok;
    Result<void> outcome = work();
    if (!outcome) {
        execute(QStringLiteral("ROLLBACK")).ok();
        return outcome;
    }
    if (Result<void> ok = execute(QStringLiteral("COMMIT")); !ok) {
        execute(QStringLiteral("ROLLBACK")).ok();
        return ok;
    }
    return {};
}

Result<QSqlQuery> EarningsLedger::prepare(const QString &sql) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query.lastError(), sql.section(u' ', 0, 3));
    return query;
}

Result<void> EarningsLedger::exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return sqlError(query.lastError(), what);
    return {};
}

Result<void> EarningsLedger::saveSession(const EarningsSession &session)
{
    auto query = prepare(QStringLiteral(
        "INSERT INTO sessions (id, title, live, start_ms, end_ms, platform_gift_count, platform_coin_total, "
        "source) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title, "
        "live = excluded.live, start_ms = excluded.start_ms, end_ms = excluded.end_ms, "
        "platform_gift_count = excluded.platform_gift_count, platform_coin_total = "
        "excluded.platform_coin_total, "
        "source = excluded.source"));
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    q.addBindValue(session.id);
    q.addBindValue(text(session.title));
    q.addBindValue(session.live ? 1 : 0);
    q.addBindValue(session.startMs);
    q.addBindValue(session.endMs);
    q.addBindValue(session.platformGiftCount);
    q.addBindValue(session.platformCoinTotal);
    q.addBindValue(text(session.source));
    return exec(q, QStringLiteral("save session"));
}

Result<QList<EarningsSession>> EarningsLedger::sessions() const
{
    auto query =
        prepare(QStringLiteral("SELECT id, title, live, start_ms, end_ms, platform_gift_count, "
                               "platform_coin_total, source FROM sessions ORDER BY start_ms DESC, id"));
    if (!query)
        return query.error();
    if (Result<void> ok = exec(query.value(), QStringLiteral("list sessions")); !ok)
        return ok.error();
    QList<EarningsSession> sessions;
    QSqlQuery &q = query.value();
    while (q.next())
        sessions.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() != 0,
                         q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                         q.value(6).toLongLong(), q.value(7).toString()});
    return sessions;
}

Result<SessionTotals> EarningsLedger::sessionTotals(const QString &sessionId) const
{
    auto query =
        prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(repeat_count), 0), COALESCE(SUM(coins), 0) "
                               "FROM entries WHERE session_id = ?"));
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    q.addBindValue(sessionId);
    if (Result<void> ok = exec(q, QStringLiteral("session totals")); !ok)
        return ok.error();
    if (!q.next())
        return SessionTotals{};
    return SessionTotals{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

Result<qint64> EarningsLedger::entryCount() const
{
    auto query = prepare(QStringLiteral("SELECT COUNT(*) FROM entries"));
    if (!query)
        return query.error();
    if (Result<void> ok = exec(query.value(), QStringLiteral("count entries")); !ok)
        return ok.error();
    return query.value().next() ? query.value().value(0).toLongLong() : 0;
}

EarningsLedger::Appender::Appender(EarningsLedger &ledger, EntrySource source)
    : m_ledger(ledger)
    , m_insert(ledger.m_db)
    , m_source(sourceName(source))
    , m_recordedMs(QDateTime::currentMSecsSinceEpoch())
{}

EarningsLedger::Appender::~Appender()
{
    if (m_open) {
        m_insert.finish();
        m_ledger.execute(QStringLiteral("ROLLBACK")).ok();
    }
}

Result<bool> EarningsLedger::Appender::add(const GiftRecord &r)
{
    m_insert.bindValue(0, r.sessionId);
    m_insert.bindValue(1, r.eventKey);
    m_insert.bindValue(2, r.timeMs);
    m_insert.bindValue(3, r.userId);
    m_insert.bindValue(4, text(r.uniqueId));
    m_insert.bindValue(5, r.giftId);
    m_insert.bindValue(6, text(r.giftName));
    m_insert.bindValue(7, r.repeatCount);
    m_insert.bindValue(8, r.unitCoins);
    m_insert.bindValue(9, r.coins());
    m_insert.bindValue(10, m_source);
    m_insert.bindValue(11, m_recordedMs);
    if (!m_insert.exec())
        return sqlError(m_insert.lastError(), QStringLiteral("append gift"));
    const bool inserted = m_insert.numRowsAffected() > 0;
    ++(inserted ? m_stats.inserted : m_stats.duplicates);
    return inserted;
}

Result<AppendStats> EarningsLedger::Appender::commit()
{
    m_insert.finish();
    m_open = false;
    if (Result<void> ok = m_ledger.execute(QStringLiteral("COMMIT")); !ok) {
        m_ledger.execute(QStringLiteral("ROLLBACK")).ok();
        return ok.error();
    }
    return m_stats;
}

Result<std::unique_ptr<EarningsLedger::Appender>> EarningsLedger::beginAppend(EntrySource source)
{
    std::unique_ptr<Appender> appender(new Appender(*this, source));
    if (Result<void> ok = execute(QStringLiteral("BEGIN IMMEDIATE")); !ok)
        return ok.error();
    appender->m_open = true;
    if (!appender->m_insert.prepare(kInsertEntry))
        return sqlError(appender->m_insert.lastError(), QStringLiteral("prepare append"));
    return appender;
}

Result<AppendStats> EarningsLedger::append(const QList<GiftRecord> &records, EntrySource source)
{
    auto appender = beginAppend(source);
    if (!appender)
        return appender.error();
    for (const GiftRecord &record : records)
        if (Result<bool> added = appender.value()->add(record); !added)
            return added.error();
    return appender.value()->commit();
}

Result<LedgerEntry> EarningsLedger::entry(qint64 entryId) const
{
    auto query = prepare(QStringLiteral(
        "SELECT id, session_id, event_key, time_ms, user_id, unique_id, gift_id, gift_name, repeat_count, "
        "unit_coins, source, COALESCE(reverses, 0), note, recorded_ms FROM entries WHERE id = ?"));
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    q.addBindValue(entryId);
    if (Result<void> ok = exec(q, QStringLiteral("read entry")); !ok)
        return ok.error();
    if (!q.next())
        return Error(QStringLiteral("earnings.entry_not_found"),
                     tr("There is no ledger entry %1.").arg(entryId), {{QStringLiteral("entry"), entryId}});
    LedgerEntry e;
    e.id = q.value(0).toLongLong();
    e.record = {q.value(1).toString(), q.value(2).toString(),   q.value(3).toLongLong(),
                q.value(4).toString(), q.value(5).toString(),   q.value(6).toLongLong(),
                q.value(7).toString(), q.value(8).toLongLong(), q.value(9).toLongLong()};
    e.source = q.value(10).toString();
    e.reverses = q.value(11).toLongLong();
    e.note = q.value(12).toString();
    e.recordedMs = q.value(13).toLongLong();
    return e;
}

Result<qint64> EarningsLedger::reverse(qint64 entryId, const QString &reason)
{
    const Result<LedgerEntry> original = entry(entryId);
    if (!original)
        return original.error();
    if (original->reverses != 0)
        return Error(QStringLiteral("earnings.reverse_reversal"),
                     tr("Entry %1 is itself a correction; record a new entry instead.").arg(entryId),
                     {{QStringLiteral("entry"), entryId}});
    auto query = prepare(QStringLiteral(
        "INSERT INTO entries (session_id, event_key, time_ms, user_id, unique_id, gift_id, gift_name, "
        "repeat_count, unit_coins, coins, source, reverses, note, recorded_ms) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, event_key) DO NOTHING"));
    if (!query)
        return query.error();
    const GiftRecord &r = original->record;
    QSqlQuery &q = query.value();
    for (const QVariant &value :
         {QVariant(r.sessionId), QVariant(QStringLiteral("r:%1").arg(entryId)), QVariant(r.timeMs),
          QVariant(r.userId), QVariant(text(r.uniqueId)), QVariant(r.giftId), QVariant(text(r.giftName)),
          QVariant(-r.repeatCount), QVariant(r.unitCoins), QVariant(-r.coins()),
          QVariant(sourceName(EntrySource::Correction)), QVariant(entryId), QVariant(text(reason)),
          QVariant(QDateTime::currentMSecsSinceEpoch())})
        q.addBindValue(value);
    if (Result<void> ok = exec(q, QStringLiteral("reverse entry")); !ok)
        return ok.error();
    if (q.numRowsAffected() == 0)
        return Error(QStringLiteral("earnings.already_reversed"),
                     tr("Entry %1 has already been reversed.").arg(entryId),
                     {{QStringLiteral("entry"), entryId}});
    return q.lastInsertId().toLongLong();
}

} // namespace montaj
