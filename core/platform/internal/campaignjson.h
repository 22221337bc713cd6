#pragma once

#include "core/foundation/result.h"
#include "core/platform/campaigntypes.h"

#include <QJsonObject>

namespace montaj {

// JSON shapes of the campaigns extension, both ways: campaigns with their offer (price as integer
// minor units + ISO currency, read into Money), deliverables and review states, and the body of a
// submission. Times are seconds since the epoch (0: not yet). Internal to TikTokCampaignsApi.
class CampaignJson
{
public:
    static Result<Campaign> campaign(const QJsonObject &object, const QString &path);
    static Result<QList<Campaign>> campaigns(const QJsonObject &data, const QString &path);
    static Result<Deliverable> deliverable(const QJsonObject &object, const QString &path);
    static Result<CampaignReviewState> reviewState(const QJsonObject &data, const QString &path);
    static QJsonObject submission(const DeliverableSubmission &submission);

    static CampaignStatus statusFromString(QStringView status);
    static CampaignStage stageFromString(QStringView stage);
    static ReviewStatus reviewFromString(QStringView review);
};

} // namespace montaj
