#include "core/deals/dealpipeline.h"

namespace montaj {

QList<DealStage> DealPipeline::stages()
{
    return {DealStage::Lead,     DealStage::Negotiating, DealStage::Contracted, DealStage::InProduction,
            DealStage::InReview, DealStage::Scheduled,   DealStage::Published,  DealStage::Invoiced,
            DealStage::Paid,     DealStage::Closed,      DealStage::Lost};
}

bool DealPipeline::canMove(DealStage from, DealStage to)
{
    if (from == to || from == DealStage::Closed)
        return false;
    if (from == DealStage::Lost)
        return to == DealStage::Lead || to == DealStage::Negotiating;
    if (to == DealStage::Lost)
        return from != DealStage::Paid; // a paid deal is closed, not lost
    if (int(to) > int(from))
        return true;
    switch (from) {
    case DealStage::Negotiating: return to == DealStage::Lead;
    case DealStage::Contracted: return to == DealStage::Negotiating;
    case DealStage::InReview: return to == DealStage::InProduction; // changes requested
    case DealStage::Scheduled: return to == DealStage::InProduction || to == DealStage::InReview;
    case DealStage::Invoiced: return to == DealStage::Published; // invoice voided
    default: return false;
    }
}

Result<void> DealPipeline::check(DealStage from, DealStage to)
{
    if (canMove(from, to))
        return {};
    return Error(QStringLiteral("deals.bad_transition"),
                 tr("A deal cannot move from “%1” to “%2”.").arg(displayName(from), displayName(to)),
                 {{QStringLiteral("from"), toString(from)}, {QStringLiteral("to"), toString(to)}});
}

std::optional<DealStage> DealPipeline::stageForInvoices(DealStage current, const QList<Invoice> &invoices)
{
    bool anyIssued = false;
    bool allPaid = true;
    bool anyVoid = false;
    for (const Invoice &inv : invoices) {
        if (inv.status == InvoiceStatus::Void)
            anyVoid = true;
        if (inv.status == InvoiceStatus::Draft || inv.status == InvoiceStatus::Void)
            continue;
        anyIssued = true;
        allPaid = allPaid && inv.status == InvoiceStatus::Paid;
    }
    if (!anyIssued) {
        if (current == DealStage::Invoiced && anyVoid && canMove(current, DealStage::Published))
            return DealStage::Published;
        return std::nullopt;
    }
    const DealStage target = allPaid ? DealStage::Paid : DealStage::Invoiced;
    if (int(target) <= int(current) || !canMove(current, target))
        return std::nullopt;
    return target;
}

QString DealPipeline::displayName(DealStage stage)
{
    switch (stage) {
    case DealStage::Lead: return tr("Lead");
    case DealStage::Negotiating: return tr("Negotiating");
    case DealStage::Contracted: return tr("Contracted");
    case DealStage::InProduction: return tr("In production");
    case DealStage::InReview: return tr("In review");
    case DealStage::Scheduled: return tr("Scheduled");
    case DealStage::Published: return tr("Published");
    case DealStage::Invoiced: return tr("Invoiced");
    case DealStage::Paid: return tr("Paid");
    case DealStage::Closed: return tr("Closed");
    case DealStage::Lost: return tr("Lost");
    }
    return {};
}

} // namespace montaj
