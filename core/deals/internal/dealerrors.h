#pragma once

#include "core/foundation/error.h"

#include <QCoreApplication>

namespace montaj {

// The deals store's errors, with their stable codes and translated messages, in one place.
class DealErrors
{
    Q_DECLARE_TR_FUNCTIONS(DealErrors)

public:
    static Error schemaTooNew(const QString &where, int found, int supported);
    static Error notFound(const QString &what, const QString &id); // what: "deal", "brand", …
    static Error conflict(const QString &dealId);
    static Error stageViaMove(const QString &dealId);
    static Error missingField(const QString &field);
    static Error hasInvoices(const QString &dealId);
    static Error invoiceNotDraft(const QString &invoiceId);
    static Error invoiceNotPayable(const QString &invoiceId);
    static Error overpayment(const QString &invoiceId, const QString &balance);
    static Error badAmount(const QString &field);
    static Error emptyInvoice(const QString &invoiceId);
    static Error currencyMismatch(const QString &field, const QString &expected, const QString &found);
};

} // namespace montaj
