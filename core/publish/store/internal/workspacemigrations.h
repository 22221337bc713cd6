#pragma once

#include "core/foundation/result.h"

namespace montaj {

class WorkspaceDb;

// The workspace schema as a versioned list of migrations, one schema for SQLite and PostgreSQL.
// MigrationRunner applies the pending ones and records each in schema_migrations. Append new
// versions at the end; never edit a released one.
class WorkspaceMigrations
{
public:
    static int latestVersion();
    // The schema version after migrating; "workspace.too_new" when the database is newer.
    static Result<int> apply(WorkspaceDb &db);
};

} // namespace montaj
