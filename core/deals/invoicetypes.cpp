#include "core/deals/invoicetypes.h"

namespace montaj {

QString toString(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft: return QStringLiteral("draft");
    case InvoiceStatus::Issued: return QStringLiteral("issued");
    case InvoiceStatus::PartiallyPaid: return QStringLiteral("partially_paid");
    case InvoiceStatus::Paid: return QStringLiteral("paid");
    case InvoiceStatus::Void: return QStringLiteral("void");
    }
    return {};
}

std::optional<InvoiceStatus> invoiceStatusFromString(const QString &name)
{
    for (InvoiceStatus s : {InvoiceStatus::Draft, InvoiceStatus::Issued, InvoiceStatus::PartiallyPaid,
                            InvoiceStatus::Paid, InvoiceStatus::Void})
        if (toString(s) == name)
            return s;
    return std::nullopt;
}

QString Invoice::displayNumber() const
{
    if (number <= 0)
        return {};
    return QString(series + u'-' + QStringLiteral("%1").arg(number, 6, 10, QLatin1Char('0')));
}

} // namespace montaj
