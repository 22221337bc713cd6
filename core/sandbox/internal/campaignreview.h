#pragma once

#include "core/sandbox/internal/campaignrecords.h"
#include "core/sandbox/internal/sandboxrecords.h"

#include <QList>

#include <optional>

namespace montaj::sandbox {

// The rules of the campaign flow (PLATFORM_API.md, brand campaigns): invitation (lapses after 7
// days) → accept or decline → draft review → post review → report. A submission's verdict is
// decided when it arrives (drafts: the campaign's draftRounds, posts: the video's facts) and shows
// once the sandbox clock reaches its decidedAtMs, so outcomes are deterministic and advance with
// SandboxServer::advanceClock. Pure functions of records and a time; no storage.
class CampaignReview
{
public:
    static constexpr qint64 kInvitationLifetimeMs = 7LL * 24 * 60 * 60 * 1000;

    // "submitted" until decidedAtMs, then "changes_requested" or "approved".
    static QString reviewStatus(const SubmissionRecord &submission, qint64 nowMs);
    // "invited", "expired", "declined", "accepted" or "completed" (the post was approved).
    static QString status(const CampaignRecord &campaign, const QList<SubmissionRecord> &submissions,
                          qint64 nowMs);
    // Where the flow stands: "invitation", "draft", "post", "report" or "closed".
    static QString stage(const CampaignRecord &campaign, const QList<SubmissionRecord> &submissions,
                         qint64 nowMs);
    // The newest submission of `kind`, if any.
    static std::optional<SubmissionRecord> latest(const QList<SubmissionRecord> &submissions,
                                                  const QString &kind);
    // When the draft was approved (0: not yet).
    static qint64 draftApprovedAtMs(const QList<SubmissionRecord> &submissions, qint64 nowMs);

    // Why a new submission of `kind` is refused now, for campaign_state_conflict; empty when allowed.
    static QString conflict(const CampaignRecord &campaign, const QList<SubmissionRecord> &submissions,
                            const QString &kind, qint64 nowMs);
    // Fills outcome and feedback of a new draft: changes are asked until the draftRounds-th one.
    static void decideDraft(SubmissionRecord &draft, const CampaignRecord &campaign,
                            const QList<SubmissionRecord> &submissions);
    // Fills outcome and feedback of a posted video: public, inside the posting window and posted
    // after the draft was approved.
    static void decidePost(SubmissionRecord &post, const CampaignRecord &campaign,
                           const QList<SubmissionRecord> &submissions, const SandboxVideo &video);
};

} // namespace montaj::sandbox
