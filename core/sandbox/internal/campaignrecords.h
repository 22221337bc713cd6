#pragma once

#include <QByteArray>
#include <QString>

namespace montaj::sandbox {

// One brand campaign a creator was invited to: the invitation and its offer, and the creator's
// answer. "expired" and "completed" are not stored: CampaignReview derives them from the clock and
// the submissions.
struct CampaignRecord
{
    QString id; // 19 digits
    QString openId;
    QString brandId;
    QString brandName;
    QString title;
    QString brief;
    qint64 priceMinor = 0;   // the offer's price in minor units of `currency`
    QString currency;        // ISO 4217
    QByteArray deliverables; // JSON array of {"type","quantity","description"}
    qint64 invitedAtMs = 0;
    qint64 expiresAtMs = 0; // the invitation lapses 7 days after it was sent
    qint64 draftDueMs = 0;
    qint64 postStartMs = 0; // the posting window
    qint64 postEndMs = 0;
    int adAuthorizationDays = 0; // how long the brand may run the post as an ad after approval
    int draftRounds = 1;         // drafts until the brand approves one (the earlier ones get feedback)
    QString draftFeedback;       // what the brand asks to change
    QString status;              // "invited", "accepted" or "declined"
    qint64 respondedAtMs = 0;
    QString declineReason;
};

// One deliverable submitted for review: a draft (a verified media URL or an inbox upload's
// publish id) or the posted video. The verdict is decided at submission and shows from decidedAtMs.
struct SubmissionRecord
{
    QString id; // 19 digits
    QString campaignId;
    QString kind; // "draft" or "post"
    QString draftUrl;
    QString publishId;
    QString videoId;
    qint64 submittedAtMs = 0;
    qint64 decidedAtMs = 0;
    QString outcome; // "changes_requested" or "approved"
    QString feedback;
};

} // namespace montaj::sandbox
