#pragma once

#include "core/foundation/result.h"

namespace montaj {

class WorkspaceDb;

// The deals tables in the workspace database, versioned on their own (table deals_schema_migrations)
// so the publish store's migration list stays untouched. Runs after the workspace's own migrations
// (deliverables refer to posts), in one write transaction under the same PostgreSQL advisory lock.
// Append new versions at the end; never edit a released one.
class DealMigrations
{
public:
    static int latestVersion();
    // The deals schema version after migrating; "deals.schema_too_new" when the database is newer.
    static Result<int> apply(WorkspaceDb &db);
};

} // namespace montaj
