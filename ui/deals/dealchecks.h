#pragma once

#include "core/deals/compliancecheck.h"
#include "core/deals/exclusivitycheck.h"
#include "ui/deals/dealssnapshot.h"

#include <QCoreApplication>

#include <optional>

namespace montaj {

// What the composer, the publish calendar and the Edit page ask about brand deals, on a
// DealsSnapshot: the deliverables a post may deliver and their names for people, the compliance
// input of a post for its deliverable (deal, audiences, toggles, caption, project facts), the
// exclusivity conflicts at a post's time, and the in-video disclosure overlays a project lacks.
// Pure functions; the rules stay in core/deals (ComplianceCheck, ExclusivityCheck). Not widgets.
class DealChecks
{
    Q_DECLARE_TR_FUNCTIONS(DealChecks)

public:
    // Deliverables of open deals whose posting window has not ended and that still need a post,
    // plus the one `postId` already delivers; by posting start.
    static QList<DealDeliverable> openDeliverables(const DealsSnapshot &snapshot, const QString &postId,
                                                   const QDateTime &nowUtc);
    // "Paid partnership", "Gifted products", "Affiliate links", "My own brand".
    static QString disclosureName(DisclosureType type);
    static QList<DisclosureType> disclosureTypes();
    // "TikTok" for "tiktok"; other platforms as they are stored.
    static QString platformName(const QString &platform);
    // "1 × video on TikTok".
    static QString deliverableName(const DealDeliverable &deliverable);
    // "Lumen Coffee · Autumn blend".
    static QString dealName(const DealsSnapshot &snapshot, const QString &dealId);
    // The posting window in the user's locale and zone ("12/03/2030 10:00 – 20/03/2030 18:00").
    static QString postingWindow(const DealDeliverable &deliverable);
    // "Lumen Coffee · Autumn blend — 1 × video on TikTok (posting 12/03 … 20/03)".
    static QString describe(const DealsSnapshot &snapshot, const DealDeliverable &deliverable);

    // The compliance input of `post` delivering `deliverable`: the deal and its audiences, the
    // brand's other deals (France's contract threshold), the project when the post renders one
    // (in-video labels, retouching filters), "AI-generated" from the deliverable or the post's toggle.
    static ComplianceInput complianceInput(const DealsSnapshot &snapshot, const DealDeliverable &deliverable,
                                           const Post &post, const std::optional<ProjectState> &project,
                                           bool overlaysConfirmed);
    // Other deals' exclusivity at `postUtc` for the deal of `deliverable`.
    static QList<ExclusivityConflict> conflictsForPost(const DealsSnapshot &snapshot,
                                                       const DealDeliverable &deliverable,
                                                       const QDateTime &postUtc);
    // Without a deal: what one audience (jurisdiction) requires for one kind of disclosure, for the
    // Edit page's "Add disclosure label…".
    static ComplianceInput labelInput(const QString &jurisdiction, DisclosureType kind, bool retouched,
                                      bool aiGenerated, const std::optional<ProjectState> &project);
    // A clip uses a face or body retouching filter (skin smoothing) that changes the picture.
    static bool isRetouched(const ProjectState &project);

    // The overlays that complete input.project's in-video disclosures: the required ones
    // (ComplianceCheck::overlaysToAdd), else the recommended ones; each on a line not used by the
    // project's overlays yet. Empty when the project already shows them all for its whole length.
    static QList<TextOverlay> overlaysFor(const ComplianceRules &rules, const ComplianceInput &input);
};

} // namespace montaj
