#include "core/deals/internal/dealerrors.h"

namespace montaj {

Error DealErrors::schemaTooNew(const QString &where, int found, int supported)
{
    return Error(QStringLiteral("deals.schema_too_new"),
                 tr("The deals in this workspace were saved by a newer Montaj (deals schema %1; this "
                    "version knows up to %2). Update Montaj to open them.")
                     .arg(found)
                     .arg(supported),
                 {{QStringLiteral("location"), where}});
}

Error DealErrors::notFound(const QString &what, const QString &id)
{
    return Error(QStringLiteral("deals.not_found"), tr("This item no longer exists in the workspace."),
                 {{QStringLiteral("kind"), what}, {QStringLiteral("id"), id}});
}

Error DealErrors::conflict(const QString &dealId)
{
    return Error(QStringLiteral("deals.conflict"),
                 tr("Someone else changed this deal in the meantime. Reload it and make your change again."),
                 {{QStringLiteral("deal"), dealId}});
}

Error DealErrors::stageViaMove(const QString &dealId)
{
    return Error(QStringLiteral("deals.stage_via_move"),
                 tr("Move the deal through its pipeline to change its stage."),
                 {{QStringLiteral("deal"), dealId}});
}

Error DealErrors::missingField(const QString &field)
{
    return Error(QStringLiteral("deals.missing_field"), tr("A required field is empty."),
                 {{QStringLiteral("field"), field}});
}

Error DealErrors::hasInvoices(const QString &dealId)
{
    return Error(QStringLiteral("deals.has_invoices"),
                 tr("This deal has issued invoices, so it cannot be deleted. Close it instead."),
                 {{QStringLiteral("deal"), dealId}});
}

Error DealErrors::invoiceNotDraft(const QString &invoiceId)
{
    return Error(QStringLiteral("deals.invoice_not_draft"),
                 tr("An issued invoice cannot be changed or deleted. Void it and issue a new one."),
                 {{QStringLiteral("invoice"), invoiceId}});
}

Error DealErrors::invoiceNotPayable(const QString &invoiceId)
{
    return Error(QStringLiteral("deals.invoice_not_payable"),
                 tr("Payments can only be recorded on an issued invoice that is not void."),
                 {{QStringLiteral("invoice"), invoiceId}});
}

Error DealErrors::overpayment(const QString &invoiceId, const QString &balance)
{
    return Error(QStringLiteral("deals.overpayment"),
                 tr("This payment is more than what is left to pay (%1).").arg(balance),
                 {{QStringLiteral("invoice"), invoiceId}});
}

Error DealErrors::badAmount(const QString &field)
{
    return Error(QStringLiteral("deals.bad_amount"), tr("The amount must be greater than zero."),
                 {{QStringLiteral("field"), field}});
}

Error DealErrors::emptyInvoice(const QString &invoiceId)
{
    return Error(QStringLiteral("deals.empty_invoice"),
                 tr("An invoice needs at least one line with a quantity and a price before it is issued."),
                 {{QStringLiteral("invoice"), invoiceId}});
}

Error DealErrors::currencyMismatch(const QString &field, const QString &expected, const QString &found)
{
    return Error(QStringLiteral("deals.currency_mismatch"),
                 tr("Amounts in %1 cannot be mixed with amounts in %2.").arg(found, expected),
                 {{QStringLiteral("field"), field}});
}

} // namespace montaj
