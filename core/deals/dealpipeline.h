#pragma once

#include "core/deals/dealtypes.h"
#include "core/deals/invoicetypes.h"
#include "core/foundation/result.h"

#include <QCoreApplication>

namespace montaj {

// The pipeline of a deal: lead → negotiating → contracted → in production → in review →
// scheduled → published → invoiced → paid → closed, or lost. Forward moves may skip stages (a deal
// signed on the first call); a few moves go back (changes requested after review, a reschedule, a
// contract reopened); any open deal may be lost, and a lost deal may be reopened as a lead.
// Closed is final. The store checks every move and records it. Not persistence.
class DealPipeline
{
    Q_DECLARE_TR_FUNCTIONS(DealPipeline)

public:
    static QList<DealStage> stages(); // in board order, Lost last
    static bool canMove(DealStage from, DealStage to);
    // "deals.bad_transition" naming both stages in words.
    static Result<void> check(DealStage from, DealStage to);
    static QString displayName(DealStage stage); // translated ("In review")
    // Where a deal's invoices take it: issued and not all paid → Invoiced; every issued invoice paid →
    // Paid; every invoice voided while Invoiced → back to Published. Never backwards otherwise, and
    // only by an allowed move; nullopt when the stage stays.
    static std::optional<DealStage> stageForInvoices(DealStage current, const QList<Invoice> &invoices);
};

} // namespace montaj
