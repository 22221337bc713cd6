#pragma once

#include "core/sandbox/internal/campaignrecords.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace montaj::sandbox {

// Reads and writes the campaigns extension's tables: campaigns (invitation, offer, answer) and
// campaign_submissions. Not the rules of the flow (CampaignReview).
class CampaignStore
{
public:
    explicit CampaignStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    bool insertCampaign(const CampaignRecord &campaign);
    std::optional<CampaignRecord> campaign(const QString &id) const;
    QList<CampaignRecord> campaigns(const QString &openId) const; // newest invitation first
    bool setAnswer(const QString &id, const QString &status, qint64 atMs, const QString &declineReason);

    bool insertSubmission(const SubmissionRecord &submission);
    QList<SubmissionRecord> submissions(const QString &campaignId) const; // oldest first

private:
    QList<CampaignRecord> read(const QString &where, const QString &value) const;

    QSqlDatabase m_db;
};

} // namespace montaj::sandbox
