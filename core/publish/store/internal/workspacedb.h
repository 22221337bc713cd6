#pragma once

#include "core/foundation/result.h"
#include "core/publish/store/internal/sqldialect.h"
#include "core/publish/store/workspacelocation.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

namespace montaj {

// One connection to the workspace database under a connection name of its own, with the helpers
// every table uses: prepared statements with positional values, errors as Result, and the count of
// committed writes. Used from the thread that connected it. Not the schema (WorkspaceMigrations).
class WorkspaceDb
{
public:
    static Result<std::unique_ptr<WorkspaceDb>> connect(const WorkspaceLocation &location);
    ~WorkspaceDb();
    WorkspaceDb(const WorkspaceDb &) = delete;
    WorkspaceDb &operator=(const WorkspaceDb &) = delete;

    const SqlDialect &dialect() const { return m_dialect; }
    const WorkspaceLocation &location() const { return m_location; }
    QSqlDatabase database() const { return m_db; }

    // Statements without values (DDL, pragmas, BEGIN/COMMIT).
    Result<void> execute(const QString &sql) const;
    Result<QSqlQuery> prepare(const QString &sql) const;
    // Binds `values` in order (replacing earlier ones) and runs the prepared query.
    Result<void> run(QSqlQuery &query, const QVariantList &values) const;
    // prepare + run, forward-only: for one-off statements.
    Result<QSqlQuery> query(const QString &sql, const QVariantList &values = {}) const;

    quint64 writeCount() const { return m_writes; }
    void countWrite() { ++m_writes; }

    // Values for columns: null QStrings would bind as SQL NULL; an invalid time is NULL.
    static QVariant text(const QString &value);
    static QVariant millis(const QDateTime &utc);
    static QVariant nullMillis();
    static QDateTime toUtc(const QVariant &millis);

private:
    WorkspaceDb(WorkspaceLocation location, SqlDialect dialect, QString connectionName);
    Result<void> open();
    // A session statement (pragma), tried again while SQLite says the new file is busy.
    Result<void> setUpSession(const QString &sql) const;

    static constexpr int kBusyTimeoutMs = 10000;

    WorkspaceLocation m_location;
    SqlDialect m_dialect;
    QString m_connectionName;
    QSqlDatabase m_db;
    quint64 m_writes = 0;
};

// A write transaction: BEGIN IMMEDIATE (SQLite) or BEGIN (PostgreSQL) … NOTIFY + COMMIT; rolls
// back unless committed. Counts the write on the connection once committed.
class WorkspaceTransaction
{
public:
    explicit WorkspaceTransaction(WorkspaceDb &db);
    ~WorkspaceTransaction();
    WorkspaceTransaction(const WorkspaceTransaction &) = delete;
    WorkspaceTransaction &operator=(const WorkspaceTransaction &) = delete;

    Result<void> begin();
    Result<void> commit();

private:
    WorkspaceDb &m_db;
    bool m_open = false;
};

} // namespace montaj
