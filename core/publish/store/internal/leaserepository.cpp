#include "core/publish/store/internal/leaserepository.h"

#include "core/publish/postlifecycle.h"
#include "core/publish/store/internal/posteventlog.h"
#include "core/publish/store/internal/postrow.h"
#include "core/publish/store/internal/workspacedb.h"
#include "core/publish/store/internal/workspaceerrors.h"

#include <QUuid>

#include <algorithm>

namespace montaj {

namespace {

const QString kPublishing = QStringLiteral("publishing");
const QString kScheduled = QStringLiteral("scheduled");

qint64 seconds(std::chrono::seconds s)
{
    return qint64(s.count()) * 1000;
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

PostRow::Assignments clearedLease()
{
    return {{QStringLiteral("lease_owner"), nullText()},
            {QStringLiteral("lease_token"), nullText()},
            {QStringLiteral("lease_until_ms"), WorkspaceDb::nullMillis()}};
}

// The row under `token`'s lease, locked for this transaction; "publish.lease_lost" otherwise.
Result<PostRow::Record> fenced(WorkspaceDb &db, const QString &postId, const QString &token)
{
    auto record = PostRow::fetch(db, postId, true);
    if (!record)
        return record;
    if (record->post.state != PostState::Publishing || token.isEmpty() || record->lease.token != token)
        return WorkspaceErrors::leaseLost(postId);
    return record;
}

} // namespace

Result<QList<ClaimedPost>> LeaseRepository::claimDue(const QString &workerId, const QDateTime &nowUtc,
                                                     int max, std::chrono::seconds leaseFor,
                                                     const QStringList &accountIds,
                                                     std::chrono::seconds missedAfter,
                                                     MissedPostPolicy policy)
{
    const qint64 now = nowUtc.toMSecsSinceEpoch();
    const qint64 cutoff = now - seconds(missedAfter);
    const QDateTime until = nowUtc.addMSecs(seconds(leaseFor)).toUTC();

    // Scheduled and due (and not backing off), or Publishing under an expired or released lease.
    QString due = QStringLiteral(
        "state = ? AND scheduled_utc_ms <= ? AND (next_attempt_ms IS NULL OR next_attempt_ms <= ?)");
    QVariantList values = {kScheduled, now, now};
    if (policy == MissedPostPolicy::Ask) { // missed posts wait for a person
        due += QStringLiteral(" AND (scheduled_utc_ms >= ? OR next_attempt_ms >= ?)");
        values << cutoff << cutoff;
    }
    QString sql = QStringLiteral("SELECT ") + PostRow::selectList() + QStringLiteral(" FROM posts WHERE ((")
                  + due
                  + QStringLiteral(") OR (state = ? AND (lease_until_ms IS NULL OR lease_until_ms < ?)))");
    values << kPublishing << now;
    if (!accountIds.isEmpty()) {
        QStringList marks;
        for (const QString &id : accountIds) {
            marks << QStringLiteral("?");
            values << id;
        }
        sql += QStringLiteral(" AND account_id IN (") + marks.join(QStringLiteral(", ")) + u')';
    }
    sql += QStringLiteral(" ORDER BY scheduled_utc_ms, created_at_ms, id LIMIT ?")
           + m_db.dialect().lockRowsSkipLocked();
    const auto selectDue = [this, &sql, &values](int limit) -> Result<QList<PostRow::Record>> {
        auto q = m_db.query(sql, values + QVariantList{limit});
        if (!q)
            return q.error();
        QList<PostRow::Record> rows;
        while (q.value().next())
            rows << PostRow::readRecord(*q);
        return rows;
    };

    WorkspaceTransaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto selected = selectDue(std::max(0, max));
    if (!selected)
        return selected.error();
    if (selected->isEmpty()) // nothing due: roll back, so idle polling neither notifies nor counts as a write
        return QList<ClaimedPost>{};
    QList<PostRow::Record> rows = std::move(selected).value();

    const ClaimContext context{workerId, PostEventLog::workerActor(workerId), cutoff, until, policy};
    QList<ClaimedPost> claimed;
    for (;;) {
        int skipped = 0;
        for (const PostRow::Record &row : std::as_const(rows)) {
            auto one = claimRow(row, context);
            if (!one)
                return one.error();
            if (one->has_value())
                claimed << **one;
            else
                ++skipped;
        }
        // Skipped posts took places in the batch: look for more (rows changed above no longer match).
        if (skipped == 0 || claimed.size() >= max)
            break;
        auto more = selectDue(max - int(claimed.size()));
        if (!more)
            return more.error();
        if (more->isEmpty())
            break;
        rows = std::move(more).value();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return claimed;
}

Result<std::optional<ClaimedPost>> LeaseRepository::claimRow(const PostRow::Record &row,
                                                             const ClaimContext &context)
{
    const Post &post = row.post;
    PostEvent e;
    e.postId = post.id;
    e.actor = context.actor;
    e.from = post.state;
    e.to = PostState::Publishing;
    PostRow::Assignments set;
    if (post.state == PostState::Scheduled) {
        const QDateTime dueAt = std::max(
            post.scheduled.utc, post.nextAttemptUtc.isValid() ? post.nextAttemptUtc : post.scheduled.utc);
        const bool missed = dueAt.toMSecsSinceEpoch() < context.missedBefore;
        if (missed && context.policy == MissedPostPolicy::Skip) {
            if (auto allowed = PostLifecycle::check(post.state, PostState::Failed); !allowed)
                return allowed.error();
            set = {{QStringLiteral("state"), toString(PostState::Failed)},
                   {QStringLiteral("fail_code"), QStringLiteral("publish.missed")},
                   {QStringLiteral("fail_reason"), WorkspaceErrors::missedReason()}};
            if (auto written = PostRow::update(m_db, post.id, set); !written)
                return written.error();
            e.to = PostState::Failed;
            e.note = QStringLiteral("missed");
            e.detail = {{QStringLiteral("policy"), toString(context.policy)},
                        {QStringLiteral("due"), dueAt.toString(Qt::ISODateWithMs)}};
            if (auto logged = PostEventLog(m_db).append(e); !logged)
                return logged.error();
            return std::optional<ClaimedPost>();
        }
        if (auto allowed = PostLifecycle::check(post.state, PostState::Publishing); !allowed)
            return allowed.error();
        set = {{QStringLiteral("state"), kPublishing}, {QStringLiteral("attempts"), post.attempts + 1}};
        e.note = QStringLiteral("claimed");
        e.detail.insert(QStringLiteral("attempt"), post.attempts + 1);
        if (missed)
            e.detail.insert(QStringLiteral("missed"), true);
    } else { // Publishing under an expired or released lease: a crashed or stopped worker's post
        e.note = QStringLiteral("lease_taken_over");
        e.detail.insert(QStringLiteral("previous_worker"), row.lease.owner);
    }
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    set << PostRow::Assignments{{QStringLiteral("lease_owner"), WorkspaceDb::text(context.workerId)},
                                {QStringLiteral("lease_token"), token},
                                {QStringLiteral("lease_until_ms"), WorkspaceDb::millis(context.until)}};
    if (auto written = PostRow::update(m_db, post.id, set); !written)
        return written.error();
    e.detail.insert(QStringLiteral("lease_until"), context.until.toString(Qt::ISODateWithMs));
    if (auto logged = PostEventLog(m_db).append(e); !logged)
        return logged.error();
    auto fresh = PostRow::fetch(m_db, post.id, false);
    if (!fresh)
        return fresh.error();
    return std::optional<ClaimedPost>(ClaimedPost{fresh->post, fresh->progress, token, context.until});
}

Result<QDateTime> LeaseRepository::renew(const QString &postId, const QString &token,
                                         std::chrono::seconds leaseFor)
{
    const QDateTime until = QDateTime::currentDateTimeUtc().addMSecs(seconds(leaseFor));
    WorkspaceTransaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    if (auto row = fenced(m_db, postId, token); !row)
        return row.error();
    if (auto written =
            PostRow::update(m_db, postId, {{QStringLiteral("lease_until_ms"), WorkspaceDb::millis(until)}});
        !written)
        return written.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return until;
}

Result<void> LeaseRepository::saveProgress(const QString &postId, const QString &token,
                                           const PublishProgress &progress, const QString &note,
                                           const QJsonObject &detail)
{
    WorkspaceTransaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto row = fenced(m_db, postId, token);
    if (!row)
        return row.error();
    const PostRow::Assignments set = {
        {QStringLiteral("stage"), toString(progress.stage)},
        {QStringLiteral("publish_id"), WorkspaceDb::text(progress.publishId)},
        {QStringLiteral("init_sent_at_ms"), WorkspaceDb::millis(progress.initSentAt)},
        {QStringLiteral("upload_state"), PostRow::toJson(progress.uploadState)},
        {QStringLiteral("rendered_path"), WorkspaceDb::text(progress.renderedPath)}};
    if (auto written = PostRow::update(m_db, postId, set); !written)
        return written;
    if (!note.isEmpty()) {
        PostEvent e;
        e.postId = postId;
        e.actor = PostEventLog::workerActor(row->lease.owner);
        e.from = PostState::Publishing;
        e.to = PostState::Publishing;
        e.note = note;
        e.detail = detail;
        e.detail.insert(QStringLiteral("stage"), toString(progress.stage));
        if (auto logged = PostEventLog(m_db).append(e); !logged)
            return logged;
    }
    return tx.commit();
}

Result<Post> LeaseRepository::finish(const QString &postId, const QString &token, PostState to,
                                     QList<QPair<QString, QVariant>> set, const QString &note,
                                     const QJsonObject &detail)
{
    WorkspaceTransaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto row = fenced(m_db, postId, token);
    if (!row)
        return row.error();
    if (auto allowed = PostLifecycle::check(PostState::Publishing, to); !allowed)
        return allowed.error();
    set << PostRow::Assignments{{QStringLiteral("state"), toString(to)}} << clearedLease();
    if (auto written = PostRow::update(m_db, postId, set); !written)
        return written.error();
    PostEvent e;
    e.postId = postId;
    e.actor = PostEventLog::workerActor(row->lease.owner);
    e.from = PostState::Publishing;
    e.to = to;
    e.note = note;
    e.detail = detail;
    if (auto logged = PostEventLog(m_db).append(e); !logged)
        return logged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    auto post = PostRow::fetch(m_db, postId, false);
    if (!post)
        return post.error();
    return post->post;
}

Result<Post> LeaseRepository::markPublished(const QString &postId, const QString &token,
                                            const QString &publishId, const QString &platformPostId,
                                            const QJsonObject &detail)
{
    QJsonObject d = detail;
    d.insert(QStringLiteral("publish_id"), publishId);
    d.insert(QStringLiteral("post_id"), platformPostId);
    return finish(postId, token, PostState::Published,
                  {{QStringLiteral("publish_id"), WorkspaceDb::text(publishId)},
                   {QStringLiteral("platform_post_id"), WorkspaceDb::text(platformPostId)},
                   {QStringLiteral("fail_code"), QStringLiteral("")},
                   {QStringLiteral("fail_reason"), QStringLiteral("")},
                   {QStringLiteral("next_attempt_ms"), WorkspaceDb::nullMillis()}},
                  QStringLiteral("published"), d);
}

Result<Post> LeaseRepository::markFailed(const QString &postId, const QString &token, const QString &failCode,
                                         const QString &failReason, const QJsonObject &detail)
{
    QJsonObject d = detail;
    d.insert(QStringLiteral("code"), failCode);
    return finish(postId, token, PostState::Failed,
                  {{QStringLiteral("fail_code"), WorkspaceDb::text(failCode)},
                   {QStringLiteral("fail_reason"), WorkspaceDb::text(failReason)}},
                  QStringLiteral("failed"), d);
}

Result<Post> LeaseRepository::retryLater(const QString &postId, const QString &token,
                                         const QDateTime &nextAttemptUtc, const QString &failCode,
                                         const QString &failReason)
{
    const QJsonObject d = {
        {QStringLiteral("code"), failCode},
        {QStringLiteral("next_attempt"), nextAttemptUtc.toUTC().toString(Qt::ISODateWithMs)}};
    return finish(postId, token, PostState::Scheduled,
                  {{QStringLiteral("next_attempt_ms"), WorkspaceDb::millis(nextAttemptUtc)},
                   {QStringLiteral("fail_code"), WorkspaceDb::text(failCode)},
                   {QStringLiteral("fail_reason"), WorkspaceDb::text(failReason)}},
                  QStringLiteral("retry_scheduled"), d);
}

Result<void> LeaseRepository::release(const QString &postId, const QString &token)
{
    WorkspaceTransaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto row = fenced(m_db, postId, token);
    if (!row)
        return row.error();
    if (auto written = PostRow::update(m_db, postId, clearedLease()); !written)
        return written;
    PostEvent e;
    e.postId = postId;
    e.actor = PostEventLog::workerActor(row->lease.owner);
    e.from = PostState::Publishing;
    e.to = PostState::Publishing;
    e.note = QStringLiteral("lease_released");
    if (auto logged = PostEventLog(m_db).append(e); !logged)
        return logged;
    return tx.commit();
}

} // namespace montaj
