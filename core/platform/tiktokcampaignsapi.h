#pragma once

#include "core/platform/campaignsapi.h"

#include <QJsonObject>

#include <optional>

namespace montaj {

class TikTokApi;

// CampaignsApi over the platform's campaigns extension (/x/campaigns/…, served by the sandbox),
// through a TikTokApi's session, rate limits ("campaigns" class) and retries. Checks ids before
// sending, and turns the extension's error codes into platform.campaign_* Errors with messages for
// people. Answering an invitation and submitting are not sent again after an unclear failure (only
// after a 429). Not the file import of campaigns (no official API exists).
class TikTokCampaignsApi : public CampaignsApi
{
    Q_OBJECT

public:
    // `api` must outlive this object.
    explicit TikTokCampaignsApi(TikTokApi *api, QObject *parent = nullptr);

    void listInvitations(PlatformCallback<QList<Campaign>> done) override;
    void acceptInvitation(const QString &campaignId, PlatformCallback<Campaign> done) override;
    void declineInvitation(const QString &campaignId, const QString &reason,
                           PlatformCallback<Campaign> done) override;
    void submitDeliverable(const QString &campaignId, const DeliverableSubmission &submission,
                           PlatformCallback<Deliverable> done) override;
    void reviewState(const QString &campaignId, PlatformCallback<CampaignReviewState> done) override;

    // The platform.campaign_* Error for the extension's own codes (not_found, invitation_expired,
    // campaign_state_conflict); any other Error as it is.
    static Error campaignError(const Error &error);

private:
    void answer(const QString &campaignId, const QString &action, const QJsonObject &body,
                PlatformCallback<Campaign> done);
    Result<void> checkId(const QString &campaignId) const;
    template<typename T>
    void failLater(PlatformCallback<T> done, Error error);

    TikTokApi *m_api = nullptr;
};

} // namespace montaj
