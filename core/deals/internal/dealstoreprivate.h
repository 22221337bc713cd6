#pragma once

#include "core/deals/dealstore.h"
#include "core/publish/store/internal/workspacedb.h"

#include <QSqlQuery>

namespace montaj {

// What DealStore's source files share: the connection and the row readers/writers.
struct DealStore::Private
{
    std::unique_ptr<WorkspaceDb> db;
    int schema = 0;

    static QString newId();
    static QDateTime nowUtc();

    // deals
    static QString dealColumns();
    static Deal readDeal(const QSqlQuery &q);
    Result<Deal> loadDeal(const QString &id, bool lock) const;
    Result<void> insertDeal(const Deal &deal);
    Result<void> writeDeal(const Deal &deal); // every column, by id
    Result<void> addHistory(const QString &dealId, const QDateTime &at, const QString &actor,
                            std::optional<DealStage> from, DealStage to, const QString &note);
    // deliverables
    static QString deliverableColumns();
    static DealDeliverable readDeliverable(const QSqlQuery &q);
    Result<void> fillPostIds(DealDeliverable &deliverable) const;
    Result<QList<DealDeliverable>> deliverablesWhere(const QString &where, const QVariantList &values) const;
    // invoices
    static QString invoiceColumns();
    static Invoice readInvoice(const QSqlQuery &q);
    Result<void> fillPayments(Invoice &invoice) const;
    // Rows first, then their payments: PostgreSQL's forward-only queries cannot be nested.
    Result<QList<Invoice>> invoicesWhere(const QString &where, const QVariantList &values, bool lock) const;
    Result<Invoice> loadInvoice(const QString &id, bool lock) const;
    Result<void> writeInvoice(const Invoice &invoice);
};

} // namespace montaj
