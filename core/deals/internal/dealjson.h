#pragma once

#include "core/deals/dealtypes.h"
#include "core/deals/invoicetypes.h"

#include <QJsonObject>

namespace montaj {

// The JSON documents the deals tables keep next to their query columns: a deal's descriptive
// fields, a deliverable's, an invoice's lines and parties. Money is {"minor": 150000, "currency":
// "EUR"} (exact integers), times are ms since the epoch. Unknown keys are ignored and missing ones
// take the defaults, so older rows read in newer versions. Not the columns (DealStore).
class DealJson
{
public:
    static QJsonObject dealData(const Deal &deal);
    static void readDealData(const QJsonObject &json, Deal &deal);
    static QJsonObject deliverableData(const DealDeliverable &deliverable);
    static void readDeliverableData(const QJsonObject &json, DealDeliverable &deliverable);
    static QJsonObject invoiceData(const Invoice &invoice);
    static void readInvoiceData(const QJsonObject &json, Invoice &invoice);
    static QJsonObject party(const InvoiceParty &party);
    static InvoiceParty readParty(const QJsonObject &json);

    static QJsonValue money(const std::optional<Money> &money);
    static std::optional<Money> readMoney(const QJsonValue &json);
};

} // namespace montaj
