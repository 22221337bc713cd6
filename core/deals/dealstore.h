#pragma once

#include "core/deals/dealtypes.h"
#include "core/deals/invoicetypes.h"
#include "core/foundation/result.h"
#include "core/publish/store/workspacelocation.h"

#include <QDateTime>
#include <QList>

#include <memory>
#include <optional>

namespace montaj {

// Brand deals in the workspace database (the same SQLite file or PostgreSQL database as the
// scheduled posts, so deliverables link to posts and a team shares both): brands and contacts,
// deals with every field of COMPLIANCE.md, the pipeline with its history, deliverables and the
// posts that deliver them, invoices numbered without gaps per series, and payments. The deals
// tables have their own versioned migrations (deals_schema_migrations). Every write is one
// transaction; deal edits use optimistic concurrency (Deal::version).
//
// One object = one connection, used from the thread that opened it. Blocking: the UI reaches it
// through DealService. Not the rules (ComplianceCheck, ExclusivityCheck, InvoiceMath).
class DealStore
{
public:
    ~DealStore();
    DealStore(const DealStore &) = delete;
    DealStore &operator=(const DealStore &) = delete;

    // Connects, applies the workspace's migrations and then the deals' own.
    static Result<std::unique_ptr<DealStore>> open(const WorkspaceLocation &location);
    int schemaVersion() const;
    static int latestSchemaVersion();
    quint64 writeCount() const;

    // --- brands and contacts
    Result<Brand> saveBrand(Brand brand); // insert (empty id) or update; name required
    Result<Brand> brand(const QString &id) const;
    Result<QList<Brand>> brands() const; // by name
    Result<std::optional<Brand>> brandByPlatformId(const QString &platformBrandId) const;
    Result<Contact> saveContact(Contact contact);
    Result<QList<Contact>> contacts(const QString &brandId) const;
    Result<void> removeContact(const QString &id);

    // --- deals and the pipeline
    // Inserts with a new id, version 1 and the first history row (from none to deal.stage).
    Result<Deal> createDeal(Deal deal, const QString &actor);
    // Saves every field but the stage ("deals.stage_via_move") when deal.version matches the stored
    // one ("deals.conflict" otherwise).
    Result<Deal> updateDeal(const Deal &deal, const QString &actor);
    // A pipeline move checked by DealPipeline ("deals.bad_transition"), recorded with who and when.
    Result<Deal> moveDeal(const QString &id, DealStage to, const QString &actor, const QString &note = {},
                          const QDateTime &atUtc = {});
    Result<Deal> deal(const QString &id) const;
    Result<QList<Deal>> deals(const DealFilter &filter = {}) const; // newest first
    Result<std::optional<Deal>> dealForCampaign(const QString &campaignId) const;
    Result<QList<StageChange>> history(const QString &dealId) const; // oldest first
    // Deletes a deal with its deliverables, history and draft invoices; "deals.has_invoices" when
    // an invoice was issued.
    Result<void> deleteDeal(const QString &id);

    // --- deliverables and their posts
    // Insert (empty id) or update; the post links are replaced by deliverable.postIds.
    Result<DealDeliverable> saveDeliverable(DealDeliverable deliverable);
    Result<DealDeliverable> deliverable(const QString &id) const;
    Result<QList<DealDeliverable>> deliverables(const QString &dealId) const;
    // Deliverables whose posting window meets [fromUtc, toUtc) (the publish calendar's overlay).
    Result<QList<DealDeliverable>> deliverablesInWindow(const QDateTime &fromUtc,
                                                        const QDateTime &toUtc) const;
    Result<void> removeDeliverable(const QString &id);
    Result<void> linkPost(const QString &deliverableId, const QString &postId);
    Result<void> unlinkPost(const QString &deliverableId, const QString &postId);
    // The deliverable a post delivers, if any.
    Result<std::optional<DealDeliverable>> deliverableForPost(const QString &postId) const;

    // --- invoices and payments
    // Insert (empty id) or update a draft ("deals.invoice_not_draft" for an issued one).
    Result<Invoice> saveInvoiceDraft(Invoice invoice);
    // Draft → Issued with the next number of its series, in one transaction (no gaps, no
    // duplicates, also with several studios on PostgreSQL). issueDate defaults to today (UTC);
    // a due date not set is issue date + the deal's payment net days.
    Result<Invoice> issueInvoice(const QString &id, const QDate &issueDate = {});
    // Adds a payment (positive, at most the balance: "deals.overpayment"); the status becomes
    // PartiallyPaid or Paid.
    Result<Invoice> recordPayment(const QString &invoiceId, InvoicePayment payment);
    Result<Invoice> voidInvoice(const QString &id);
    Result<void> deleteInvoiceDraft(const QString &id);
    Result<Invoice> invoice(const QString &id) const;
    Result<QList<Invoice>> invoices(const QString &dealId = {}) const; // all when empty; by creation

    // The creator's own details printed on invoices (workspace setting "deals.seller").
    Result<InvoiceParty> sellerProfile() const;
    Result<void> setSellerProfile(const InvoiceParty &seller);

    struct Private;

private:
    explicit DealStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace montaj
