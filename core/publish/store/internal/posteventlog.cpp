#include "core/publish/store/internal/posteventlog.h"

#include "core/publish/store/internal/batchinsert.h"
#include "core/publish/store/internal/postrow.h"
#include "core/publish/store/internal/workspacedb.h"

namespace montaj {

namespace {

const QStringList kColumns = {QStringLiteral("post_id"),  QStringLiteral("at_ms"),
                              QStringLiteral("actor"),    QStringLiteral("from_state"),
                              QStringLiteral("to_state"), QStringLiteral("note"),
                              QStringLiteral("detail")};

QVariantList values(const PostEvent &e)
{
    return {WorkspaceDb::text(e.postId),
            WorkspaceDb::millis(e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc()),
            WorkspaceDb::text(e.actor),
            e.from ? QVariant(toString(*e.from)) : QVariant(QMetaType::fromType<QString>()),
            toString(e.to),
            WorkspaceDb::text(e.note),
            PostRow::toJson(e.detail)};
}

} // namespace

Result<void> PostEventLog::append(const PostEvent &event)
{
    return appendMany({event});
}

Result<void> PostEventLog::appendMany(const QList<PostEvent> &events)
{
    BatchInsert insert(m_db, QStringLiteral("post_events"), kColumns);
    for (const PostEvent &event : events)
        if (auto added = insert.add(values(event)); !added)
            return added;
    return insert.finish();
}

Result<QList<PostEvent>> PostEventLog::history(const QString &postId) const
{
    auto q = m_db.query(QStringLiteral("SELECT id, post_id, at_ms, actor, from_state, to_state, note, detail"
                                       " FROM post_events WHERE post_id = ? ORDER BY id"),
                        {postId});
    if (!q)
        return q.error();
    QList<PostEvent> events;
    while (q.value().next()) {
        PostEvent e;
        e.id = q->value(0).toLongLong();
        e.postId = q->value(1).toString();
        e.at = WorkspaceDb::toUtc(q->value(2));
        e.actor = q->value(3).toString();
        if (!q->value(4).isNull())
            e.from = postStateFromString(q->value(4).toString());
        e.to = postStateFromString(q->value(5).toString()).value_or(PostState::Draft);
        e.note = q->value(6).toString();
        e.detail = PostRow::objectFromJson(q->value(7).toString());
        events << e;
    }
    return events;
}

QString PostEventLog::workerActor(const QString &workerId)
{
    if (workerId.contains(u':') && workerId.startsWith(QLatin1String("worker:")))
        return workerId;
    return QStringLiteral("worker:") + workerId;
}

} // namespace montaj
