#include "core/publish/store/internal/postrepository.h"

#include "core/publish/postlifecycle.h"
#include "core/publish/store/internal/batchinsert.h"
#include "core/publish/store/internal/posteventlog.h"
#include "core/publish/store/internal/postrow.h"
#include "core/publish/store/internal/workspacedb.h"
#include "core/publish/store/internal/workspaceerrors.h"

#include <QSet>
#include <QUuid>

namespace montaj {

namespace {

// Unscheduled posts last on both databases (SQLite sorts NULL first, PostgreSQL last).
const QString kOrder = QStringLiteral(" ORDER BY CASE WHEN scheduled_utc_ms IS NULL THEN 1 ELSE 0 END,"
                                      " scheduled_utc_ms, created_at_ms, id");

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QString scheduledText(const ScheduledTime &time)
{
    return time.localDateTime.isEmpty() ? QString() : QString(time.localDateTime + u' ' + time.timeZone);
}

bool isInitialState(PostState state)
{
    return state == PostState::Draft || state == PostState::NeedsApproval || state == PostState::Approved
           || state == PostState::Scheduled;
}

} // namespace

Result<QList<Post>> PostRepository::select(const QString &where, const QVariantList &values) const
{
    auto q = m_db.query(
        QStringLiteral("SELECT ") + PostRow::selectList() + QStringLiteral(" FROM posts") + where, values);
    if (!q)
        return q.error();
    QList<Post> posts;
    while (q.value().next())
        posts << PostRow::readPost(*q);
    return posts;
}

Result<void> PostRepository::checkAccounts(const QList<Post> &posts) const
{
    QSet<QString> ids;
    for (const Post &p : posts)
        ids.insert(p.accountId);
    for (const QString &id : std::as_const(ids)) {
        auto q =
            m_db.query(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE id = ?"), {WorkspaceDb::text(id)});
        if (!q)
            return q.error();
        if (!q.value().next() || q->value(0).toLongLong() == 0)
            return WorkspaceErrors::accountNotFound(id);
    }
    return {};
}

Result<QList<Post>> PostRepository::create(QList<Post> posts, const QString &actor)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<PostEvent> events;
    events.reserve(posts.size());
    for (Post &p : posts) {
        if (!isInitialState(p.state))
            return WorkspaceErrors::badInitialState(p.state);
        if (p.state == PostState::Scheduled && !p.scheduled.utc.isValid())
            return WorkspaceErrors::noTime(p.id);
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        p.createdAt = p.updatedAt = now;
        p.version = 1;
        p.attempts = 0;
        p.nextAttemptUtc = {};
        p.failCode.clear();
        p.failReason.clear();
        p.publishId.clear();
        p.platformPostId.clear();
        if (p.createdBy.isEmpty())
            p.createdBy = actor;
        p.scheduled.utc = p.scheduled.utc.toUTC();
        PostEvent e;
        e.postId = p.id;
        e.at = now;
        e.actor = actor;
        e.to = p.state;
        e.note = QStringLiteral("created");
        events << e;
    }

    WorkspaceTransaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    if (auto known = checkAccounts(posts); !known)
        return known.error();
    BatchInsert insert(m_db, QStringLiteral("posts"), PostRow::insertColumns());
    for (const Post &p : std::as_const(posts))
        if (auto added = insert.add(PostRow::insertValues(p)); !added)
            return added.error();
    if (auto done = insert.finish(); !done)
        return done.error();
    if (auto logged = PostEventLog(m_db).appendMany(events); !logged)
        return logged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return posts;
}

Result<Post> PostRepository::byId(const QString &id) const
{
    auto record = PostRow::fetch(m_db, id, false);
    if (!record)
        return record.error();
    return record->post;
}

Result<QList<Post>> PostRepository::list(const PostFilter &filter) const
{
    QStringList where;
    QVariantList values;
    if (filter.fromUtc.isValid() || filter.toUtc.isValid()) {
        QStringList range = {QStringLiteral("scheduled_utc_ms IS NOT NULL")};
        if (filter.fromUtc.isValid()) {
            range << QStringLiteral("scheduled_utc_ms >= ?");
            values << WorkspaceDb::millis(filter.fromUtc);
        }
        if (filter.toUtc.isValid()) {
            range << QStringLiteral("scheduled_utc_ms < ?");
            values << WorkspaceDb::millis(filter.toUtc);
        }
        const QString inRange = range.join(QStringLiteral(" AND "));
        where << (filter.includeUnscheduled ? QString(QStringLiteral("((") + inRange
                                                      + QStringLiteral(") OR scheduled_utc_ms IS NULL)"))
                                            : inRange);
    } else if (!filter.includeUnscheduled) {
        where << QStringLiteral("scheduled_utc_ms IS NOT NULL");
    }
    if (!filter.accountIds.isEmpty()) {
        where << QString(QStringLiteral("account_id IN (") + placeholders(filter.accountIds.size()) + u')');
        for (const QString &id : filter.accountIds)
            values << id;
    }
    if (!filter.states.isEmpty()) {
        where << QString(QStringLiteral("state IN (") + placeholders(filter.states.size()) + u')');
        for (PostState state : filter.states)
            values << toString(state);
    }
    const QString clause = where.isEmpty()
                               ? QString()
                               : QString(QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")));
    return select(clause + kOrder, values);
}

Result<Post> PostRepository::update(const Post &post, const QString &actor)
{
    WorkspaceTransaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto stored = PostRow::fetch(m_db, post.id, true);
    if (!stored)
        return stored.error();
    const Post &before = stored->post;
    if (!PostLifecycle::isEditable(before.state))
        return WorkspaceErrors::postLocked(post.id, before.state);
    if (before.version != post.version)
        return WorkspaceErrors::conflict(post.id);
    Post after = post;
    after.scheduled.utc = after.scheduled.utc.toUTC();
    const QStringList fields = PostRow::changedFields(before, after);
    if (fields.isEmpty())
        return before;
    if (before.state == PostState::Scheduled && !after.scheduled.utc.isValid())
        return WorkspaceErrors::noTime(post.id);
    if (fields.contains(QLatin1String("account_id")))
        if (auto known = checkAccounts({after}); !known)
            return known.error();

    PostRow::Assignments set;
    const QStringList &columns = PostRow::contentColumns();
    const QVariantList values = PostRow::contentValues(after);
    for (int i = 0; i < columns.size(); ++i)
        set.append({columns.at(i), values.at(i)});
    if (auto written = PostRow::update(m_db, post.id, set); !written)
        return written.error();

    PostEvent e;
    e.postId = post.id;
    e.actor = actor;
    e.from = before.state;
    e.to = before.state;
    e.note = QStringLiteral("edited");
    e.detail.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields));
    if (fields.contains(QLatin1String("scheduled"))) {
        e.detail.insert(QStringLiteral("scheduled_from"), scheduledText(before.scheduled));
        e.detail.insert(QStringLiteral("scheduled_to"), scheduledText(after.scheduled));
    }
    if (auto logged = PostEventLog(m_db).append(e); !logged)
        return logged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return byId(post.id);
}

Result<Post> PostRepository::transition(const QString &id, PostState to, const QString &actor,
                                        const QString &note, const QJsonObject &detail)
{
    WorkspaceTransaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto stored = PostRow::fetch(m_db, id, true);
    if (!stored)
        return stored.error();
    const PostState from = stored->post.state;
    if (auto allowed = PostLifecycle::check(from, to); !allowed)
        return allowed.error();
    // Publishing and Published are the publisher's moves (claimDue, markPublished).
    if (to == PostState::Publishing || to == PostState::Published)
        return WorkspaceErrors::workerOnly(to);
    PostRow::Assignments set = {{QStringLiteral("state"), toString(to)}};
    if (from == PostState::Publishing) {
        // A person may stop a post only when no worker holds it (crashed or released).
        const QDateTime until = stored->lease.until;
        if (!stored->lease.token.isEmpty() && until.isValid() && until >= QDateTime::currentDateTimeUtc())
            return WorkspaceErrors::postLocked(id, from);
        set.append({QStringLiteral("lease_owner"), QVariant(QMetaType::fromType<QString>())});
        set.append({QStringLiteral("lease_token"), QVariant(QMetaType::fromType<QString>())});
        set.append({QStringLiteral("lease_until_ms"), WorkspaceDb::nullMillis()});
    }
    if (to == PostState::Scheduled) {
        if (!stored->post.scheduled.utc.isValid())
            return WorkspaceErrors::noTime(id);
        set.append({QStringLiteral("next_attempt_ms"), WorkspaceDb::nullMillis()});
    }
    if (from == PostState::Failed) {
        set.append({QStringLiteral("fail_code"), QStringLiteral("")});
        set.append({QStringLiteral("fail_reason"), QStringLiteral("")});
    }
    if (auto written = PostRow::update(m_db, id, set); !written)
        return written.error();
    PostEvent e;
    e.postId = id;
    e.actor = actor;
    e.from = from;
    e.to = to;
    e.note = note.isEmpty() ? toString(to) : note;
    e.detail = detail;
    if (auto logged = PostEventLog(m_db).append(e); !logged)
        return logged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return byId(id);
}

Result<void> PostRepository::remove(const QString &id, const QString &actor)
{
    auto post = byId(id);
    if (!post)
        return post.error();
    if (post->state == PostState::Cancelled)
        return {};
    if (post->state != PostState::Draft) {
        auto cancelled = transition(id, PostState::Cancelled, actor, QStringLiteral("deleted"), {});
        if (!cancelled)
            return cancelled.error();
        return {};
    }
    WorkspaceTransaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun;
    // Only while it is still a draft: someone may have scheduled it in the meantime.
    auto q = m_db.query(QStringLiteral("DELETE FROM posts WHERE id = ? AND state = ?"),
                        {id, toString(PostState::Draft)});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return WorkspaceErrors::conflict(id);
    return tx.commit();
}

Result<QList<Post>> PostRepository::missed(const QDateTime &nowUtc, std::chrono::seconds missedAfter) const
{
    const qint64 cutoff = nowUtc.toMSecsSinceEpoch() - qint64(missedAfter.count()) * 1000;
    return select(QStringLiteral(" WHERE state = ? AND scheduled_utc_ms < ?"
                                 " AND (next_attempt_ms IS NULL OR next_attempt_ms < ?)")
                      + kOrder,
                  {toString(PostState::Scheduled), cutoff, cutoff});
}

} // namespace montaj
