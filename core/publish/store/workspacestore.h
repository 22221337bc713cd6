#pragma once

#include "core/foundation/result.h"
#include "core/publish/posttypes.h"
#include "core/publish/store/workspacelocation.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace montaj {

// The workspace database: accounts, scheduled posts with their audit history, publishing progress
// and leases, and workspace settings, over SQLite (WAL, synchronous=FULL, BEGIN IMMEDIATE for
// writes) or PostgreSQL (shared by several studios and publisher workers; claims use
// FOR UPDATE SKIP LOCKED). One schema and versioned migrations for both. Every state change goes
// through PostLifecycle and writes one PostEvent in the same transaction.
//
// One object = one database connection, used from the thread that opened it (QSqlDatabase rule).
// Blocking: the UI reaches it through WorkspaceService, never directly. Not the publisher.
class WorkspaceStore
{
public:
    ~WorkspaceStore();
    WorkspaceStore(const WorkspaceStore &) = delete;
    WorkspaceStore &operator=(const WorkspaceStore &) = delete;

    // Connects, creates the database file/schema when new and applies pending migrations.
    // Errors: "workspace.open_failed" (with the location's display text, never a password),
    // "workspace.too_new" (schema written by a newer Montaj).
    static Result<std::unique_ptr<WorkspaceStore>> open(const WorkspaceLocation &location);

    const WorkspaceLocation &location() const;
    int schemaVersion() const;
    static int latestSchemaVersion();

    // --- accounts
    Result<WorkspaceAccount> saveAccount(WorkspaceAccount account); // insert (empty id) or update
    Result<QList<WorkspaceAccount>> accounts() const;
    Result<WorkspaceAccount> account(const QString &id) const;
    // By platform identity, e.g. to link a signed-in session to its workspace account.
    Result<WorkspaceAccount> accountByOpenId(const QString &profileId, const QString &openId) const;
    Result<void> removeAccount(const QString &id); // "workspace.account_in_use" while posts refer to it

    // --- posts (editing)
    // Inserts with a new id, createdAt/updatedAt now, version 1, and a "created" event.
    Result<Post> createPost(Post post, const QString &actor);
    // Many posts in one transaction (CSV import): all or nothing; one "created" event each.
    Result<QList<Post>> createPosts(QList<Post> posts, const QString &actor);
    Result<Post> post(const QString &id) const;
    Result<QList<Post>> posts(const PostFilter &filter = {}) const; // ordered by scheduled utc, then created
    // Saves content fields (caption, toggles, media, time…) when post.version matches the stored one
    // ("workspace.conflict" otherwise: someone else changed it) and the post is not Publishing,
    // Published or Cancelled ("workspace.post_locked"). Records an "edited" event with the changed fields.
    Result<Post> updatePost(const Post &post, const QString &actor);
    // A lifecycle move checked by PostLifecycle ("publish.bad_transition"), with its event.
    Result<Post> transition(const QString &id, PostState to, const QString &actor, const QString &note = {},
                            const QJsonObject &detail = {});
    Result<QList<PostEvent>> history(const QString &postId) const;
    // Drafts are deleted with their history; other posts are cancelled (a "deleted" event; Published and
    // Publishing ones refuse with "publish.bad_transition"); a cancelled post stays as it is.
    Result<void> deletePost(const QString &id, const QString &actor);

    // --- publishing (workers). All writes below are fenced: they succeed only while `leaseToken`
    // still holds the row's lease ("publish.lease_lost" otherwise), so a worker whose lease expired
    // and was taken over can never overwrite the new holder.
    //
    // Claims up to `max` Scheduled posts due at `nowUtc` (scheduled utc ≤ now and nextAttemptUtc
    // empty or ≤ now), plus Publishing posts whose lease expired (a crashed worker's), for
    // `accountIds` (empty = all). Claimed rows become Publishing with a fresh lease token, a "claimed"
    // event and attempts+1 (Scheduled rows only). Posts whose time is older than `missedAfter` follow
    // the workspace's MissedPostPolicy: PublishNow → claimed; Skip → Failed "publish.missed"; Ask → left.
    // Lease times use the caller's clock (nowUtc here, this machine's clock in renewLease), not the
    // database server's: workers on several machines need synchronised clocks (NTP). A few seconds of
    // skew are harmless against leases of minutes, and fencing stops a late writer either way.
    Result<QList<ClaimedPost>> claimDue(const QString &workerId, const QDateTime &nowUtc, int max,
                                        std::chrono::seconds leaseFor, const QStringList &accountIds = {},
                                        std::chrono::seconds missedAfter = std::chrono::minutes(15));
    Result<QDateTime> renewLease(const QString &postId, const QString &leaseToken,
                                 std::chrono::seconds leaseFor);
    // Persists progress (and an event with `note`/`detail` when note is not empty).
    Result<void> saveProgress(const QString &postId, const QString &leaseToken,
                              const PublishProgress &progress, const QString &note = {},
                              const QJsonObject &detail = {});
    // Publishing → Published with the platform's ids, in one transaction with its event; lease cleared.
    Result<Post> markPublished(const QString &postId, const QString &leaseToken, const QString &publishId,
                               const QString &platformPostId, const QJsonObject &detail = {});
    // Publishing → Failed (permanent) with a code and a translated reason; lease cleared.
    Result<Post> markFailed(const QString &postId, const QString &leaseToken, const QString &failCode,
                            const QString &failReason, const QJsonObject &detail = {});
    // Publishing → Scheduled with nextAttemptUtc (retryable failure, back-off); progress kept so
    // the next holder resumes; lease cleared.
    Result<Post> retryLater(const QString &postId, const QString &leaseToken, const QDateTime &nextAttemptUtc,
                            const QString &failCode, const QString &failReason);
    // Gives the lease back without changing the state (worker shutting down): the row stays
    // Publishing with its progress and may be claimed at once.
    Result<void> releaseLease(const QString &postId, const QString &leaseToken);
    // Posts whose time passed with the Ask policy and no publisher: the UI asks what to do.
    // (Scheduled posts whose time, or retry time, is older than missedAfter, whatever the policy.)
    Result<QList<Post>> missedPosts(const QDateTime &nowUtc, std::chrono::seconds missedAfter) const;

    // --- settings (key → text, workspace-wide: missed-post policy, approval required …)
    Result<QString> setting(const QString &key, const QString &fallback = {}) const;
    Result<void> setSetting(const QString &key, const QString &value);
    MissedPostPolicy missedPostPolicy() const; // setting "publish.missed_policy", default Ask

    // --- change detection (WorkspaceService)
    // Writes committed through this object so far: compare before/after some work to see if it wrote.
    quint64 writeCount() const;
    // Calls `onChange` in this object's thread (from its event loop) whenever another connection
    // commits a write. PostgreSQL: LISTEN on the "montaj_workspace" channel every write NOTIFYs.
    // SQLite: records a baseline for checkExternalChanges(), which the caller polls.
    Result<void> watchExternalChanges(std::function<void()> onChange);
    // SQLite: true when another connection committed since the last call (PRAGMA data_version).
    // PostgreSQL: always false (notifications do the job).
    bool checkExternalChanges();

private:
    struct Private;
    explicit WorkspaceStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace montaj
