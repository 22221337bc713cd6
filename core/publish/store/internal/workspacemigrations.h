#pragma once

#include "core/foundation/result.h"

namespace montaj {

class WorkspaceDb;

// The workspace schema as a versioned list of migrations, one schema for SQLite and PostgreSQL.
// Applies the pending ones in one write transaction (PostgreSQL: under an advisory lock, so several
// workers starting together migrate once) and records each in schema_migrations. Append new
// versions at the end; never edit a released one.
class WorkspaceMigrations
{
public:
    static int latestVersion();
    // The schema version after migrating; "workspace.too_new" when the database is newer.
    static Result<int> apply(WorkspaceDb &db);

private:
    static Result<int> storedVersion(WorkspaceDb &db);
};

} // namespace montaj
