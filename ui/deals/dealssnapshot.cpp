#include "ui/deals/dealssnapshot.h"

#include "core/deals/dealstore.h"

namespace montaj {

Result<DealsSnapshot> DealsSnapshot::read(DealStore &store)
{
    DealsSnapshot s;
    auto deals = store.deals();
    if (!deals)
        return deals.error();
    auto brands = store.brands();
    if (!brands)
        return brands.error();
    auto invoices = store.invoices();
    if (!invoices)
        return invoices.error();
    s.deals = *deals;
    s.invoices = *invoices;
    for (const Brand &b : *brands) {
        s.brands.insert(b.id, b);
        s.contacts.insert(b.id, store.contacts(b.id).valueOr(QList<Contact>()));
    }
    for (const Deal &d : std::as_const(s.deals)) {
        s.deliverables.insert(d.id, store.deliverables(d.id).valueOr(QList<DealDeliverable>()));
        s.history.insert(d.id, store.history(d.id).valueOr(QList<StageChange>()));
    }
    return s;
}

} // namespace montaj
