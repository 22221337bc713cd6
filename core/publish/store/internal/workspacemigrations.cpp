#include "core/publish/store/internal/workspacemigrations.h"

#include "core/publish/store/internal/migrationrunner.h"
#include "core/publish/store/internal/workspacedb.h"
#include "core/publish/store/internal/workspaceerrors.h"

#include <QStringList>

namespace montaj {

namespace {

// Times are BIGINT milliseconds since the epoch (UTC) so both databases compare them the same way;
// booleans are INTEGER 0/1; lists and objects are JSON text.
QStringList version1(const SqlDialect &dialect)
{
    return {
        QStringLiteral("CREATE TABLE accounts ("
                       " id TEXT PRIMARY KEY,"
                       " profile_id TEXT NOT NULL,"
                       " open_id TEXT NOT NULL,"
                       " username TEXT NOT NULL DEFAULT '',"
                       " display_name TEXT NOT NULL DEFAULT '',"
                       " colour TEXT NOT NULL DEFAULT '',"
                       " time_zone TEXT NOT NULL DEFAULT '',"
                       " posting_slots TEXT NOT NULL DEFAULT '[]',"
                       " created_at_ms BIGINT NOT NULL,"
                       " UNIQUE (profile_id, open_id))"),
        QStringLiteral("CREATE TABLE posts ("
                       " id TEXT PRIMARY KEY,"
                       " account_id TEXT NOT NULL REFERENCES accounts(id),"
                       " kind TEXT NOT NULL,"
                       " media_path TEXT NOT NULL DEFAULT '',"
                       " project_path TEXT NOT NULL DEFAULT '',"
                       " photo_paths TEXT NOT NULL DEFAULT '[]',"
                       " caption TEXT NOT NULL DEFAULT '',"
                       " photo_title TEXT NOT NULL DEFAULT '',"
                       " privacy_level TEXT NOT NULL DEFAULT '',"
                       " allow_comment INTEGER NOT NULL DEFAULT 0,"
                       " allow_duet INTEGER NOT NULL DEFAULT 0,"
                       " allow_stitch INTEGER NOT NULL DEFAULT 0,"
                       " brand_organic INTEGER NOT NULL DEFAULT 0,"
                       " brand_content INTEGER NOT NULL DEFAULT 0,"
                       " is_aigc INTEGER NOT NULL DEFAULT 0,"
                       " cover_ms BIGINT NOT NULL DEFAULT 0,"
                       " scheduled_local TEXT NOT NULL DEFAULT '',"
                       " scheduled_zone TEXT NOT NULL DEFAULT '',"
                       " scheduled_utc_ms BIGINT,"
                       " deal_id TEXT NOT NULL DEFAULT '',"
                       " state TEXT NOT NULL,"
                       " fail_code TEXT NOT NULL DEFAULT '',"
                       " fail_reason TEXT NOT NULL DEFAULT '',"
                       " publish_id TEXT NOT NULL DEFAULT '',"
                       " platform_post_id TEXT NOT NULL DEFAULT '',"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " next_attempt_ms BIGINT,"
                       " created_by TEXT NOT NULL DEFAULT '',"
                       " created_at_ms BIGINT NOT NULL,"
                       " updated_at_ms BIGINT NOT NULL,"
                       " version BIGINT NOT NULL DEFAULT 1,"
                       " stage TEXT NOT NULL DEFAULT 'not_started',"
                       " init_sent_at_ms BIGINT,"
                       " upload_state TEXT NOT NULL DEFAULT '{}',"
                       " rendered_path TEXT NOT NULL DEFAULT '',"
                       " lease_owner TEXT,"
                       " lease_token TEXT,"
                       " lease_until_ms BIGINT)"),
        // The claim query (state + due time) and the calendar (time range, per account).
        QStringLiteral("CREATE INDEX posts_state_due ON posts (state, scheduled_utc_ms)"),
        QStringLiteral("CREATE INDEX posts_scheduled ON posts (scheduled_utc_ms)"),
        QStringLiteral("CREATE INDEX posts_account ON posts (account_id, scheduled_utc_ms)"),
        QStringLiteral("CREATE TABLE post_events ("
                       " id %1,"
                       " post_id TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,"
                       " at_ms BIGINT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " from_state TEXT,"
                       " to_state TEXT NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " detail TEXT NOT NULL DEFAULT '{}')")
            .arg(dialect.autoIdColumn()),
        QStringLiteral("CREATE INDEX post_events_post ON post_events (post_id, id)"),
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    };
}

MigrationRunner::Schema schema()
{
    return {
        QStringLiteral("schema_migrations"), {&version1}, [](const QString &where, int found, int latest) {
            return WorkspaceErrors::tooNew(where, found, latest);
        }};
}

} // namespace

int WorkspaceMigrations::latestVersion()
{
    return int(schema().steps.size());
}

Result<int> WorkspaceMigrations::apply(WorkspaceDb &db)
{
    return MigrationRunner::apply(db, schema());
}

} // namespace montaj
