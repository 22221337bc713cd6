#pragma once

#include "core/foundation/money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace montaj {

// Where a brand campaign stands for the creator (the campaigns extension of PLATFORM_API.md).
enum class CampaignStatus { Invited, Expired, Declined, Accepted, Completed, Unknown };
// The step of the flow: invitation → draft review → post → report; closed after a decline or expiry.
enum class CampaignStage { Invitation, Draft, Post, Report, Closed, Unknown };
// A submitted deliverable's review: none yet, in review, or the brand's verdict.
enum class ReviewStatus { None, Submitted, ChangesRequested, Approved, Unknown };

// One deliverable a brand's offer asks for ("video", 1, what it must show).
struct CampaignDeliverableSpec
{
    QString type;
    int quantity = 0;
    QString description;
};

// The offer that comes with an invitation. price is always set on an offer read from the platform
// (integer minor units + ISO currency); it is optional only because Money has no empty value.
struct CampaignOffer
{
    std::optional<Money> price;
    QList<CampaignDeliverableSpec> deliverables;
    QDateTime draftDue;
    QDateTime postStart; // the posting window
    QDateTime postEnd;
    int adAuthorizationDays = 0; // the brand may run the approved post as an ad this long
};

// The numbers of the approved post, once the campaign is complete. Counts are -1 when absent.
struct CampaignReport
{
    QString videoId;
    qint64 viewCount = -1;
    qint64 likeCount = -1;
    qint64 commentCount = -1;
    qint64 shareCount = -1;
    QDateTime reportTime;
    QDateTime adAuthorizationEnd;
};

// One campaign the creator was invited to, as GET /x/campaigns/invitations/ lists it.
struct Campaign
{
    QString id; // a platform id: a string
    QString brandId;
    QString brandName;
    QString title;
    QString brief;
    CampaignStatus status = CampaignStatus::Unknown;
    QString rawStatus;
    CampaignStage stage = CampaignStage::Unknown;
    QDateTime invitedAt;
    QDateTime expiresAt;   // the invitation lapses (7 days after it was sent)
    QDateTime respondedAt; // invalid until the creator answered
    QString declineReason;
    CampaignOffer offer;
    ReviewStatus draftReview = ReviewStatus::None; // the newest draft's
    ReviewStatus postReview = ReviewStatus::None;  // the newest posted video's
    std::optional<CampaignReport> report;
};

// What the creator submits for review: a draft (a media URL the platform may pull, or the publish id
// of an upload that reached the inbox) or the id of the posted video.
struct DeliverableSubmission
{
    enum class Kind { Draft, Post };
    Kind kind = Kind::Draft;
    QUrl draftUrl;
    QString publishId;
    QString videoId;

    static DeliverableSubmission draftFromUrl(const QUrl &url);
    static DeliverableSubmission draftFromInbox(const QString &publishId);
    static DeliverableSubmission postedVideo(const QString &videoId);
};

// A submitted deliverable and its review. feedback is the brand's words once reviewed.
struct Deliverable
{
    QString id;
    QString campaignId;
    DeliverableSubmission::Kind kind = DeliverableSubmission::Kind::Draft;
    QUrl draftUrl;
    QString publishId;
    QString videoId;
    QDateTime submittedAt;
    ReviewStatus review = ReviewStatus::Unknown;
    QDateTime reviewedAt; // invalid while in review
    QString feedback;
};

// GET /x/campaigns/{id}/deliverables: every submission, oldest first, and the campaign's status.
struct CampaignReviewState
{
    QString campaignId;
    CampaignStatus status = CampaignStatus::Unknown;
    QList<Deliverable> deliverables;
};

} // namespace montaj
