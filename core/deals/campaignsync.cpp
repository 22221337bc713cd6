#include "core/deals/campaignsync.h"

#include "core/deals/dealservice.h"
#include "core/deals/dealstore.h"
#include "core/platform/campaignsapi.h"

namespace montaj {
namespace {

Error noCampaign(const QString &dealId)
{
    return Error(QStringLiteral("deals.no_campaign"),
                 CampaignSync::tr("This deal did not come from a platform invitation."),
                 {{QStringLiteral("deal"), dealId}});
}

Error noPlatform()
{
    return Error(QStringLiteral("deals.no_platform"), CampaignSync::tr("No platform account is linked."));
}

} // namespace

CampaignSync::CampaignSync(CampaignsApi *api, DealService *deals, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_deals(deals)
{}

void CampaignSync::syncInvitations()
{
    const QString action = QStringLiteral("sync");
    CampaignsApi *api = m_api.data();
    if (!api)
        return Q_EMIT failed(action, {}, noPlatform());
    api->listInvitations([this, action](Result<QList<Campaign>> listed) {
        if (!listed)
            return Q_EMIT failed(action, {}, listed.error());
        const QList<Campaign> campaigns = *listed;
        m_deals->run<int>(
            this,
            [campaigns](DealStore &store) {
                return applyCampaigns(store, campaigns, QStringLiteral("platform"));
            },
            [this, action](Result<int> applied) {
                if (!applied)
                    return Q_EMIT failed(action, {}, applied.error());
                Q_EMIT finished(action, {}, *applied);
            });
    });
}

void CampaignSync::withDeal(const QString &action, const QString &dealId,
                            std::function<void(const Deal &, CampaignsApi &)> next)
{
    m_deals->run<Deal>(
        this, [dealId](DealStore &store) { return store.deal(dealId); },
        [this, action, dealId, next = std::move(next)](Result<Deal> deal) {
            if (!deal)
                return Q_EMIT failed(action, dealId, deal.error());
            if (deal->campaignId.isEmpty())
                return Q_EMIT failed(action, dealId, noCampaign(dealId));
            CampaignsApi *api = m_api.data();
            if (!api)
                return Q_EMIT failed(action, dealId, noPlatform());
            next(*deal, *api);
        });
}

std::function<void(Result<Campaign>)> CampaignSync::answerHandler(const QString &action, const Deal &deal)
{
    // The platform answered with the campaign: bring the deal up to date with it.
    return [this, action, deal](Result<Campaign> campaign) {
        if (!campaign)
            return Q_EMIT failed(action, deal.id, campaign.error());
        const Campaign c = *campaign;
        const QString actor = m_actor;
        m_deals->run<Deal>(
            this, [deal, c, actor](DealStore &store) { return applyCampaign(store, deal, c, actor); },
            [this, action, deal](Result<Deal> applied) {
                if (!applied)
                    return Q_EMIT failed(action, deal.id, applied.error());
                Q_EMIT finished(action, deal.id, applied->version != deal.version ? 1 : 0);
            });
    };
}

void CampaignSync::accept(const QString &dealId)
{
    const QString action = QStringLiteral("accept");
    withDeal(action, dealId, [this, action](const Deal &deal, CampaignsApi &api) {
        api.acceptInvitation(deal.campaignId, answerHandler(action, deal));
    });
}

void CampaignSync::decline(const QString &dealId, const QString &reason)
{
    const QString action = QStringLiteral("decline");
    withDeal(action, dealId, [this, action, reason](const Deal &deal, CampaignsApi &api) {
        api.declineInvitation(deal.campaignId, reason, answerHandler(action, deal));
    });
}

void CampaignSync::submit(const QString &dealId, const QString &deliverableId,
                          const DeliverableSubmission &submission)
{
    const QString action = QStringLiteral("submit");
    withDeal(action, dealId, [this, action, deliverableId, submission](const Deal &deal, CampaignsApi &api) {
        api.submitDeliverable(
            deal.campaignId, submission, [this, action, deal, deliverableId](Result<Deliverable> submitted) {
                if (!submitted)
                    return Q_EMIT failed(action, deal.id, submitted.error());
                CampaignReviewState review;
                review.campaignId = deal.campaignId;
                review.status = CampaignStatus::Accepted;
                review.deliverables = {*submitted};
                const QString actor = m_actor;
                m_deals->run<Deal>(
                    this,
                    [deal, deliverableId, review, actor](DealStore &store) -> Result<Deal> {
                        auto v = store.deliverable(deliverableId);
                        if (!v)
                            return v.error();
                        for (const DealDeliverable &changed : applyReview(review, {*v}))
                            if (auto saved = store.saveDeliverable(changed); !saved)
                                return saved.error();
                        auto current = store.deal(deal.id);
                        if (!current)
                            return current.error();
                        if (const auto to = stageFor(review, current->stage))
                            return store.moveDeal(deal.id, *to, actor, QStringLiteral("platform:submitted"));
                        return current;
                    },
                    [this, action, deal](Result<Deal> applied) {
                        if (!applied)
                            return Q_EMIT failed(action, deal.id, applied.error());
                        Q_EMIT finished(action, deal.id, 1);
                    });
            });
    });
}

void CampaignSync::refreshReview(const QString &dealId)
{
    const QString action = QStringLiteral("review");
    withDeal(action, dealId, [this, action](const Deal &deal, CampaignsApi &api) {
        api.reviewState(deal.campaignId, [this, action, deal](Result<CampaignReviewState> review) {
            if (!review)
                return Q_EMIT failed(action, deal.id, review.error());
            const CampaignReviewState state = *review;
            m_deals->run<Deal>(
                this,
                [deal, state](DealStore &store) {
                    return applyReviewState(store, deal, state, QStringLiteral("platform"));
                },
                [this, action, deal](Result<Deal> applied) {
                    if (!applied)
                        return Q_EMIT failed(action, deal.id, applied.error());
                    Q_EMIT finished(action, deal.id, applied->version != deal.version ? 1 : 0);
                });
        });
    });
}

} // namespace montaj
