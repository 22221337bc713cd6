#include "core/deals/invoicemath.h"

#include "core/foundation/money.h"

#include <QMap>

namespace montaj {

Result<InvoiceMath::Totals> InvoiceMath::totals(const Invoice &invoice)
{
    auto zero = Money::fromMinor(0, invoice.currency);
    if (!zero)
        return zero.error();
    Totals t;
    Money net = *zero;
    QMap<int, Money> bases;
    for (const InvoiceLine &line : invoice.lines) {
        if (line.vatRateBp < 0 || line.vatRateBp > 10000)
            return Error(QStringLiteral("deals.bad_vat_rate"),
                         tr("A VAT rate must be between 0 % and 100 %."),
                         {{QStringLiteral("field"), QStringLiteral("vat_rate")}});
        auto unit = Money::fromMinor(line.unitPriceMinor, invoice.currency);
        if (!unit)
            return unit.error();
        auto amount = unit->times(line.quantity);
        if (!amount)
            return amount.error();
        t.lineNetMinor << amount->minorUnits();
        auto sum = net.plus(*amount);
        if (!sum)
            return sum.error();
        net = *sum;
        auto base = bases.value(line.vatRateBp, *zero).plus(*amount);
        if (!base)
            return base.error();
        bases.insert(line.vatRateBp, *base);
    }
    Money vat = *zero;
    for (auto it = bases.cbegin(); it != bases.cend(); ++it) {
        auto tax = it.value().scaled(it.key(), 10000);
        if (!tax)
            return tax.error();
        t.vat.append({it.key(), it.value().minorUnits(), tax->minorUnits()});
        auto sum = vat.plus(*tax);
        if (!sum)
            return sum.error();
        vat = *sum;
    }
    auto gross = net.plus(vat);
    if (!gross)
        return gross.error();
    Money paid = *zero;
    for (const InvoicePayment &p : invoice.payments) {
        auto amount = Money::fromMinor(p.amountMinor, invoice.currency);
        if (!amount)
            return amount.error();
        auto sum = paid.plus(*amount);
        if (!sum)
            return sum.error();
        paid = *sum;
    }
    auto balance = gross->minus(paid);
    if (!balance)
        return balance.error();
    t.netMinor = net.minorUnits();
    t.vatMinor = vat.minorUnits();
    t.grossMinor = gross->minorUnits();
    t.paidMinor = paid.minorUnits();
    t.balanceMinor = balance->minorUnits();
    return t;
}

bool InvoiceMath::isOverdue(const Invoice &invoice, const QDate &today)
{
    const bool open =
        invoice.status == InvoiceStatus::Issued || invoice.status == InvoiceStatus::PartiallyPaid;
    return open && invoice.dueDate.isValid() && invoice.dueDate < today;
}

InvoiceStatus InvoiceMath::statusAfterPayments(const Invoice &invoice, const Totals &totals)
{
    if (invoice.status == InvoiceStatus::Draft || invoice.status == InvoiceStatus::Void)
        return invoice.status;
    if (totals.balanceMinor <= 0)
        return InvoiceStatus::Paid;
    return totals.paidMinor > 0 ? InvoiceStatus::PartiallyPaid : InvoiceStatus::Issued;
}

QString InvoiceMath::displayName(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft: return tr("Draft");
    case InvoiceStatus::Issued: return tr("Issued");
    case InvoiceStatus::PartiallyPaid: return tr("Partly paid");
    case InvoiceStatus::Paid: return tr("Paid");
    case InvoiceStatus::Void: return tr("Void");
    }
    return {};
}

} // namespace montaj
