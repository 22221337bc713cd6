#include "core/sandbox/internal/campaignreview.h"

namespace montaj::sandbox {
namespace {

const QString kApproved = QStringLiteral("approved");
const QString kChanges = QStringLiteral("changes_requested");
const QString kSubmitted = QStringLiteral("submitted");

} // namespace

QString CampaignReview::reviewStatus(const SubmissionRecord &submission, qint64 nowMs)
{
    return nowMs >= submission.decidedAtMs ? submission.outcome : kSubmitted;
}

std::optional<SubmissionRecord> CampaignReview::latest(const QList<SubmissionRecord> &submissions,
                                                       const QString &kind)
{
    for (auto it = submissions.crbegin(); it != submissions.crend(); ++it)
        if (it->kind == kind)
            return *it;
    return std::nullopt;
}

qint64 CampaignReview::draftApprovedAtMs(const QList<SubmissionRecord> &submissions, qint64 nowMs)
{
    for (const SubmissionRecord &s : submissions)
        if (s.kind == QLatin1String("draft") && reviewStatus(s, nowMs) == kApproved)
            return s.decidedAtMs;
    return 0;
}

QString CampaignReview::status(const CampaignRecord &campaign, const QList<SubmissionRecord> &submissions,
                               qint64 nowMs)
{
    if (campaign.status == QLatin1String("invited"))
        return nowMs >= campaign.expiresAtMs ? QStringLiteral("expired") : campaign.status;
    if (campaign.status != QLatin1String("accepted"))
        return campaign.status;
    const auto post = latest(submissions, QStringLiteral("post"));
    return post && reviewStatus(*post, nowMs) == kApproved ? QStringLiteral("completed") : campaign.status;
}

QString CampaignReview::stage(const CampaignRecord &campaign, const QList<SubmissionRecord> &submissions,
                              qint64 nowMs)
{
    const QString now = status(campaign, submissions, nowMs);
    if (now == QLatin1String("invited"))
        return QStringLiteral("invitation");
    if (now == QLatin1String("completed"))
        return QStringLiteral("report");
    if (now != QLatin1String("accepted"))
        return QStringLiteral("closed");
    return draftApprovedAtMs(submissions, nowMs) > 0 ? QStringLiteral("post") : QStringLiteral("draft");
}

QString CampaignReview::conflict(const CampaignRecord &campaign, const QList<SubmissionRecord> &submissions,
                                 const QString &kind, qint64 nowMs)
{
    const QString now = status(campaign, submissions, nowMs);
    if (now == QLatin1String("completed"))
        return QStringLiteral("The campaign is complete: its post was approved.");
    if (now != QLatin1String("accepted"))
        return QStringLiteral("Deliverables can only be submitted for an accepted campaign (this one is %1).")
            .arg(now);
    for (const SubmissionRecord &s : submissions)
        if (reviewStatus(s, nowMs) == kSubmitted)
            return QStringLiteral("A deliverable is still in review: wait for the brand's answer.");
    const bool draftApproved = draftApprovedAtMs(submissions, nowMs) > 0;
    if (kind == QLatin1String("draft") && draftApproved)
        return QStringLiteral("The draft is already approved: submit the posted video.");
    if (kind == QLatin1String("post") && !draftApproved)
        return QStringLiteral("The brand must approve a draft before the video is posted.");
    return {};
}

void CampaignReview::decideDraft(SubmissionRecord &draft, const CampaignRecord &campaign,
                                 const QList<SubmissionRecord> &submissions)
{
    qsizetype earlier = 0;
    for (const SubmissionRecord &s : submissions)
        earlier += s.kind == QLatin1String("draft") ? 1 : 0;
    const bool approved = earlier + 1 >= campaign.draftRounds;
    draft.outcome = approved ? kApproved : kChanges;
    draft.feedback = approved ? QStringLiteral("Approved. You can post it.") : campaign.draftFeedback;
}

void CampaignReview::decidePost(SubmissionRecord &post, const CampaignRecord &campaign,
                                const QList<SubmissionRecord> &submissions, const SandboxVideo &video)
{
    QString problem;
    if (video.privacy == QLatin1String("SELF_ONLY"))
        problem = QStringLiteral("The video is visible only to you: the campaign needs a public post.");
    else if (video.createTimeMs < campaign.postStartMs || video.createTimeMs > campaign.postEndMs)
        problem = QStringLiteral("The video was posted outside the campaign's posting window.");
    else if (video.createTimeMs < draftApprovedAtMs(submissions, post.submittedAtMs))
        problem = QStringLiteral("The video was posted before the draft was approved.");
    post.outcome = problem.isEmpty() ? kApproved : kChanges;
    post.feedback = problem.isEmpty() ? QStringLiteral("Approved. Thank you!") : problem;
}

} // namespace montaj::sandbox
