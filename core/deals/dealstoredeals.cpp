// DealStore: deals, the pipeline history and deliverables with their posts.
#include "core/deals/dealpipeline.h"
#include "core/deals/dealstore.h"
#include "core/deals/internal/dealerrors.h"
#include "core/deals/internal/dealjson.h"
#include "core/deals/internal/dealstoreprivate.h"

#include <QJsonDocument>

namespace montaj {
namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

} // namespace

QString DealStore::Private::dealColumns()
{
    return QStringLiteral("id, brand_id, title, stage, campaign_id, data, created_by, created_at_ms,"
                          " updated_at_ms, stage_changed_at_ms, version");
}

Deal DealStore::Private::readDeal(const QSqlQuery &q)
{
    Deal deal;
    DealJson::readDealData(object(q.value(5)), deal);
    deal.id = q.value(0).toString();
    deal.brandId = q.value(1).toString();
    deal.title = q.value(2).toString();
    deal.stage = dealStageFromString(q.value(3).toString()).value_or(DealStage::Lead);
    deal.campaignId = q.value(4).toString();
    deal.createdBy = q.value(6).toString();
    deal.createdAt = WorkspaceDb::toUtc(q.value(7));
    deal.updatedAt = WorkspaceDb::toUtc(q.value(8));
    deal.stageChangedAt = WorkspaceDb::toUtc(q.value(9));
    deal.version = q.value(10).toLongLong();
    return deal;
}

Result<Deal> DealStore::Private::loadDeal(const QString &id, bool lock) const
{
    auto q = db->query(QString(QStringLiteral("SELECT ") + dealColumns()
                               + QStringLiteral(" FROM deals WHERE id = ?")
                               + (lock ? db->dialect().lockRows() : QString())),
                       {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return DealErrors::notFound(QStringLiteral("deal"), id);
    return readDeal(*q);
}

Result<void> DealStore::Private::insertDeal(const Deal &deal)
{
    auto q =
        db->query(QStringLiteral("INSERT INTO deals (brand_id, title, stage, campaign_id, data, created_by,"
                                 " created_at_ms, updated_at_ms, stage_changed_at_ms, version, id)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {deal.brandId, WorkspaceDb::text(deal.title), toString(deal.stage),
                   WorkspaceDb::text(deal.campaignId), json(DealJson::dealData(deal)),
                   WorkspaceDb::text(deal.createdBy), WorkspaceDb::millis(deal.createdAt),
                   WorkspaceDb::millis(deal.updatedAt), WorkspaceDb::millis(deal.stageChangedAt),
                   qlonglong(deal.version), deal.id});
    if (!q)
        return q.error();
    return {};
}

Result<void> DealStore::Private::writeDeal(const Deal &deal)
{
    auto q = db->query(QStringLiteral("UPDATE deals SET brand_id = ?, title = ?, stage = ?, campaign_id = ?,"
                                      " data = ?, updated_at_ms = ?, stage_changed_at_ms = ?, version = ?"
                                      " WHERE id = ?"),
                       {deal.brandId, WorkspaceDb::text(deal.title), toString(deal.stage),
                        WorkspaceDb::text(deal.campaignId), json(DealJson::dealData(deal)),
                        WorkspaceDb::millis(deal.updatedAt), WorkspaceDb::millis(deal.stageChangedAt),
                        qlonglong(deal.version), deal.id});
    if (!q)
        return q.error();
    return {};
}

Result<void> DealStore::Private::addHistory(const QString &dealId, const QDateTime &at, const QString &actor,
                                            std::optional<DealStage> from, DealStage to, const QString &note)
{
    auto q = db->query(QStringLiteral("INSERT INTO deal_stage_history (deal_id, at_ms, actor, from_stage,"
                                      " to_stage, note) VALUES (?, ?, ?, ?, ?, ?)"),
                       {dealId, WorkspaceDb::millis(at), WorkspaceDb::text(actor),
                        from ? QVariant(toString(*from)) : QVariant(QMetaType::fromType<QString>()),
                        toString(to), WorkspaceDb::text(note)});
    if (!q)
        return q.error();
    return {};
}

Result<Deal> DealStore::createDeal(Deal deal, const QString &actor)
{
    if (deal.brandId.isEmpty())
        return DealErrors::missingField(QStringLiteral("brand"));
    const QDateTime now = Private::nowUtc();
    deal.id = Private::newId();
    deal.createdBy = actor;
    deal.createdAt = now;
    deal.updatedAt = now;
    deal.stageChangedAt = now;
    deal.version = 1;
    WorkspaceTransaction tx(*d->db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    if (auto done = d->insertDeal(deal); !done)
        return done.error();
    if (auto done = d->addHistory(deal.id, now, actor, std::nullopt, deal.stage, QStringLiteral("created"));
        !done)
        return done.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return deal;
}

Result<Deal> DealStore::updateDeal(const Deal &deal, const QString &actor)
{
    Q_UNUSED(actor)
    WorkspaceTransaction tx(*d->db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto stored = d->loadDeal(deal.id, true);
    if (!stored)
        return stored.error();
    if (stored->version != deal.version)
        return DealErrors::conflict(deal.id);
    if (stored->stage != deal.stage)
        return DealErrors::stageViaMove(deal.id);
    Deal next = deal;
    next.createdAt = stored->createdAt;
    next.createdBy = stored->createdBy;
    next.stageChangedAt = stored->stageChangedAt;
    next.updatedAt = Private::nowUtc();
    next.version = stored->version + 1;
    if (auto done = d->writeDeal(next); !done)
        return done.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return next;
}

Result<Deal> DealStore::moveDeal(const QString &id, DealStage to, const QString &actor, const QString &note,
                                 const QDateTime &atUtc)
{
    WorkspaceTransaction tx(*d->db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto stored = d->loadDeal(id, true);
    if (!stored)
        return stored.error();
    if (auto ok = DealPipeline::check(stored->stage, to); !ok)
        return ok.error();
    Deal next = *stored;
    const QDateTime at = atUtc.isValid() ? atUtc.toUTC() : Private::nowUtc();
    next.stage = to;
    next.stageChangedAt = at;
    next.updatedAt = at;
    next.version += 1;
    if (to == DealStage::Lost)
        next.lostReason = note;
    if (auto done = d->writeDeal(next); !done)
        return done.error();
    if (auto done = d->addHistory(id, at, actor, stored->stage, to, note); !done)
        return done.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return next;
}

Result<Deal> DealStore::deal(const QString &id) const
{
    return d->loadDeal(id, false);
}

Result<QList<Deal>> DealStore::deals(const DealFilter &filter) const
{
    QString sql = QString(QStringLiteral("SELECT ") + Private::dealColumns()
                          + QStringLiteral(" FROM deals WHERE 1 = 1"));
    QVariantList values;
    if (!filter.brandId.isEmpty()) {
        sql += QStringLiteral(" AND brand_id = ?");
        values << filter.brandId;
    }
    if (!filter.campaignId.isEmpty()) {
        sql += QStringLiteral(" AND campaign_id = ?");
        values << filter.campaignId;
    }
    if (!filter.stages.isEmpty()) {
        QStringList marks;
        for (DealStage s : filter.stages) {
            marks << QStringLiteral("?");
            values << toString(s);
        }
        sql += QString(QStringLiteral(" AND stage IN (") + marks.join(u',') + u')');
    }
    sql += QStringLiteral(" ORDER BY created_at_ms DESC, id");
    auto q = d->db->query(sql, values);
    if (!q)
        return q.error();
    QList<Deal> out;
    while (q.value().next())
        out.append(Private::readDeal(*q));
    return out;
}

Result<std::optional<Deal>> DealStore::dealForCampaign(const QString &campaignId) const
{
    if (campaignId.isEmpty())
        return std::optional<Deal>();
    DealFilter filter;
    filter.campaignId = campaignId;
    auto found = deals(filter);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Deal>();
    return std::optional<Deal>(found->last()); // the first one created
}

Result<QList<StageChange>> DealStore::history(const QString &dealId) const
{
    auto q = d->db->query(QStringLiteral("SELECT id, deal_id, at_ms, actor, from_stage, to_stage, note"
                                         " FROM deal_stage_history WHERE deal_id = ? ORDER BY id"),
                          {dealId});
    if (!q)
        return q.error();
    QList<StageChange> out;
    while (q.value().next()) {
        StageChange c;
        c.id = q->value(0).toLongLong();
        c.dealId = q->value(1).toString();
        c.at = WorkspaceDb::toUtc(q->value(2));
        c.actor = q->value(3).toString();
        if (!q->value(4).isNull())
            c.from = dealStageFromString(q->value(4).toString());
        c.to = dealStageFromString(q->value(5).toString()).value_or(DealStage::Lead);
        c.note = q->value(6).toString();
        out.append(c);
    }
    return out;
}

Result<void> DealStore::deleteDeal(const QString &id)
{
    WorkspaceTransaction tx(*d->db);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto issued = d->db->query(
        QStringLiteral("SELECT COUNT(*) FROM invoices WHERE deal_id = ? AND status <> 'draft'"), {id});
    if (!issued)
        return issued.error();
    const bool hasIssued = issued.value().next() && issued->value(0).toLongLong() > 0;
    issued.value().finish();
    if (hasIssued)
        return DealErrors::hasInvoices(id);
    for (const QString &sql : {QStringLiteral("DELETE FROM invoices WHERE deal_id = ?"),
                               QStringLiteral("DELETE FROM deals WHERE id = ?")})
        if (auto q = d->db->query(sql, {id}); !q)
            return q.error();
    return tx.commit();
}

} // namespace montaj
