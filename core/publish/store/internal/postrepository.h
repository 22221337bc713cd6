#pragma once

#include "core/foundation/result.h"
#include "core/publish/posttypes.h"

#include <chrono>

namespace montaj {

class WorkspaceDb;

// What people do with posts (WorkspaceStore's editing half): create, read, edit with optimistic
// concurrency, move through the lifecycle, delete drafts. Every change writes its PostEvent in the
// same transaction. Not publishing (LeaseRepository).
class PostRepository
{
public:
    explicit PostRepository(WorkspaceDb &db)
        : m_db(db)
    {}

    Result<QList<Post>> create(QList<Post> posts, const QString &actor);
    Result<Post> byId(const QString &id) const;
    Result<QList<Post>> list(const PostFilter &filter) const;
    Result<Post> update(const Post &post, const QString &actor);
    Result<Post> transition(const QString &id, PostState to, const QString &actor, const QString &note,
                            const QJsonObject &detail);
    Result<void> remove(const QString &id, const QString &actor);
    Result<QList<Post>> missed(const QDateTime &nowUtc, std::chrono::seconds missedAfter) const;

private:
    Result<QList<Post>> select(const QString &where, const QVariantList &values) const;
    Result<void> checkAccounts(const QList<Post> &posts) const;

    WorkspaceDb &m_db;
};

} // namespace montaj
