#pragma once

#include "core/earnings/giftrecord.h"
#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>

class QSqlError;

namespace montaj {

class AppPaths;

// A LIVE session the ledger knows: the platform's metadata and totals (when it came from the
// platform), or what an import said. Metadata, not money: saving it again updates it.
struct EarningsSession
{
    QString id;
    QString title;
    bool live = false;
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 platformGiftCount = -1; // -1: unknown (imported)
    qint64 platformCoinTotal = -1;
    QString source; // "platform", "live", "csv"
};

// What the ledger counted for one session (entries, reversals included).
struct SessionTotals
{
    qint64 entries = 0;
    qint64 gifts = 0; // Σ repeat_count
    qint64 coins = 0;
};

// One row of the ledger as stored.
struct LedgerEntry
{
    qint64 id = 0;
    GiftRecord record;
    QString source;
    qint64 reverses = 0; // the entry this one reverses, or 0
    QString note;
    qint64 recordedMs = 0;
};

// The LIVE-gift ledger: its own SQLite file (earnings.sqlite in the data folder; WAL,
// synchronous=FULL), holding sessions, counted gifts, the gift catalog, conversion settings,
// options and withdrawals. Gift entries and withdrawals are immutable — triggers refuse UPDATE and
// DELETE — and a correction is a new entry that reverses an old one. De-duplication is the
// database's: UNIQUE(session_id, event_key), so a replayed or re-imported gift is ignored. One
// connection, used from one thread (LedgerThread runs it on a worker for the studio). Not a report
// (EarningsReport) and not valuation (ConversionSettings).
class EarningsLedger
{
    Q_DECLARE_TR_FUNCTIONS(EarningsLedger)

public:
    // Adds many records in one transaction with one prepared statement (imports, benchmarks).
    class Appender
    {
    public:
        ~Appender(); // rolls back unless committed
        // True when written, false when the ledger already held the gift.
        Result<bool> add(const GiftRecord &record);
        Result<AppendStats> commit();
        const AppendStats &stats() const { return m_stats; }

    private:
        friend class EarningsLedger;
        Appender(EarningsLedger &ledger, EntrySource source);
        EarningsLedger &m_ledger;
        QSqlQuery m_insert;
        QString m_source;
        qint64 m_recordedMs = 0;
        AppendStats m_stats;
        bool m_open = false;
    };

    static Result<std::unique_ptr<EarningsLedger>> open(const QString &path);
    static QString defaultPath(const AppPaths &paths); // <data>/earnings.sqlite
    ~EarningsLedger();
    EarningsLedger(const EarningsLedger &) = delete;
    EarningsLedger &operator=(const EarningsLedger &) = delete;

    QString path() const { return m_path; }
    QSqlDatabase database() const { return m_db; }

    Result<void> saveSession(const EarningsSession &session);
    Result<QList<EarningsSession>> sessions() const; // newest first
    Result<SessionTotals> sessionTotals(const QString &sessionId) const;

    Result<AppendStats> append(const QList<GiftRecord> &records, EntrySource source);
    Result<std::unique_ptr<Appender>> beginAppend(EntrySource source);
    // A new entry that cancels `entryId` (its gifts and coins negated); an entry is reversed once.
    Result<qint64> reverse(qint64 entryId, const QString &reason);
    Result<LedgerEntry> entry(qint64 entryId) const;
    Result<qint64> entryCount() const;

    // Runs `work` in one write transaction (BEGIN IMMEDIATE … COMMIT, rolled back on an error).
    Result<void> transaction(const std::function<Result<void>()> &work);

    // Helpers for the classes that share this connection (GiftCatalog, RateBook, PayoutBook,
    // EarningsReport): a prepared query, or an Error saying what failed.
    Result<QSqlQuery> prepare(const QString &sql) const;
    static Result<void> exec(QSqlQuery &query, const QString &what);
    static Error sqlError(const QSqlError &error, const QString &what);
    static QString sourceName(EntrySource source);
    // `value`, never null: Qt binds a null QString as SQL NULL, and text columns are NOT NULL.
    static QString text(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }

private:
    EarningsLedger(QString path, QString connectionName);
    Result<void> createSchema();
    Result<void> execute(const QString &sql);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace montaj
