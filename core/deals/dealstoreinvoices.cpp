// DealStore: invoices numbered without gaps per series, and their payments.
#include "core/deals/dealstore.h"
#include "core/deals/internal/dealerrors.h"
#include "core/deals/internal/dealjson.h"
#include "core/deals/internal/dealstoreprivate.h"
#include "core/deals/invoicemath.h"

#include <QJsonDocument>

namespace montaj {
namespace {

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

} // namespace

QString DealStore::Private::invoiceColumns()
{
    return QStringLiteral("id, deal_id, series, number, status, currency, issue_date, due_date, data, "
                          "created_at_ms, updated_at_ms");
}

Invoice DealStore::Private::readInvoice(const QSqlQuery &q)
{
    Invoice inv;
    DealJson::readInvoiceData(QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object(), inv);
    inv.id = q.value(0).toString();
    inv.dealId = q.value(1).toString();
    inv.series = q.value(2).toString();
    inv.number = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
    inv.status = invoiceStatusFromString(q.value(4).toString()).value_or(InvoiceStatus::Draft);
    inv.currency = q.value(5).toString();
    inv.issueDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    inv.dueDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    inv.createdAt = WorkspaceDb::toUtc(q.value(9));
    inv.updatedAt = WorkspaceDb::toUtc(q.value(10));
    return inv;
}

Result<void> DealStore::Private::fillPayments(Invoice &inv) const
{
    auto pays = db->query(QStringLiteral("SELECT id, received_on, amount_minor, method, note, recorded_at_ms"
                                         " FROM invoice_payments WHERE invoice_id = ? ORDER BY id"),
                          {inv.id});
    if (!pays)
        return pays.error();
    while (pays.value().next()) {
        InvoicePayment p;
        p.id = pays->value(0).toLongLong();
        p.invoiceId = inv.id;
        p.receivedOn = QDate::fromString(pays->value(1).toString(), Qt::ISODate);
        p.amountMinor = pays->value(2).toLongLong();
        p.method = pays->value(3).toString();
        p.note = pays->value(4).toString();
        p.recordedAt = WorkspaceDb::toUtc(pays->value(5));
        inv.payments.append(p);
    }
    return {};
}

Result<QList<Invoice>> DealStore::Private::invoicesWhere(const QString &where, const QVariantList &values,
                                                         bool lock) const
{
    auto q =
        db->query(QString(QStringLiteral("SELECT ") + invoiceColumns() + QStringLiteral(" FROM invoices ")
                          + where + (lock ? db->dialect().lockRows() : QString())),
                  values);
    if (!q)
        return q.error();
    QList<Invoice> out;
    while (q.value().next())
        out.append(readInvoice(*q));
    q.value().finish();
    for (Invoice &inv : out)
        if (auto filled = fillPayments(inv); !filled)
            return filled.error();
    return out;
}

Result<Invoice> DealStore::Private::loadInvoice(const QString &id, bool lock) const
{
    auto found = invoicesWhere(QStringLiteral("WHERE id = ?"), {id}, lock);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return DealErrors::notFound(QStringLiteral("invoice"), id);
    return found->first();
}

Result<void> DealStore::Private::writeInvoice(const Invoice &inv)
{
    auto q = db->query(
        QStringLiteral("UPDATE invoices SET deal_id = ?, series = ?, number = ?, status = ?, currency = ?,"
                       " issue_date = ?, due_date = ?, data = ?, updated_at_ms = ? WHERE id = ?"),
        {inv.dealId, inv.series, inv.number > 0 ? QVariant(qlonglong(inv.number)) : WorkspaceDb::nullMillis(),
         toString(inv.status), inv.currency, isoDate(inv.issueDate), isoDate(inv.dueDate),
         QString::fromUtf8(QJsonDocument(DealJson::invoiceData(inv)).toJson(QJsonDocument::Compact)),
         WorkspaceDb::millis(inv.updatedAt), inv.id});
    if (!q)
        return q.error();
    return {};
}

Result<Invoice> DealStore::saveInvoiceDraft(Invoice inv)
{
    if (inv.dealId.isEmpty())
        return DealErrors::missingField(QStringLiteral("deal"));
    if (inv.series.trimmed().isEmpty())
        return DealErrors::missingField(QStringLiteral("series"));
    if (auto checked = InvoiceMath::totals(inv); !checked)
        return checked.error();
    WorkspaceTransaction tx(*d->db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    const QDateTime now = Private::nowUtc();
    if (inv.id.isEmpty()) {
        inv.id = Private::newId();
        inv.createdAt = now;
        auto q =
            d->db->query(QStringLiteral("INSERT INTO invoices (id, deal_id, series, status, currency,"
                                        " created_at_ms, updated_at_ms) VALUES (?, ?, ?, 'draft', ?, ?, ?)"),
                         {inv.id, inv.dealId, inv.series, inv.currency, WorkspaceDb::millis(now),
                          WorkspaceDb::millis(now)});
        if (!q)
            return q.error();
    } else {
        auto stored = d->loadInvoice(inv.id, true);
        if (!stored)
            return stored.error();
        if (stored->status != InvoiceStatus::Draft)
            return DealErrors::invoiceNotDraft(inv.id);
    }
    inv.number = 0;
    inv.status = InvoiceStatus::Draft;
    inv.payments.clear();
    inv.updatedAt = now;
    if (auto done = d->writeInvoice(inv); !done)
        return done.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return invoice(inv.id);
}

Result<Invoice> DealStore::issueInvoice(const QString &id, const QDate &issueDate)
{
    WorkspaceDb &db = *d->db;
    WorkspaceTransaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto stored = d->loadInvoice(id, true);
    if (!stored)
        return stored.error();
    Invoice inv = *stored;
    if (inv.status != InvoiceStatus::Draft)
        return DealErrors::invoiceNotDraft(id);
    auto totals = InvoiceMath::totals(inv);
    if (!totals)
        return totals.error();
    if (inv.lines.isEmpty() || totals->grossMinor <= 0)
        return DealErrors::emptyInvoice(id);
    // The series row is created once, then locked: concurrent issuers queue on it.
    if (auto q = db.query(QStringLiteral("INSERT INTO invoice_series (series, last_number) VALUES (?, 0)"
                                         " ON CONFLICT (series) DO NOTHING"),
                          {inv.series});
        !q)
        return q.error();
    auto last = db.query(QString(QStringLiteral("SELECT last_number FROM invoice_series WHERE series = ?")
                                 + db.dialect().lockRows()),
                         {inv.series});
    if (!last)
        return last.error();
    const qint64 number = (last.value().next() ? last->value(0).toLongLong() : 0) + 1;
    last.value().finish();
    if (auto q = db.query(QStringLiteral("UPDATE invoice_series SET last_number = ? WHERE series = ?"),
                          {qlonglong(number), inv.series});
        !q)
        return q.error();
    inv.number = number;
    inv.status = InvoiceStatus::Issued;
    inv.issueDate = issueDate.isValid() ? issueDate : QDate::currentDate();
    if (!inv.dueDate.isValid()) {
        auto deal = d->loadDeal(inv.dealId, false);
        inv.dueDate = inv.issueDate.addDays(deal ? deal->paymentNetDays : 30);
    }
    inv.updatedAt = Private::nowUtc();
    if (auto done = d->writeInvoice(inv); !done)
        return done.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return inv;
}

Result<Invoice> DealStore::recordPayment(const QString &invoiceId, InvoicePayment payment)
{
    WorkspaceTransaction tx(*d->db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto stored = d->loadInvoice(invoiceId, true);
    if (!stored)
        return stored.error();
    Invoice inv = *stored;
    if (inv.status != InvoiceStatus::Issued && inv.status != InvoiceStatus::PartiallyPaid)
        return DealErrors::invoiceNotPayable(invoiceId);
    if (payment.amountMinor <= 0)
        return DealErrors::badAmount(QStringLiteral("amount"));
    auto before = InvoiceMath::totals(inv);
    if (!before)
        return before.error();
    if (payment.amountMinor > before->balanceMinor) {
        auto balance = Money::fromMinor(before->balanceMinor, inv.currency);
        return DealErrors::overpayment(invoiceId, balance ? balance->toDisplayString() : QString());
    }
    payment.invoiceId = invoiceId;
    payment.recordedAt = Private::nowUtc();
    if (!payment.receivedOn.isValid())
        payment.receivedOn = payment.recordedAt.date();
    auto q =
        d->db->query(QStringLiteral("INSERT INTO invoice_payments (invoice_id, received_on, amount_minor,"
                                    " method, note, recorded_at_ms) VALUES (?, ?, ?, ?, ?, ?)"),
                     {invoiceId, isoDate(payment.receivedOn), qlonglong(payment.amountMinor),
                      WorkspaceDb::text(payment.method), WorkspaceDb::text(payment.note),
                      WorkspaceDb::millis(payment.recordedAt)});
    if (!q)
        return q.error();
    inv.payments.append(payment);
    auto after = InvoiceMath::totals(inv);
    if (!after)
        return after.error();
    inv.status = InvoiceMath::statusAfterPayments(inv, *after);
    inv.updatedAt = payment.recordedAt;
    if (auto done = d->writeInvoice(inv); !done)
        return done.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return invoice(invoiceId);
}

Result<Invoice> DealStore::voidInvoice(const QString &id)
{
    WorkspaceTransaction tx(*d->db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto stored = d->loadInvoice(id, true);
    if (!stored)
        return stored.error();
    Invoice inv = *stored;
    if (inv.status == InvoiceStatus::Draft)
        return DealErrors::invoiceNotPayable(id); // a draft is deleted, not voided
    inv.status = InvoiceStatus::Void;
    inv.updatedAt = Private::nowUtc();
    if (auto done = d->writeInvoice(inv); !done)
        return done.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return inv;
}

Result<void> DealStore::deleteInvoiceDraft(const QString &id)
{
    WorkspaceTransaction tx(*d->db);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto stored = d->loadInvoice(id, true);
    if (!stored)
        return stored.error();
    if (stored->status != InvoiceStatus::Draft)
        return DealErrors::invoiceNotDraft(id);
    if (auto q = d->db->query(QStringLiteral("DELETE FROM invoices WHERE id = ?"), {id}); !q)
        return q.error();
    return tx.commit();
}

Result<Invoice> DealStore::invoice(const QString &id) const
{
    return d->loadInvoice(id, false);
}

Result<QList<Invoice>> DealStore::invoices(const QString &dealId) const
{
    if (dealId.isEmpty())
        return d->invoicesWhere(QStringLiteral("ORDER BY created_at_ms, id"), {}, false);
    return d->invoicesWhere(QStringLiteral("WHERE deal_id = ? ORDER BY created_at_ms, id"), {dealId}, false);
}

} // namespace montaj
