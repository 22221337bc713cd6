#pragma once

#include "core/foundation/result.h"
#include "core/publish/posttypes.h"

namespace montaj {

class WorkspaceDb;

// The post_events table: appends audit rows (inside the caller's transaction) and reads a post's
// history in order. Not the lifecycle rules (PostLifecycle).
class PostEventLog
{
public:
    explicit PostEventLog(WorkspaceDb &db)
        : m_db(db)
    {}

    Result<void> append(const PostEvent &event);
    // Many events with multi-row INSERTs (bulk import).
    Result<void> appendMany(const QList<PostEvent> &events);
    Result<QList<PostEvent>> history(const QString &postId) const;

    // "worker:<id>" unless the id already names its kind.
    static QString workerActor(const QString &workerId);

private:
    WorkspaceDb &m_db;
};

} // namespace montaj
