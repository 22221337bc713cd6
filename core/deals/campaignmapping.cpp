// CampaignSync: how campaigns, offers and reviews map onto deals (pure, and the store work).
#include "core/deals/campaignsync.h"
#include "core/deals/dealpipeline.h"
#include "core/deals/dealstore.h"

namespace montaj {
namespace {

const QString kPlatformActor = QStringLiteral("platform");

QString reviewName(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Submitted: return QStringLiteral("submitted");
    case ReviewStatus::ChangesRequested: return QStringLiteral("changes_requested");
    case ReviewStatus::Approved: return QStringLiteral("approved");
    case ReviewStatus::None:
    case ReviewStatus::Unknown: break;
    }
    return {};
}

// Forward to `to` when allowed and not going back (except the one move back a review asks for).
std::optional<DealStage> forward(DealStage current, DealStage to)
{
    if (int(to) <= int(current) || !DealPipeline::canMove(current, to))
        return std::nullopt;
    return to;
}

} // namespace

Deal CampaignSync::leadFromCampaign(const Campaign &c, const QString &brandId)
{
    Deal deal;
    deal.brandId = brandId;
    deal.title = c.title.isEmpty() ? c.brandName : c.title;
    deal.brief = c.brief;
    deal.fee = c.offer.price;
    deal.feeType = FeeType::Flat;
    deal.adAuthorizationDays = c.offer.adAuthorizationDays;
    deal.usage = c.offer.adAuthorizationDays > 0 ? UsageRights::PaidAds : UsageRights::Organic;
    deal.channels = {QStringLiteral("tiktok")};
    deal.campaignId = c.id;
    deal.campaignStatus = c.rawStatus;
    deal.invitationExpiresAt = c.expiresAt;
    deal.stage = DealStage::Lead;
    return deal;
}

QList<DealDeliverable> CampaignSync::deliverablesFromOffer(const CampaignOffer &offer)
{
    QList<DealDeliverable> out;
    int order = 0;
    for (const CampaignDeliverableSpec &spec : offer.deliverables) {
        DealDeliverable v;
        v.platform = QStringLiteral("tiktok");
        v.format = spec.type.isEmpty() ? QStringLiteral("video") : spec.type;
        v.quantity = std::max(1, spec.quantity);
        v.draftDue = offer.draftDue;
        v.postingStart = offer.postStart;
        v.postingEnd = offer.postEnd;
        v.approvalRequired = true;
        v.sortOrder = order++;
        out.append(v);
    }
    return out;
}

std::optional<DealStage> CampaignSync::stageFor(const Campaign &c, DealStage current)
{
    if (c.status == CampaignStatus::Declined || c.status == CampaignStatus::Expired)
        return current == DealStage::Lost || !DealPipeline::canMove(current, DealStage::Lost)
                   ? std::nullopt
                   : std::optional<DealStage>(DealStage::Lost);
    if (c.status == CampaignStatus::Completed || c.postReview == ReviewStatus::Approved)
        return forward(current, DealStage::Published);
    if (c.draftReview == ReviewStatus::ChangesRequested && current == DealStage::InReview)
        return DealStage::InProduction;
    if (c.draftReview == ReviewStatus::Submitted || c.postReview == ReviewStatus::Submitted)
        return forward(current, DealStage::InReview);
    if (c.status == CampaignStatus::Accepted)
        return forward(current, DealStage::Contracted);
    return std::nullopt;
}

std::optional<DealStage> CampaignSync::stageFor(const CampaignReviewState &review, DealStage current)
{
    if (review.deliverables.isEmpty())
        return std::nullopt;
    const Deliverable &newest = review.deliverables.last();
    if (review.status == CampaignStatus::Completed
        || (newest.kind == DeliverableSubmission::Kind::Post && newest.review == ReviewStatus::Approved))
        return forward(current, DealStage::Published);
    if (newest.review == ReviewStatus::ChangesRequested && current == DealStage::InReview)
        return DealStage::InProduction;
    if (newest.review == ReviewStatus::Submitted)
        return forward(current, DealStage::InReview);
    return std::nullopt;
}

QList<DealDeliverable> CampaignSync::applyReview(const CampaignReviewState &review,
                                                 QList<DealDeliverable> deliverables)
{
    QList<DealDeliverable> changed;
    if (deliverables.isEmpty())
        return changed;
    // The platform reviews the campaign as a whole: its newest draft and post go on the first deliverable.
    DealDeliverable v = deliverables.first();
    const DealDeliverable before = v;
    for (const Deliverable &d : review.deliverables) {
        if (d.kind == DeliverableSubmission::Kind::Draft) {
            v.draftSubmittedAt = d.submittedAt;
            v.reviewStatus = reviewName(d.review);
            v.reviewFeedback = d.feedback;
        } else {
            v.reviewStatus = reviewName(d.review);
            v.reviewFeedback = d.feedback;
            if (d.review == ReviewStatus::Approved)
                v.proofUrl = QString(QStringLiteral("tiktok:video:") + d.videoId);
        }
    }
    if (v.draftSubmittedAt != before.draftSubmittedAt || v.reviewStatus != before.reviewStatus
        || v.reviewFeedback != before.reviewFeedback || v.proofUrl != before.proofUrl)
        changed.append(v);
    return changed;
}

Result<Deal> CampaignSync::applyCampaign(DealStore &store, const Deal &deal, const Campaign &c,
                                         const QString &actor)
{
    Deal next = deal;
    if (next.campaignStatus != c.rawStatus || next.invitationExpiresAt != c.expiresAt) {
        next.campaignStatus = c.rawStatus;
        next.invitationExpiresAt = c.expiresAt;
        auto saved = store.updateDeal(next, actor);
        if (!saved)
            return saved.error();
        next = *saved;
    }
    if (const auto to = stageFor(c, next.stage)) {
        QString note = QStringLiteral("platform:") + c.rawStatus;
        if (*to == DealStage::Lost)
            note = c.declineReason.isEmpty() ? note : c.declineReason;
        auto moved = store.moveDeal(next.id, *to, actor, note);
        if (!moved)
            return moved.error();
        next = *moved;
    }
    return next;
}

Result<int> CampaignSync::applyCampaigns(DealStore &store, const QList<Campaign> &campaigns,
                                         const QString &actor)
{
    int changed = 0;
    for (const Campaign &c : campaigns) {
        auto existing = store.dealForCampaign(c.id);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            const Deal &deal = **existing;
            auto applied = applyCampaign(store, deal, c, actor);
            if (!applied)
                return applied.error();
            changed += applied->version != deal.version ? 1 : 0;
            continue;
        }
        if (c.status != CampaignStatus::Invited && c.status != CampaignStatus::Accepted)
            continue; // a lapsed or declined invitation we never saw is not a lead
        auto brand = store.brandByPlatformId(c.brandId);
        if (!brand)
            return brand.error();
        QString brandId = brand->has_value() ? (*brand)->id : QString();
        if (brandId.isEmpty()) {
            Brand b;
            b.name = c.brandName.isEmpty() ? c.title : c.brandName;
            b.legalName = b.name;
            b.platformBrandId = c.brandId;
            auto saved = store.saveBrand(b);
            if (!saved)
                return saved.error();
            brandId = saved->id;
        }
        auto created = store.createDeal(leadFromCampaign(c, brandId), kPlatformActor);
        if (!created)
            return created.error();
        for (DealDeliverable v : deliverablesFromOffer(c.offer)) {
            v.dealId = created->id;
            if (auto saved = store.saveDeliverable(v); !saved)
                return saved.error();
        }
        if (auto applied = applyCampaign(store, *created, c, actor); !applied)
            return applied.error();
        ++changed;
    }
    return changed;
}

Result<Deal> CampaignSync::applyReviewState(DealStore &store, const Deal &deal,
                                            const CampaignReviewState &review, const QString &actor)
{
    auto deliverables = store.deliverables(deal.id);
    if (!deliverables)
        return deliverables.error();
    for (const DealDeliverable &v : applyReview(review, *deliverables))
        if (auto saved = store.saveDeliverable(v); !saved)
            return saved.error();
    auto current = store.deal(deal.id);
    if (!current)
        return current.error();
    if (const auto to = stageFor(review, current->stage))
        return store.moveDeal(deal.id, *to, actor, QStringLiteral("platform:review"));
    return current;
}

} // namespace montaj
