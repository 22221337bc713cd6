#pragma once

#include <QString>
#include <QStringList>

namespace montaj {

// The few places where the workspace's SQL differs between SQLite and PostgreSQL, kept in one spot so
// the rest of the store writes one portable SQL. Not a query builder.
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind)
        : m_kind(kind)
    {}

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }
    QString driverName() const;

    // Statements run once per new connection (pragmas / session settings).
    QStringList sessionSetup() const;
    // Starts a write transaction: SQLite takes the write lock at once (BEGIN IMMEDIATE), so a
    // read-then-write never fails half-way with "busy".
    QString beginWrite() const;
    // Serialises migrations between processes for the rest of the transaction (empty on SQLite,
    // where BEGIN IMMEDIATE already does).
    QString migrationLock() const;
    // One row, one column: 1 when the table exists in the schema queries use.
    QString tableExists(const QString &table) const;
    // Column definition of an auto-incremented 64-bit primary key.
    QString autoIdColumn() const;
    // Appended to a SELECT inside a write transaction: locks the rows it returns.
    QString lockRows() const;
    // Same, skipping rows another transaction holds (claims by several workers).
    QString lockRowsSkipLocked() const;
    // Run before COMMIT: tells listeners a write happened (empty on SQLite).
    QString notifyChange() const;

    // The channel WorkspaceService listens to on PostgreSQL.
    static QString changeChannel();

private:
    Kind m_kind;
};

} // namespace montaj
