#include "core/platform/tiktokcampaignsapi.h"

#include "core/platform/internal/campaignjson.h"
#include "core/platform/platformerror.h"
#include "core/platform/postrules.h"
#include "core/platform/tiktokapi.h"

#include <QRegularExpression>
#include <QTimer>

namespace montaj {
namespace {

const QString kRateClass = QStringLiteral("campaigns");
const QString kPathInvitations = QStringLiteral("/x/campaigns/invitations/");

QString campaignPath(const QString &campaignId, const QString &action)
{
    return QString(QStringLiteral("/x/campaigns/") + campaignId + u'/' + action);
}

bool isPlatformId(const QString &id)
{
    static const QRegularExpression kId(QStringLiteral("^[0-9]{1,20}$"));
    return kId.match(id).hasMatch();
}

} // namespace

TikTokCampaignsApi::TikTokCampaignsApi(TikTokApi *api, QObject *parent)
    : CampaignsApi(parent)
    , m_api(api)
{}

template<typename T>
void TikTokCampaignsApi::failLater(PlatformCallback<T> done, Error error)
{
    QTimer::singleShot(0, this, [done = std::move(done), error = std::move(error)] { done(error); });
}

Error TikTokCampaignsApi::campaignError(const Error &error)
{
    const QString code = error.context.value(QStringLiteral("platform_code")).toString();
    QVariantMap context = error.context;
    context.insert(QStringLiteral("action"), PlatformError::actionName(RecoveryAction::Permanent));
    if (code == QLatin1String("not_found"))
        return Error(QStringLiteral("platform.campaign_not_found"),
                     tr("This campaign is not available to your account any more."), context);
    if (code == QLatin1String("invitation_expired"))
        return Error(QStringLiteral("platform.campaign_invitation_expired"),
                     tr("The invitation has expired and can no longer be accepted or declined."), context);
    if (code == QLatin1String("campaign_state_conflict"))
        return Error(QStringLiteral("platform.campaign_state_conflict"),
                     tr("The campaign has moved on since you last looked. Refresh it and try again."),
                     context);
    return error;
}

Result<void> TikTokCampaignsApi::checkId(const QString &campaignId) const
{
    if (isPlatformId(campaignId))
        return {};
    return PlatformError::make(PlatformErrorKind::InvalidRequest,
                               {{QStringLiteral("field"), QStringLiteral("campaign_id")}});
}

void TikTokCampaignsApi::listInvitations(PlatformCallback<QList<Campaign>> done)
{
    m_api->callExtension(QByteArrayLiteral("GET"), kPathInvitations, std::nullopt, kRateClass, true,
                         [done = std::move(done)](Result<QJsonObject> data) {
                             if (!data)
                                 return done(campaignError(data.error()));
                             done(CampaignJson::campaigns(*data, kPathInvitations));
                         });
}

void TikTokCampaignsApi::acceptInvitation(const QString &campaignId, PlatformCallback<Campaign> done)
{
    answer(campaignId, QStringLiteral("accept"), {}, std::move(done));
}

void TikTokCampaignsApi::declineInvitation(const QString &campaignId, const QString &reason,
                                           PlatformCallback<Campaign> done)
{
    QJsonObject body;
    if (!reason.isEmpty())
        body.insert(QStringLiteral("reason"), reason.left(500));
    answer(campaignId, QStringLiteral("decline"), body, std::move(done));
}

void TikTokCampaignsApi::answer(const QString &campaignId, const QString &action, const QJsonObject &body,
                                PlatformCallback<Campaign> done)
{
    if (Result<void> ok = checkId(campaignId); !ok)
        return failLater(std::move(done), ok.error());
    const QString path = campaignPath(campaignId, action);
    m_api->callExtension(
        QByteArrayLiteral("POST"), path, body, kRateClass, false,
        [path, done = std::move(done)](Result<QJsonObject> data) {
            if (!data)
                return done(campaignError(data.error()));
            done(CampaignJson::campaign(data->value(QStringLiteral("campaign")).toObject(), path));
        });
}

void TikTokCampaignsApi::submitDeliverable(const QString &campaignId, const DeliverableSubmission &submission,
                                           PlatformCallback<Deliverable> done)
{
    if (Result<void> ok = checkId(campaignId); !ok)
        return failLater(std::move(done), ok.error());
    if (submission.kind == DeliverableSubmission::Kind::Post && !isPlatformId(submission.videoId))
        return failLater(std::move(done),
                         PlatformError::make(PlatformErrorKind::InvalidRequest,
                                             {{QStringLiteral("field"), QStringLiteral("video_id")}}));
    if (submission.kind == DeliverableSubmission::Kind::Draft && submission.publishId.isEmpty())
        if (Result<void> ok = PostRules::checkPullUrl(submission.draftUrl, QStringLiteral("draft_url"),
                                                      m_api->pullHttpOrigin());
            !ok)
            return failLater(std::move(done), ok.error());
    const QString path = campaignPath(campaignId, QStringLiteral("deliverables"));
    m_api->callExtension(
        QByteArrayLiteral("POST"), path, CampaignJson::submission(submission), kRateClass, false,
        [path, done = std::move(done)](Result<QJsonObject> data) {
            if (!data)
                return done(campaignError(data.error()));
            done(CampaignJson::deliverable(data->value(QStringLiteral("deliverable")).toObject(), path));
        });
}

void TikTokCampaignsApi::reviewState(const QString &campaignId, PlatformCallback<CampaignReviewState> done)
{
    if (Result<void> ok = checkId(campaignId); !ok)
        return failLater(std::move(done), ok.error());
    const QString path = campaignPath(campaignId, QStringLiteral("deliverables"));
    m_api->callExtension(QByteArrayLiteral("GET"), path, std::nullopt, kRateClass, true,
                         [path, done = std::move(done)](Result<QJsonObject> data) {
                             if (!data)
                                 return done(campaignError(data.error()));
                             done(CampaignJson::reviewState(*data, path));
                         });
}

} // namespace montaj
