#pragma once

#include "core/deals/invoicetypes.h"
#include "core/foundation/result.h"

#include <QCoreApplication>

namespace montaj {

// An invoice's figures, exact to the minor unit: each line is quantity × unit price; VAT is
// computed once per rate on the sum of the lines at that rate and rounded half to even (the way
// French and UK invoices show a VAT breakdown), so the totals printed always add up. Paid and the
// balance follow the payments. Overflow and unknown currencies are errors, never wrapped values.
// Not storage and not formatting.
class InvoiceMath
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceMath)

public:
    struct VatGroup
    {
        int rateBp = 0;
        qint64 baseMinor = 0; // excl. VAT
        qint64 vatMinor = 0;
    };
    struct Totals
    {
        QList<qint64> lineNetMinor; // one per line
        QList<VatGroup> vat;        // by rate, ascending
        qint64 netMinor = 0;
        qint64 vatMinor = 0;
        qint64 grossMinor = 0;
        qint64 paidMinor = 0;
        qint64 balanceMinor = 0;
    };

    static Result<Totals> totals(const Invoice &invoice);
    // Issued or partly paid, with a due date before `today`.
    static bool isOverdue(const Invoice &invoice, const QDate &today);
    // The status after the payments: Paid when the balance is zero, PartiallyPaid when some was paid.
    static InvoiceStatus statusAfterPayments(const Invoice &invoice, const Totals &totals);
    static QString displayName(InvoiceStatus status); // translated
};

} // namespace montaj
