#pragma once

#include "core/deals/dealtypes.h"

#include <QCoreApplication>
#include <QPair>

namespace montaj {

// A deal as exclusivity sees it: its terms, its brand and its deliverables' posting windows.
struct ExclusivityInput
{
    Deal deal;
    Brand brand;
    QList<DealDeliverable> deliverables;
};

// A clash between two deals: one brand's exclusivity covers the time another, competing brand's
// content is live. postTerm: the clash falls in the period after the exclusivity's end.
struct ExclusivityConflict
{
    QString dealId; // the other deal
    QString brandName;
    QDateTime fromUtc; // the overlap
    QDateTime toUtc;   // invalid: open-ended
    bool postTerm = false;
    QString message; // translated
};

// Exclusivity conflicts: deal B's exclusivity (its category or named competitors, from its start to
// its end plus the post-term period) against deal A's live period (its deliverables' posting
// windows), both ways, between different brands. Checked when a deal is created or changed, and
// when a post of a deal is scheduled (the post's time against every other deal's exclusivity).
// Lost deals bind no one. Not compliance (ComplianceCheck).
class ExclusivityCheck
{
    Q_DECLARE_TR_FUNCTIONS(ExclusivityCheck)

public:
    static QList<ExclusivityConflict> forDeal(const ExclusivityInput &candidate,
                                              const QList<ExclusivityInput> &others);
    static QList<ExclusivityConflict> forPost(const ExclusivityInput &deal, const QDateTime &postUtc,
                                              const QList<ExclusivityInput> &others);

    // The exclusivity window of a deal, post-term included; invalid start when it has none.
    static QPair<QDateTime, QDateTime> window(const Deal &deal);
    // When the deal's content is live: its posting windows, else its exclusivity period, else from its
    // creation on (open-ended).
    static QPair<QDateTime, QDateTime> livePeriod(const ExclusivityInput &input);
    // True when `a` promotes something `b`'s exclusivity forbids (same category or named competitor).
    static bool competes(const ExclusivityInput &a, const ExclusivityInput &b);
};

} // namespace montaj
