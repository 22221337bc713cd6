#include "core/publish/store/internal/sqldialect.h"

namespace montaj {

namespace {
// pg_advisory_xact_lock key for migrations: "MONTAJWS" as a 64-bit number.
constexpr qint64 kMigrationLockKey = 0x4d4f4e54414a5753;
} // namespace

QString SqlDialect::driverName() const
{
    return isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QStringList SqlDialect::sessionSetup() const
{
    if (isPostgres())
        return {QStringLiteral("SET client_min_messages TO warning")};
    // WAL + synchronous=FULL: a committed schedule survives a power cut (NORMAL may lose the last
    // commits); busy_timeout comes from the connect options.
    return {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
            QStringLiteral("PRAGMA foreign_keys=ON")};
}

QString SqlDialect::beginWrite() const
{
    return isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QString SqlDialect::migrationLock() const
{
    if (!isPostgres())
        return {};
    return QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLockKey);
}

QString SqlDialect::tableExists(const QString &table) const
{
    // Table names here are the store's own constants, never user input.
    if (isPostgres())
        return QStringLiteral("SELECT COUNT(*) FROM information_schema.tables"
                              " WHERE table_schema = current_schema() AND table_name = '%1'")
            .arg(table);
    return QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
        .arg(table);
}

QString SqlDialect::autoIdColumn() const
{
    return isPostgres() ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                        : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
}

QString SqlDialect::lockRows() const
{
    return isPostgres() ? QStringLiteral(" FOR UPDATE") : QString();
}

QString SqlDialect::lockRowsSkipLocked() const
{
    return isPostgres() ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString();
}

QString SqlDialect::notifyChange() const
{
    return isPostgres() ? QStringLiteral("NOTIFY ") + changeChannel() : QString();
}

QString SqlDialect::changeChannel()
{
    return QStringLiteral("montaj_workspace");
}

} // namespace montaj
