#include "core/sandbox/internal/campaignstore.h"

#include "core/sandbox/internal/sandboxstore.h"

namespace montaj::sandbox {
namespace {

const QString kCampaignColumns =
    QStringLiteral("id, open_id, brand_id, brand_name, title, brief, price_minor, currency, deliverables, "
                   "invited_at_ms, expires_at_ms, draft_due_ms, post_start_ms, post_end_ms, ad_auth_days, "
                   "draft_rounds, draft_feedback, status, responded_at_ms, decline_reason");
const QString kSubmissionColumns =
    QStringLiteral("id, campaign_id, kind, draft_url, publish_id, video_id, submitted_at_ms, decided_at_ms, "
                   "outcome, feedback");

} // namespace

bool CampaignStore::insertCampaign(const CampaignRecord &c)
{
    QSqlQuery q =
        prepareQuery(m_db, QStringLiteral("INSERT INTO campaigns (") + kCampaignColumns
                               + QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &value : {sqlText(c.id),
                                  sqlText(c.openId),
                                  sqlText(c.brandId),
                                  sqlText(c.brandName),
                                  sqlText(c.title),
                                  sqlText(c.brief),
                                  QVariant(c.priceMinor),
                                  sqlText(c.currency),
                                  QVariant(QString::fromUtf8(c.deliverables)),
                                  QVariant(c.invitedAtMs),
                                  QVariant(c.expiresAtMs),
                                  QVariant(c.draftDueMs),
                                  QVariant(c.postStartMs),
                                  QVariant(c.postEndMs),
                                  QVariant(c.adAuthorizationDays),
                                  QVariant(c.draftRounds),
                                  sqlText(c.draftFeedback),
                                  sqlText(c.status),
                                  QVariant(c.respondedAtMs),
                                  sqlText(c.declineReason)})
        q.addBindValue(value);
    return runQuery(q);
}

QList<CampaignRecord> CampaignStore::read(const QString &where, const QString &value) const
{
    QSqlQuery q = prepareQuery(m_db, QStringLiteral("SELECT ") + kCampaignColumns
                                         + QStringLiteral(" FROM campaigns WHERE ") + where
                                         + QStringLiteral(" = ? ORDER BY invited_at_ms DESC, id DESC"));
    q.addBindValue(sqlText(value));
    QList<CampaignRecord> found;
    if (!runQuery(q))
        return found;
    while (q.next()) {
        CampaignRecord c;
        c.id = q.value(0).toString();
        c.openId = q.value(1).toString();
        c.brandId = q.value(2).toString();
        c.brandName = q.value(3).toString();
        c.title = q.value(4).toString();
        c.brief = q.value(5).toString();
        c.priceMinor = q.value(6).toLongLong();
        c.currency = q.value(7).toString();
        c.deliverables = q.value(8).toString().toUtf8();
        c.invitedAtMs = q.value(9).toLongLong();
        c.expiresAtMs = q.value(10).toLongLong();
        c.draftDueMs = q.value(11).toLongLong();
        c.postStartMs = q.value(12).toLongLong();
        c.postEndMs = q.value(13).toLongLong();
        c.adAuthorizationDays = q.value(14).toInt();
        c.draftRounds = q.value(15).toInt();
        c.draftFeedback = q.value(16).toString();
        c.status = q.value(17).toString();
        c.respondedAtMs = q.value(18).toLongLong();
        c.declineReason = q.value(19).toString();
        found.append(c);
    }
    return found;
}

std::optional<CampaignRecord> CampaignStore::campaign(const QString &id) const
{
    const QList<CampaignRecord> found = read(QStringLiteral("id"), id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<CampaignRecord> CampaignStore::campaigns(const QString &openId) const
{
    return read(QStringLiteral("open_id"), openId);
}

bool CampaignStore::setAnswer(const QString &id, const QString &status, qint64 atMs,
                              const QString &declineReason)
{
    QSqlQuery q =
        prepareQuery(m_db, QStringLiteral("UPDATE campaigns SET status = ?, responded_at_ms = ?, "
                                          "decline_reason = ? WHERE id = ? AND status = 'invited'"));
    q.addBindValue(sqlText(status));
    q.addBindValue(atMs);
    q.addBindValue(sqlText(declineReason));
    q.addBindValue(id);
    return runQuery(q) && q.numRowsAffected() == 1;
}

bool CampaignStore::insertSubmission(const SubmissionRecord &s)
{
    QSqlQuery q = prepareQuery(m_db, QStringLiteral("INSERT INTO campaign_submissions (") + kSubmissionColumns
                                         + QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &value : {sqlText(s.id), sqlText(s.campaignId), sqlText(s.kind), sqlText(s.draftUrl),
                                  sqlText(s.publishId), sqlText(s.videoId), QVariant(s.submittedAtMs),
                                  QVariant(s.decidedAtMs), sqlText(s.outcome), sqlText(s.feedback)})
        q.addBindValue(value);
    return runQuery(q);
}

QList<SubmissionRecord> CampaignStore::submissions(const QString &campaignId) const
{
    QSqlQuery q = prepareQuery(m_db, QStringLiteral("SELECT ") + kSubmissionColumns
                                         + QStringLiteral(" FROM campaign_submissions WHERE campaign_id = ? "
                                                          "ORDER BY submitted_at_ms, rowid"));
    q.addBindValue(campaignId);
    QList<SubmissionRecord> found;
    if (!runQuery(q))
        return found;
    while (q.next())
        found.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                      q.value(6).toLongLong(), q.value(7).toLongLong(), q.value(8).toString(),
                      q.value(9).toString()});
    return found;
}

} // namespace montaj::sandbox
