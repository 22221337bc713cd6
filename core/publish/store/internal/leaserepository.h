#pragma once

#include "core/foundation/result.h"
#include "core/publish/posttypes.h"
#include "core/publish/store/internal/postrow.h"

#include <chrono>
#include <optional>

namespace montaj {

class WorkspaceDb;

// What publisher workers do with posts (WorkspaceStore's publishing half): claim due posts under a
// lease, and fenced writes that succeed only while the caller's lease token still holds the row.
//
// Clocks: lease expiry is compared with the caller's clock (claimDue's nowUtc, this machine's clock
// for renewals), not the database server's, so tests can move time and SQLite and PostgreSQL behave
// the same. Workers on several machines therefore need synchronised clocks (NTP); a skew of a few
// seconds is harmless against leases of minutes, and fencing keeps a late writer from overwriting
// the new holder even when clocks disagree.
class LeaseRepository
{
public:
    explicit LeaseRepository(WorkspaceDb &db)
        : m_db(db)
    {}

    Result<QList<ClaimedPost>> claimDue(const QString &workerId, const QDateTime &nowUtc, int max,
                                        std::chrono::seconds leaseFor, const QStringList &accountIds,
                                        std::chrono::seconds missedAfter, MissedPostPolicy policy);
    Result<QDateTime> renew(const QString &postId, const QString &token, std::chrono::seconds leaseFor);
    Result<void> saveProgress(const QString &postId, const QString &token, const PublishProgress &progress,
                              const QString &note, const QJsonObject &detail);
    Result<Post> markPublished(const QString &postId, const QString &token, const QString &publishId,
                               const QString &platformPostId, const QJsonObject &detail);
    Result<Post> markFailed(const QString &postId, const QString &token, const QString &failCode,
                            const QString &failReason, const QJsonObject &detail);
    Result<Post> retryLater(const QString &postId, const QString &token, const QDateTime &nextAttemptUtc,
                            const QString &failCode, const QString &failReason);
    Result<void> release(const QString &postId, const QString &token);

private:
    struct ClaimContext
    {
        QString workerId;
        QString actor;
        qint64 missedBefore = 0; // ms since the epoch
        QDateTime until;
        MissedPostPolicy policy = MissedPostPolicy::Ask;
    };
    // Claims one selected row; nullopt when the missed-post policy skipped it instead.
    Result<std::optional<ClaimedPost>> claimRow(const PostRow::Record &row, const ClaimContext &context);
    // Publishing → `to` under the lease, clearing it, with its event (markPublished/Failed, retryLater).
    Result<Post> finish(const QString &postId, const QString &token, PostState to,
                        QList<QPair<QString, QVariant>> set, const QString &note, const QJsonObject &detail);

    WorkspaceDb &m_db;
};

} // namespace montaj
