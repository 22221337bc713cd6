// CollaborationsPage: editing a deal from its view — terms, deliverables, contacts and files — each
// through its dialog and one DealService::run, reported in the page's status line.
#include "core/deals/dealservice.h"
#include "ui/deals/collaborationspage.h"
#include "ui/deals/contactdialog.h"
#include "ui/deals/dealeditor.h"
#include "ui/deals/dealview.h"
#include "ui/deals/deliverabledialog.h"
#include "ui/deals/pipelineboard.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace montaj {
namespace {
const QString kActor = QStringLiteral("user");
} // namespace

void CollaborationsPage::connectView()
{
    connect(m_view, &DealView::problem, this, [this](const QString &message) { say(message, true); });
    connect(m_view, &DealView::editTermsRequested, this, &CollaborationsPage::editTerms);
    connect(m_view, &DealView::deliverableEditRequested, this, &CollaborationsPage::editDeliverable);
    connect(m_view, &DealView::deliverableRemoveRequested, this, &CollaborationsPage::removeDeliverable);
    connect(m_view, &DealView::contactEditRequested, this, &CollaborationsPage::editContact);
    connect(m_view, &DealView::contactRemoveRequested, this, &CollaborationsPage::removeContact);
    connect(m_view, &DealView::attachRequested, this, &CollaborationsPage::askAttach);
    connect(m_view, &DealView::fileRemoveRequested, this, &CollaborationsPage::removeFile);
}

void CollaborationsPage::showDeal(const QString &dealId)
{
    m_board->select(dealId);
    m_view->show(m_snapshot, dealId);
}

void CollaborationsPage::saved(const Result<QString> &result)
{
    if (!result)
        say(result.error().message, true);
    else
        say(*result);
}

void CollaborationsPage::editTerms(const QString &dealId)
{
    const Deal *deal = m_snapshot.deal(dealId);
    if (!deal)
        return;
    DealEditor editor(this);
    editor.setDeal(*deal, m_snapshot.brands.value(deal->brandId).name);
    if (editor.exec() != QDialog::Accepted)
        return;
    if (auto fee = editor.fee(); !fee)
        return say(fee.error().message, true);
    saveTerms(editor.deal());
}

void CollaborationsPage::saveTerms(const Deal &deal)
{
    m_deals->run<QString>(
        this,
        [deal](DealStore &store) -> Result<QString> {
            auto updated = store.updateDeal(deal, kActor);
            if (!updated)
                return updated.error();
            return tr("Terms saved.");
        },
        [this](Result<QString> done) { saved(done); });
}

void CollaborationsPage::editDeliverable(const QString &dealId, const QString &deliverableId)
{
    DealDeliverable v;
    v.dealId = dealId;
    if (const DealDeliverable *found = m_snapshot.deliverable(deliverableId))
        v = *found;
    else
        v.sortOrder = int(m_snapshot.deliverables.value(dealId).size());
    DeliverableDialog dialog(this);
    dialog.setDeliverable(v);
    if (dialog.exec() == QDialog::Accepted)
        saveDeliverable(dialog.deliverable());
}

void CollaborationsPage::saveDeliverable(const DealDeliverable &deliverable)
{
    m_deals->run<QString>(
        this,
        [deliverable](DealStore &store) -> Result<QString> {
            auto stored = store.saveDeliverable(deliverable);
            if (!stored)
                return stored.error();
            return tr("Deliverable saved.");
        },
        [this](Result<QString> done) { saved(done); });
}

void CollaborationsPage::removeDeliverable(const QString &deliverableId)
{
    m_deals->run<QString>(
        this,
        [deliverableId](DealStore &store) -> Result<QString> {
            if (auto removed = store.removeDeliverable(deliverableId); !removed)
                return removed.error();
            return tr("Deliverable removed.");
        },
        [this](Result<QString> done) { saved(done); });
}

void CollaborationsPage::editContact(const QString &brandId, const QString &contactId)
{
    Contact c;
    c.brandId = brandId;
    for (const Contact &known : m_snapshot.contacts.value(brandId))
        if (known.id == contactId)
            c = known;
    ContactDialog dialog(this);
    dialog.setContact(c);
    if (dialog.exec() == QDialog::Accepted)
        saveContact(dialog.contact());
}

void CollaborationsPage::saveContact(const Contact &contact)
{
    m_deals->run<QString>(
        this,
        [contact](DealStore &store) -> Result<QString> {
            auto stored = store.saveContact(contact);
            if (!stored)
                return stored.error();
            return tr("Contact saved.");
        },
        [this](Result<QString> done) { saved(done); });
}

void CollaborationsPage::removeContact(const QString &contactId)
{
    m_deals->run<QString>(
        this,
        [contactId](DealStore &store) -> Result<QString> {
            if (auto removed = store.removeContact(contactId); !removed)
                return removed.error();
            return tr("Contact removed.");
        },
        [this](Result<QString> done) { saved(done); });
}

void CollaborationsPage::askAttach(const QString &dealId, bool contract)
{
    const QString path = QFileDialog::getOpenFileName(
        this, contract ? tr("Attach the contract") : tr("Attach a file"), QDir::homePath(),
        contract ? tr("Documents (*.pdf *.doc *.docx *.odt);;All files (*)") : tr("All files (*)"));
    if (!path.isEmpty())
        attachFile(dealId, path, contract);
}

void CollaborationsPage::attachFile(const QString &dealId, const QString &path, bool contract)
{
    // The path is stored, not the file: it opens from where it is.
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_deals->run<QString>(
        this,
        [dealId, absolute, contract](DealStore &store) -> Result<QString> {
            auto deal = store.deal(dealId);
            if (!deal)
                return deal.error();
            Deal changed = *deal;
            if (contract)
                changed.contractPath = absolute;
            else if (!changed.files.contains(absolute))
                changed.files << absolute;
            auto updated = store.updateDeal(changed, kActor);
            if (!updated)
                return updated.error();
            return contract ? tr("Contract attached.") : tr("File attached.");
        },
        [this](Result<QString> done) { saved(done); });
}

void CollaborationsPage::removeFile(const QString &dealId, const QString &path)
{
    m_deals->run<QString>(
        this,
        [dealId, path](DealStore &store) -> Result<QString> {
            auto deal = store.deal(dealId);
            if (!deal)
                return deal.error();
            Deal changed = *deal;
            if (changed.contractPath == path)
                changed.contractPath.clear();
            changed.files.removeAll(path);
            auto updated = store.updateDeal(changed, kActor);
            if (!updated)
                return updated.error();
            return tr("File removed from the deal (the file itself stays where it is).");
        },
        [this](Result<QString> done) { saved(done); });
}

} // namespace montaj
