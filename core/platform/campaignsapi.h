#pragma once

#include "core/platform/campaigntypes.h"
#include "core/platform/platformtypes.h"

#include <QObject>

namespace montaj {

// Brand campaigns as the rest of Montaj sees them (the campaigns extension of PLATFORM_API.md):
// the creator's invitations with their offers, accepting or declining one, submitting a draft or
// the posted video for review, and reading the review state. Every call answers once through its
// callback, in this object's thread, with a value or an Error ("platform.campaign_not_found",
// "platform.campaign_invitation_expired", "platform.campaign_state_conflict", or any PlatformError).
// Implemented over HTTP by TikTokCampaignsApi. Not a deals ledger (the deals module owns contracts
// and money received).
class CampaignsApi : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void listInvitations(PlatformCallback<QList<Campaign>> done) = 0;
    virtual void acceptInvitation(const QString &campaignId, PlatformCallback<Campaign> done) = 0;
    // `reason` may be empty.
    virtual void declineInvitation(const QString &campaignId, const QString &reason,
                                   PlatformCallback<Campaign> done) = 0;
    virtual void submitDeliverable(const QString &campaignId, const DeliverableSubmission &submission,
                                   PlatformCallback<Deliverable> done) = 0;
    virtual void reviewState(const QString &campaignId, PlatformCallback<CampaignReviewState> done) = 0;
};

} // namespace montaj
