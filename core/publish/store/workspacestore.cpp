#include "core/publish/store/workspacestore.h"

#include "core/publish/store/internal/accountrepository.h"
#include "core/publish/store/internal/leaserepository.h"
#include "core/publish/store/internal/posteventlog.h"
#include "core/publish/store/internal/postrepository.h"
#include "core/publish/store/internal/sqldialect.h"
#include "core/publish/store/internal/workspacedb.h"
#include "core/publish/store/internal/workspaceerrors.h"
#include "core/publish/store/internal/workspacemigrations.h"

#include <QSqlDriver>
#include <QSqlError>

namespace montaj {

namespace {
const QString kMissedPolicy = QStringLiteral("publish.missed_policy");
} // namespace

struct WorkspaceStore::Private
{
    std::unique_ptr<WorkspaceDb> db;
    int schemaVersion = 0;
    qint64 dataVersion = -1; // SQLite PRAGMA data_version last seen

    AccountRepository accounts() const { return AccountRepository(*db); }
    PostRepository posts() const { return PostRepository(*db); }
    LeaseRepository leases() const { return LeaseRepository(*db); }
};

WorkspaceStore::WorkspaceStore(std::unique_ptr<Private> p)
    : d(std::move(p))
{}

WorkspaceStore::~WorkspaceStore() = default;

Result<std::unique_ptr<WorkspaceStore>> WorkspaceStore::open(const WorkspaceLocation &location)
{
    auto db = WorkspaceDb::connect(location);
    if (!db)
        return db.error();
    auto version = WorkspaceMigrations::apply(**db);
    if (!version)
        return version.error();
    auto p = std::make_unique<Private>();
    p->db = std::move(db).value();
    p->schemaVersion = *version;
    return std::unique_ptr<WorkspaceStore>(new WorkspaceStore(std::move(p)));
}

const WorkspaceLocation &WorkspaceStore::location() const
{
    return d->db->location();
}

int WorkspaceStore::schemaVersion() const
{
    return d->schemaVersion;
}

int WorkspaceStore::latestSchemaVersion()
{
    return WorkspaceMigrations::latestVersion();
}

// --- accounts

Result<WorkspaceAccount> WorkspaceStore::saveAccount(WorkspaceAccount account)
{
    return d->accounts().save(std::move(account));
}

Result<QList<WorkspaceAccount>> WorkspaceStore::accounts() const
{
    return d->accounts().all();
}

Result<WorkspaceAccount> WorkspaceStore::account(const QString &id) const
{
    return d->accounts().byId(id);
}

Result<WorkspaceAccount> WorkspaceStore::accountByOpenId(const QString &profileId,
                                                         const QString &openId) const
{
    return d->accounts().byOpenId(profileId, openId);
}

Result<void> WorkspaceStore::removeAccount(const QString &id)
{
    return d->accounts().remove(id);
}

// --- posts

Result<Post> WorkspaceStore::createPost(Post post, const QString &actor)
{
    auto created = d->posts().create({std::move(post)}, actor);
    if (!created)
        return created.error();
    return created->first();
}

Result<QList<Post>> WorkspaceStore::createPosts(QList<Post> posts, const QString &actor)
{
    return d->posts().create(std::move(posts), actor);
}

Result<Post> WorkspaceStore::post(const QString &id) const
{
    return d->posts().byId(id);
}

Result<QList<Post>> WorkspaceStore::posts(const PostFilter &filter) const
{
    return d->posts().list(filter);
}

Result<Post> WorkspaceStore::updatePost(const Post &post, const QString &actor)
{
    return d->posts().update(post, actor);
}

Result<Post> WorkspaceStore::transition(const QString &id, PostState to, const QString &actor,
                                        const QString &note, const QJsonObject &detail)
{
    return d->posts().transition(id, to, actor, note, detail);
}

Result<QList<PostEvent>> WorkspaceStore::history(const QString &postId) const
{
    return PostEventLog(*d->db).history(postId);
}

Result<void> WorkspaceStore::deletePost(const QString &id, const QString &actor)
{
    return d->posts().remove(id, actor);
}

// --- publishing

Result<QList<ClaimedPost>> WorkspaceStore::claimDue(const QString &workerId, const QDateTime &nowUtc, int max,
                                                    std::chrono::seconds leaseFor,
                                                    const QStringList &accountIds,
                                                    std::chrono::seconds missedAfter)
{
    return d->leases().claimDue(workerId, nowUtc, max, leaseFor, accountIds, missedAfter, missedPostPolicy());
}

Result<QDateTime> WorkspaceStore::renewLease(const QString &postId, const QString &leaseToken,
                                             std::chrono::seconds leaseFor)
{
    return d->leases().renew(postId, leaseToken, leaseFor);
}

Result<void> WorkspaceStore::saveProgress(const QString &postId, const QString &leaseToken,
                                          const PublishProgress &progress, const QString &note,
                                          const QJsonObject &detail)
{
    return d->leases().saveProgress(postId, leaseToken, progress, note, detail);
}

Result<Post> WorkspaceStore::markPublished(const QString &postId, const QString &leaseToken,
                                           const QString &publishId, const QString &platformPostId,
                                           const QJsonObject &detail)
{
    return d->leases().markPublished(postId, leaseToken, publishId, platformPostId, detail);
}

Result<Post> WorkspaceStore::markFailed(const QString &postId, const QString &leaseToken,
                                        const QString &failCode, const QString &failReason,
                                        const QJsonObject &detail)
{
    return d->leases().markFailed(postId, leaseToken, failCode, failReason, detail);
}

Result<Post> WorkspaceStore::retryLater(const QString &postId, const QString &leaseToken,
                                        const QDateTime &nextAttemptUtc, const QString &failCode,
                                        const QString &failReason)
{
    return d->leases().retryLater(postId, leaseToken, nextAttemptUtc, failCode, failReason);
}

Result<void> WorkspaceStore::releaseLease(const QString &postId, const QString &leaseToken)
{
    return d->leases().release(postId, leaseToken);
}

Result<QList<Post>> WorkspaceStore::missedPosts(const QDateTime &nowUtc,
                                                std::chrono::seconds missedAfter) const
{
    return d->posts().missed(nowUtc, missedAfter);
}

// --- settings

Result<QString> WorkspaceStore::setting(const QString &key, const QString &fallback) const
{
    auto q = d->db->query(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!q)
        return q.error();
    return q.value().next() ? q->value(0).toString() : fallback;
}

Result<void> WorkspaceStore::setSetting(const QString &key, const QString &value)
{
    WorkspaceTransaction tx(*d->db);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto q = d->db->query(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                         " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                          {key, WorkspaceDb::text(value)});
    if (!q)
        return q.error();
    return tx.commit();
}

MissedPostPolicy WorkspaceStore::missedPostPolicy() const
{
    const auto text = setting(kMissedPolicy);
    if (!text)
        return MissedPostPolicy::Ask;
    return missedPostPolicyFromString(*text).value_or(MissedPostPolicy::Ask);
}

// --- change detection

quint64 WorkspaceStore::writeCount() const
{
    return d->db->writeCount();
}

Result<void> WorkspaceStore::watchExternalChanges(std::function<void()> onChange)
{
    if (!d->db->dialect().isPostgres()) {
        d->dataVersion = -1;
        checkExternalChanges(); // baseline
        return {};
    }
    QSqlDriver *driver = d->db->database().driver();
    const QString channel = SqlDialect::changeChannel();
    if (!driver->subscribedToNotifications().contains(channel) && !driver->subscribeToNotification(channel))
        return WorkspaceErrors::database(driver->lastError(), d->db->location().display());
    QObject::connect(driver, &QSqlDriver::notification, driver,
                     [onChange = std::move(onChange),
                      channel](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                         if (name == channel && source == QSqlDriver::OtherSource)
                             onChange();
                     });
    return {};
}

bool WorkspaceStore::checkExternalChanges()
{
    if (d->db->dialect().isPostgres())
        return false;
    auto q = d->db->query(QStringLiteral("PRAGMA data_version"));
    if (!q || !q.value().next())
        return false;
    const qint64 version = q->value(0).toLongLong();
    const bool changed = d->dataVersion >= 0 && version != d->dataVersion;
    d->dataVersion = version;
    return changed;
}

} // namespace montaj
