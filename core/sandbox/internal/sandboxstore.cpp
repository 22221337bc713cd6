#include "core/sandbox/internal/sandboxstore.h"

#include "core/sandbox/internal/sandboxlog.h"

#include <QSqlError>
#include <QStringList>

namespace montaj::sandbox {
namespace {

const QStringList &schema()
{
    static const QStringList kSchema = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS accounts (open_id TEXT PRIMARY KEY, union_id TEXT NOT NULL, "
            "username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, bio TEXT NOT NULL, "
            "avatar_url TEXT NOT NULL, is_verified INTEGER NOT NULL, is_private INTEGER NOT NULL, "
            "comment_disabled INTEGER NOT NULL, duet_disabled INTEGER NOT NULL, "
            "stitch_disabled INTEGER NOT NULL, max_duration_sec INTEGER NOT NULL, "
            "follower_base INTEGER NOT NULL, following_count INTEGER NOT NULL, "
            "created_at_ms INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS videos (id TEXT PRIMARY KEY, open_id TEXT NOT NULL, "
            "create_time_ms INTEGER NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL, "
            "duration_sec INTEGER NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL, "
            "privacy TEXT NOT NULL, potential_views INTEGER NOT NULL, tau_sec INTEGER NOT NULL, "
            "like_ppm INTEGER NOT NULL, comment_ppm INTEGER NOT NULL, share_ppm INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS videos_by_owner ON videos (open_id, create_time_ms)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS auth_codes (code_hash TEXT PRIMARY KEY, client_key TEXT NOT NULL, "
            "redirect_uri TEXT NOT NULL, open_id TEXT NOT NULL, scopes TEXT NOT NULL, "
            "challenge TEXT NOT NULL, expires_at_ms INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0, "
            "grant_id INTEGER)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS grants (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "open_id TEXT NOT NULL, client_key TEXT NOT NULL, scopes TEXT NOT NULL, "
                       "created_at_ms INTEGER NOT NULL, revoked INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS tokens (token_hash TEXT PRIMARY KEY, kind TEXT NOT NULL, "
                       "grant_id INTEGER NOT NULL REFERENCES grants(id), expires_at_ms INTEGER NOT NULL, "
                       "revoked INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS publishes (publish_id TEXT PRIMARY KEY, open_id TEXT NOT NULL, "
            "kind TEXT NOT NULL, upload_id TEXT NOT NULL UNIQUE, upload_expires_ms INTEGER NOT NULL, "
            "video_size INTEGER NOT NULL, chunk_size INTEGER NOT NULL, chunk_count INTEGER NOT NULL, "
            "received INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL, fail_reason TEXT NOT NULL, "
            "post_info TEXT NOT NULL, video_id TEXT NOT NULL, created_at_ms INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS live_sessions (id TEXT PRIMARY KEY, open_id TEXT NOT NULL, "
            "title TEXT NOT NULL, started_at_ms INTEGER NOT NULL, ended_at_ms INTEGER NOT NULL, "
            "actions INTEGER NOT NULL, seed INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS publishes_by_owner ON publishes (open_id, created_at_ms)"),
        // Where a PULL_FROM_URL publish takes its media from (video/init, content/init photos).
        QStringLiteral("CREATE TABLE IF NOT EXISTS publish_sources (publish_id TEXT PRIMARY KEY, "
                       "media_type TEXT NOT NULL, paths TEXT NOT NULL, cover_index INTEGER NOT NULL)"),
        // The brand campaigns extension: invitations with their offer, and submitted deliverables.
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS campaigns (id TEXT PRIMARY KEY, open_id TEXT NOT NULL, "
            "brand_id TEXT NOT NULL, brand_name TEXT NOT NULL, title TEXT NOT NULL, brief TEXT NOT NULL, "
            "price_minor INTEGER NOT NULL, currency TEXT NOT NULL, deliverables TEXT NOT NULL, "
            "invited_at_ms INTEGER NOT NULL, expires_at_ms INTEGER NOT NULL, draft_due_ms INTEGER NOT NULL, "
            "post_start_ms INTEGER NOT NULL, post_end_ms INTEGER NOT NULL, ad_auth_days INTEGER NOT NULL, "
            "draft_rounds INTEGER NOT NULL, draft_feedback TEXT NOT NULL, status TEXT NOT NULL, "
            "responded_at_ms INTEGER NOT NULL DEFAULT 0, decline_reason TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS campaigns_by_owner ON campaigns (open_id, invited_at_ms)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS campaign_submissions (id TEXT PRIMARY KEY, "
            "campaign_id TEXT NOT NULL REFERENCES campaigns(id), kind TEXT NOT NULL, "
            "draft_url TEXT NOT NULL, publish_id TEXT NOT NULL, video_id TEXT NOT NULL, "
            "submitted_at_ms INTEGER NOT NULL, decided_at_ms INTEGER NOT NULL, outcome TEXT NOT NULL, "
            "feedback TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS submissions_by_campaign ON campaign_submissions "
                       "(campaign_id, submitted_at_ms)"),
    };
    return kSchema;
}

} // namespace

SandboxStore::SandboxStore(QString connectionName)
    : m_connectionName(std::move(connectionName))
{}

SandboxStore::~SandboxStore()
{
    close();
}

Result<void> SandboxStore::open(const QString &filePath)
{
    close();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(filePath);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        const QString reason = m_db.lastError().text();
        close();
        return Error(QStringLiteral("sandbox.state_unavailable"),
                     tr("The sandbox could not open its state database: %1").arg(reason),
                     {{QStringLiteral("file"), filePath}});
    }
    QStringList statements = {QStringLiteral("PRAGMA journal_mode=WAL"),
                              QStringLiteral("PRAGMA synchronous=FULL"),
                              QStringLiteral("PRAGMA foreign_keys=ON")};
    statements += schema();
    for (const QString &sql : std::as_const(statements)) {
        QSqlQuery query(m_db);
        if (!query.exec(sql)) {
            const QString reason = query.lastError().text();
            close();
            return Error(QStringLiteral("sandbox.state_unavailable"),
                         tr("The sandbox could not prepare its state database: %1").arg(reason),
                         {{QStringLiteral("file"), filePath}});
        }
    }
    if (metaValue(QStringLiteral("schema_version")).isEmpty())
        setMetaValue(QStringLiteral("schema_version"), QStringLiteral("1"));
    return {};
}

void SandboxStore::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString SandboxStore::metaValue(const QString &key) const
{
    QSqlQuery query = prepareQuery(m_db, QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!runQuery(query) || !query.next())
        return {};
    return query.value(0).toString();
}

bool SandboxStore::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery query =
        prepareQuery(m_db, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    return runQuery(query);
}

WriteTransaction::WriteTransaction(const QSqlDatabase &db)
    : m_db(db)
{
    QSqlQuery query(m_db);
    m_begun = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_begun)
        qCWarning(lcSandbox) << "BEGIN IMMEDIATE failed:" << query.lastError().text();
}

WriteTransaction::~WriteTransaction()
{
    if (m_begun && !m_done) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

bool WriteTransaction::commit()
{
    if (!m_begun || m_done)
        return false;
    QSqlQuery query(m_db);
    m_done = query.exec(QStringLiteral("COMMIT"));
    if (!m_done)
        qCWarning(lcSandbox) << "COMMIT failed:" << query.lastError().text();
    return m_done;
}

QSqlQuery prepareQuery(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        qCWarning(lcSandbox) << "SQL prepare failed:" << query.lastError().text();
    return query;
}

bool runQuery(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qCWarning(lcSandbox) << "SQL failed:" << query.lastError().text();
    return false;
}

} // namespace montaj::sandbox
