#pragma once

#include "core/foundation/error.h"
#include "core/foundation/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace montaj {

class SqlDialect;
class WorkspaceDb;

// Applies one versioned list of migrations to the workspace database and records each version in
// its own table: the workspace's schema and every module that keeps tables there (deals) use it.
// Up to date is checked without the write lock; otherwise the pending versions run in one write
// transaction (PostgreSQL: under the advisory migration lock, so workers starting together
// migrate once). A database newer than the list is refused.
class MigrationRunner
{
public:
    using Step = QStringList (*)(const SqlDialect &);
    struct Schema
    {
        QString versionTable; // e.g. "schema_migrations"
        QList<Step> steps;    // version n is steps[n - 1]; append, never edit a released one
        std::function<Error(const QString &where, int found, int latest)> tooNew;
    };

    // The schema version after migrating.
    static Result<int> apply(WorkspaceDb &db, const Schema &schema);

private:
    static Result<int> storedVersion(WorkspaceDb &db, const Schema &schema);
};

} // namespace montaj
