#include "core/publish/store/internal/accountrepository.h"

#include "core/publish/store/internal/postrow.h"
#include "core/publish/store/internal/workspacedb.h"
#include "core/publish/store/internal/workspaceerrors.h"

#include <QUuid>

namespace montaj {

namespace {
const QString kSelect =
    QStringLiteral("SELECT id, profile_id, open_id, username, display_name, colour, time_zone,"
                   " posting_slots, created_at_ms FROM accounts");
} // namespace

Result<QList<WorkspaceAccount>> AccountRepository::select(const QString &where,
                                                          const QVariantList &values) const
{
    auto q = m_db.query(kSelect + where, values);
    if (!q)
        return q.error();
    QList<WorkspaceAccount> list;
    while (q.value().next()) {
        WorkspaceAccount a;
        a.id = q->value(0).toString();
        a.profileId = q->value(1).toString();
        a.openId = q->value(2).toString();
        a.username = q->value(3).toString();
        a.displayName = q->value(4).toString();
        a.colour = q->value(5).toString();
        a.timeZone = q->value(6).toString();
        a.postingSlots = PostRow::listFromJson(q->value(7).toString());
        a.createdAt = WorkspaceDb::toUtc(q->value(8));
        list << a;
    }
    return list;
}

Result<QList<WorkspaceAccount>> AccountRepository::all() const
{
    return select(QStringLiteral(" ORDER BY created_at_ms, id"), {});
}

Result<WorkspaceAccount> AccountRepository::byId(const QString &id) const
{
    auto found = select(QStringLiteral(" WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return WorkspaceErrors::accountNotFound(id);
    return found->first();
}

Result<WorkspaceAccount> AccountRepository::byOpenId(const QString &profileId, const QString &openId) const
{
    auto found = select(QStringLiteral(" WHERE profile_id = ? AND open_id = ?"), {profileId, openId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return WorkspaceErrors::accountNotFound(openId);
    return found->first();
}

Result<WorkspaceAccount> AccountRepository::save(WorkspaceAccount a)
{
    WorkspaceTransaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto same = select(QStringLiteral(" WHERE profile_id = ? AND open_id = ?"),
                       {WorkspaceDb::text(a.profileId), WorkspaceDb::text(a.openId)});
    if (!same)
        return same.error();
    if (!same->isEmpty() && same->first().id != a.id)
        return WorkspaceErrors::accountExists(a.profileId, a.openId);

    const QVariantList fields = {WorkspaceDb::text(a.profileId), WorkspaceDb::text(a.openId),
                                 WorkspaceDb::text(a.username),  WorkspaceDb::text(a.displayName),
                                 WorkspaceDb::text(a.colour),    WorkspaceDb::text(a.timeZone),
                                 PostRow::toJson(a.postingSlots)};
    if (a.id.isEmpty()) {
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.createdAt = QDateTime::currentDateTimeUtc();
        auto q = m_db.query(
            QStringLiteral("INSERT INTO accounts (profile_id, open_id, username, display_name, colour,"
                           " time_zone, posting_slots, id, created_at_ms)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            fields + QVariantList{a.id, WorkspaceDb::millis(a.createdAt)});
        if (!q)
            return q.error();
    } else {
        auto q = m_db.query(QStringLiteral("UPDATE accounts SET profile_id = ?, open_id = ?, username = ?,"
                                           " display_name = ?, colour = ?, time_zone = ?, posting_slots = ?"
                                           " WHERE id = ?"),
                            fields + QVariantList{a.id});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return WorkspaceErrors::accountNotFound(a.id);
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return byId(a.id);
}

Result<void> AccountRepository::remove(const QString &id)
{
    WorkspaceTransaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto used = m_db.query(QStringLiteral("SELECT COUNT(*) FROM posts WHERE account_id = ?"), {id});
    if (!used)
        return used.error();
    const qint64 posts = used.value().next() ? used->value(0).toLongLong() : 0;
    used.value().finish();
    if (posts > 0)
        return WorkspaceErrors::accountInUse(id, posts);
    auto q = m_db.query(QStringLiteral("DELETE FROM accounts WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return WorkspaceErrors::accountNotFound(id);
    return tx.commit();
}

} // namespace montaj
