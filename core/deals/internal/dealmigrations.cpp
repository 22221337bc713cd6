#include "core/deals/internal/dealmigrations.h"

#include "core/deals/internal/dealerrors.h"
#include "core/publish/store/internal/migrationrunner.h"
#include "core/publish/store/internal/workspacedb.h"

#include <QStringList>

namespace montaj {
namespace {

// Same conventions as the workspace: times BIGINT ms UTC, dates ISO text, booleans 0/1, the many
// descriptive fields of a deal as one JSON document next to the columns queries use.
QStringList version1(const SqlDialect &dialect)
{
    return {
        QStringLiteral("CREATE TABLE brands ("
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " legal_name TEXT NOT NULL DEFAULT '',"
                       " vat_number TEXT NOT NULL DEFAULT '',"
                       " country TEXT NOT NULL DEFAULT '',"
                       " category TEXT NOT NULL DEFAULT '',"
                       " address TEXT NOT NULL DEFAULT '',"
                       " platform_brand_id TEXT NOT NULL DEFAULT '',"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " created_at_ms BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX brands_platform ON brands (platform_brand_id)"),
        QStringLiteral("CREATE TABLE brand_contacts ("
                       " id TEXT PRIMARY KEY,"
                       " brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL,"
                       " role TEXT NOT NULL DEFAULT '',"
                       " email TEXT NOT NULL DEFAULT '',"
                       " phone TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE deals ("
                       " id TEXT PRIMARY KEY,"
                       " brand_id TEXT NOT NULL REFERENCES brands(id),"
                       " title TEXT NOT NULL DEFAULT '',"
                       " stage TEXT NOT NULL,"
                       " campaign_id TEXT NOT NULL DEFAULT '',"
                       " data TEXT NOT NULL DEFAULT '{}',"
                       " created_by TEXT NOT NULL DEFAULT '',"
                       " created_at_ms BIGINT NOT NULL,"
                       " updated_at_ms BIGINT NOT NULL,"
                       " stage_changed_at_ms BIGINT NOT NULL,"
                       " version BIGINT NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX deals_brand ON deals (brand_id)"),
        QStringLiteral("CREATE INDEX deals_stage ON deals (stage)"),
        QStringLiteral("CREATE INDEX deals_campaign ON deals (campaign_id)"),
        QStringLiteral("CREATE TABLE deal_stage_history ("
                       " id %1,"
                       " deal_id TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,"
                       " at_ms BIGINT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " from_stage TEXT,"
                       " to_stage TEXT NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '')")
            .arg(dialect.autoIdColumn()),
        QStringLiteral("CREATE INDEX deal_stage_history_deal ON deal_stage_history (deal_id, id)"),
        QStringLiteral("CREATE TABLE deal_deliverables ("
                       " id TEXT PRIMARY KEY,"
                       " deal_id TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,"
                       " sort_order INTEGER NOT NULL DEFAULT 0,"
                       " draft_due_ms BIGINT,"
                       " posting_start_ms BIGINT,"
                       " posting_end_ms BIGINT,"
                       " data TEXT NOT NULL DEFAULT '{}')"),
        QStringLiteral("CREATE INDEX deal_deliverables_deal ON deal_deliverables (deal_id, sort_order)"),
        QStringLiteral("CREATE INDEX deal_deliverables_window ON deal_deliverables (posting_start_ms)"),
        // A deleted draft post leaves its deliverable unlinked.
        QStringLiteral("CREATE TABLE deal_deliverable_posts ("
                       " deliverable_id TEXT NOT NULL REFERENCES deal_deliverables(id) ON DELETE CASCADE,"
                       " post_id TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (deliverable_id, post_id))"),
        QStringLiteral("CREATE INDEX deal_deliverable_posts_post ON deal_deliverable_posts (post_id)"),
        QStringLiteral("CREATE TABLE invoice_series (series TEXT PRIMARY KEY, last_number BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE invoices ("
                       " id TEXT PRIMARY KEY,"
                       " deal_id TEXT NOT NULL REFERENCES deals(id),"
                       " series TEXT NOT NULL,"
                       " number BIGINT,"
                       " status TEXT NOT NULL,"
                       " currency TEXT NOT NULL,"
                       " issue_date TEXT NOT NULL DEFAULT '',"
                       " due_date TEXT NOT NULL DEFAULT '',"
                       " data TEXT NOT NULL DEFAULT '{}',"
                       " created_at_ms BIGINT NOT NULL,"
                       " updated_at_ms BIGINT NOT NULL,"
                       " UNIQUE (series, number))"),
        QStringLiteral("CREATE INDEX invoices_deal ON invoices (deal_id)"),
        QStringLiteral("CREATE TABLE invoice_payments ("
                       " id %1,"
                       " invoice_id TEXT NOT NULL REFERENCES invoices(id),"
                       " received_on TEXT NOT NULL,"
                       " amount_minor BIGINT NOT NULL,"
                       " method TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '',"
                       " recorded_at_ms BIGINT NOT NULL)")
            .arg(dialect.autoIdColumn()),
        QStringLiteral("CREATE INDEX invoice_payments_invoice ON invoice_payments (invoice_id, id)"),
    };
}

MigrationRunner::Schema schema()
{
    return {QStringLiteral("deals_schema_migrations"),
            {&version1},
            [](const QString &where, int found, int latest) {
                return DealErrors::schemaTooNew(where, found, latest);
            }};
}

} // namespace

int DealMigrations::latestVersion()
{
    return int(schema().steps.size());
}

Result<int> DealMigrations::apply(WorkspaceDb &db)
{
    return MigrationRunner::apply(db, schema());
}

} // namespace montaj
