// DealStore: deliverables and the posts that deliver them.
#include "core/deals/dealstore.h"
#include "core/deals/internal/dealerrors.h"
#include "core/deals/internal/dealjson.h"
#include "core/deals/internal/dealstoreprivate.h"

#include <QJsonDocument>

namespace montaj {

QString DealStore::Private::deliverableColumns()
{
    return QStringLiteral("id, deal_id, sort_order, draft_due_ms, posting_start_ms, posting_end_ms, data");
}

DealDeliverable DealStore::Private::readDeliverable(const QSqlQuery &q)
{
    DealDeliverable v;
    DealJson::readDeliverableData(QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object(), v);
    v.id = q.value(0).toString();
    v.dealId = q.value(1).toString();
    v.sortOrder = q.value(2).toInt();
    v.draftDue = WorkspaceDb::toUtc(q.value(3));
    v.postingStart = WorkspaceDb::toUtc(q.value(4));
    v.postingEnd = WorkspaceDb::toUtc(q.value(5));
    return v;
}

Result<void> DealStore::Private::fillPostIds(DealDeliverable &v) const
{
    auto posts =
        db->query(QStringLiteral(
                      "SELECT post_id FROM deal_deliverable_posts WHERE deliverable_id = ? ORDER BY post_id"),
                  {v.id});
    if (!posts)
        return posts.error();
    while (posts.value().next())
        v.postIds << posts->value(0).toString();
    return {};
}

Result<QList<DealDeliverable>> DealStore::Private::deliverablesWhere(const QString &where,
                                                                     const QVariantList &values) const
{
    auto q = db->query(QString(QStringLiteral("SELECT ") + deliverableColumns()
                               + QStringLiteral(" FROM deal_deliverables WHERE ") + where),
                       values);
    if (!q)
        return q.error();
    QList<DealDeliverable> out;
    while (q.value().next())
        out.append(readDeliverable(*q));
    q.value().finish();
    for (DealDeliverable &v : out)
        if (auto filled = fillPostIds(v); !filled)
            return filled.error();
    return out;
}

Result<DealDeliverable> DealStore::saveDeliverable(DealDeliverable v)
{
    if (v.dealId.isEmpty())
        return DealErrors::missingField(QStringLiteral("deal"));
    WorkspaceDb &db = *d->db;
    WorkspaceTransaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    const bool insert = v.id.isEmpty();
    if (insert)
        v.id = Private::newId();
    const QString data =
        QString::fromUtf8(QJsonDocument(DealJson::deliverableData(v)).toJson(QJsonDocument::Compact));
    const QVariantList values{v.dealId,
                              v.sortOrder,
                              WorkspaceDb::millis(v.draftDue),
                              WorkspaceDb::millis(v.postingStart),
                              WorkspaceDb::millis(v.postingEnd),
                              data,
                              v.id};
    auto q =
        db.query(insert ? QStringLiteral("INSERT INTO deal_deliverables (deal_id, sort_order, draft_due_ms,"
                                         " posting_start_ms, posting_end_ms, data, id)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?)")
                        : QStringLiteral("UPDATE deal_deliverables SET deal_id = ?, sort_order = ?,"
                                         " draft_due_ms = ?, posting_start_ms = ?, posting_end_ms = ?,"
                                         " data = ? WHERE id = ?"),
                 values);
    if (!q)
        return q.error();
    if (!insert && q->numRowsAffected() == 0)
        return DealErrors::notFound(QStringLiteral("deliverable"), v.id);
    if (auto del =
            db.query(QStringLiteral("DELETE FROM deal_deliverable_posts WHERE deliverable_id = ?"), {v.id});
        !del)
        return del.error();
    v.postIds.removeDuplicates();
    for (const QString &postId : std::as_const(v.postIds))
        if (auto link = db.query(
                QStringLiteral("INSERT INTO deal_deliverable_posts (deliverable_id, post_id) VALUES (?, ?)"),
                {v.id, postId});
            !link)
            return link.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return deliverable(v.id);
}

Result<DealDeliverable> DealStore::deliverable(const QString &id) const
{
    auto found = d->deliverablesWhere(QStringLiteral("id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return DealErrors::notFound(QStringLiteral("deliverable"), id);
    return found->first();
}

Result<QList<DealDeliverable>> DealStore::deliverables(const QString &dealId) const
{
    return d->deliverablesWhere(QStringLiteral("deal_id = ? ORDER BY sort_order, posting_start_ms, id"),
                                {dealId});
}

Result<QList<DealDeliverable>> DealStore::deliverablesInWindow(const QDateTime &fromUtc,
                                                               const QDateTime &toUtc) const
{
    return d->deliverablesWhere(QStringLiteral("posting_start_ms IS NOT NULL AND posting_start_ms < ?"
                                               " AND (posting_end_ms IS NULL OR posting_end_ms >= ?)"
                                               " ORDER BY posting_start_ms, id"),
                                {WorkspaceDb::millis(toUtc), WorkspaceDb::millis(fromUtc)});
}

Result<void> DealStore::removeDeliverable(const QString &id)
{
    WorkspaceTransaction tx(*d->db);
    if (auto begun = tx.begin(); !begun)
        return begun;
    if (auto q = d->db->query(QStringLiteral("DELETE FROM deal_deliverables WHERE id = ?"), {id}); !q)
        return q.error();
    return tx.commit();
}

Result<void> DealStore::linkPost(const QString &deliverableId, const QString &postId)
{
    auto v = deliverable(deliverableId);
    if (!v)
        return v.error();
    if (v->postIds.contains(postId))
        return {};
    DealDeliverable next = *v;
    next.postIds << postId;
    auto saved = saveDeliverable(next);
    if (!saved)
        return saved.error();
    return {};
}

Result<void> DealStore::unlinkPost(const QString &deliverableId, const QString &postId)
{
    WorkspaceTransaction tx(*d->db);
    if (auto begun = tx.begin(); !begun)
        return begun;
    if (auto q = d->db->query(
            QStringLiteral("DELETE FROM deal_deliverable_posts WHERE deliverable_id = ? AND post_id = ?"),
            {deliverableId, postId});
        !q)
        return q.error();
    return tx.commit();
}

Result<std::optional<DealDeliverable>> DealStore::deliverableForPost(const QString &postId) const
{
    auto found = d->deliverablesWhere(
        QStringLiteral("id IN (SELECT deliverable_id FROM deal_deliverable_posts WHERE post_id = ?)"),
        {postId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<DealDeliverable>();
    return std::optional<DealDeliverable>(found->first());
}

} // namespace montaj
