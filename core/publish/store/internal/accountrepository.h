#pragma once

#include "core/foundation/result.h"
#include "core/publish/posttypes.h"

namespace montaj {

class WorkspaceDb;

// The accounts table for WorkspaceStore: insert/update, lookups, and removal guarded against posts
// that still refer to an account. Not the platform sessions (tokens live in the TokenStore).
class AccountRepository
{
public:
    explicit AccountRepository(WorkspaceDb &db)
        : m_db(db)
    {}

    Result<WorkspaceAccount> save(WorkspaceAccount account);
    Result<QList<WorkspaceAccount>> all() const;
    Result<WorkspaceAccount> byId(const QString &id) const;
    Result<WorkspaceAccount> byOpenId(const QString &profileId, const QString &openId) const;
    Result<void> remove(const QString &id);

private:
    Result<QList<WorkspaceAccount>> select(const QString &where, const QVariantList &values) const;

    WorkspaceDb &m_db;
};

} // namespace montaj
