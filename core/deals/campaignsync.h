#pragma once

#include "core/deals/dealtypes.h"
#include "core/foundation/result.h"
#include "core/platform/campaigntypes.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <functional>

#include <optional>

namespace montaj {

class CampaignsApi;
class DealService;
class DealStore;

// Brings the platform's brand campaigns into the deals: invitations become leads (brand, deal,
// deliverables from the offer), accepting or declining answers the platform and moves the deal,
// deliverables are submitted for review, and review outcomes (changes requested, approved, the
// report) update the deliverable and the deal's stage. The platform calls run in this object's
// thread through CampaignsApi; the store work runs on the DealService's thread. Reports each
// action once through finished() or failed(). Not the platform client.
class CampaignSync : public QObject
{
    Q_OBJECT

public:
    // Neither pointer is owned; both must outlive this object.
    CampaignSync(CampaignsApi *api, DealService *deals, QObject *parent = nullptr);

    // Who the history says made the moves ("user:alice"); platform-driven moves say "platform".
    void setActor(const QString &actor) { m_actor = actor; }

    void syncInvitations();
    void accept(const QString &dealId);
    void decline(const QString &dealId, const QString &reason = {});
    void submit(const QString &dealId, const QString &deliverableId, const DeliverableSubmission &submission);
    void refreshReview(const QString &dealId);

    // --- the mapping, pure (tested without a platform)
    static Deal leadFromCampaign(const Campaign &campaign, const QString &brandId);
    static QList<DealDeliverable> deliverablesFromOffer(const CampaignOffer &offer);
    // The stage the campaign's state calls for, when it is a move the pipeline allows from `current`.
    static std::optional<DealStage> stageFor(const Campaign &campaign, DealStage current);
    static std::optional<DealStage> stageFor(const CampaignReviewState &review, DealStage current);
    // Applies a review state to a deal's deliverables (newest draft → draft fields, approved post →
    // proof); returns the deliverables that changed.
    static QList<DealDeliverable> applyReview(const CampaignReviewState &review,
                                              QList<DealDeliverable> deliverables);

    // Store work (on the store's thread): creates or updates the deal for each campaign; returns how
    // many deals were created or changed.
    static Result<int> applyCampaigns(DealStore &store, const QList<Campaign> &campaigns,
                                      const QString &actor);
    static Result<Deal> applyCampaign(DealStore &store, const Deal &deal, const Campaign &campaign,
                                      const QString &actor);
    static Result<Deal> applyReviewState(DealStore &store, const Deal &deal,
                                         const CampaignReviewState &review, const QString &actor);

Q_SIGNALS:
    // action: "sync", "accept", "decline", "submit", "review"; changed: deals created or changed.
    void finished(const QString &action, const QString &dealId, int changed);
    void failed(const QString &action, const QString &dealId, const montaj::Error &error);

private:
    // Loads the deal, checks it has a campaign, then calls `next` with it (in this thread).
    void withDeal(const QString &action, const QString &dealId,
                  std::function<void(const Deal &, CampaignsApi &)> next);

    std::function<void(Result<Campaign>)> answerHandler(const QString &action, const Deal &deal);

    QPointer<CampaignsApi> m_api;
    DealService *m_deals = nullptr;
    QString m_actor = QStringLiteral("user");
};

} // namespace montaj
