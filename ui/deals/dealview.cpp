#include "ui/deals/dealview.h"

#include "ui/deals/dealwidgets.h"

#include "core/deals/compliancerules.h"
#include "core/deals/dealpipeline.h"
#include "core/deals/invoicemath.h"
#include "ui/deals/compliancepanel.h"
#include "ui/deals/contactspanel.h"
#include "ui/deals/dealchecks.h"
#include "ui/deals/deliverablespanel.h"
#include "ui/deals/filespanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace montaj {
namespace {

QString money(const std::optional<Money> &m)
{
    return m ? m->toDisplayString() : QStringLiteral("—");
}

QString minor(qint64 value, const QString &currency)
{
    auto m = Money::fromMinor(value, currency);
    return m ? m->toDisplayString() : QString();
}

QString when(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
}

QString row(const QString &name, const QString &value)
{
    return QString(QStringLiteral("<tr><td><b>") + name.toHtmlEscaped() + QStringLiteral("</b></td><td>")
                   + value.toHtmlEscaped() + QStringLiteral("</td></tr>"));
}

QString percent(int bp)
{
    return QLocale().toString(double(bp) / 100.0, 'f', bp % 100 == 0 ? 0 : 2) + QLocale().percent();
}

} // namespace

DealView::DealView(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_terms(new QTextBrowser)
    , m_editTerms(new QPushButton)
    , m_deliverables(new DeliverablesPanel)
    , m_compliance(new CompliancePanel)
    , m_invoices(new QTableWidget)
    , m_moneySummary(new QLabel)
    , m_newInvoice(new QPushButton)
    , m_issue(new QPushButton)
    , m_payment(new QPushButton)
    , m_pdf(new QPushButton)
    , m_accept(new QPushButton)
    , m_decline(new QPushButton)
    , m_contacts(new ContactsPanel)
    , m_files(new FilesPanel)
    , m_history(new QListWidget)
{
    m_tabs->setObjectName(QStringLiteral("dealTabs"));
    m_editTerms->setObjectName(QStringLiteral("editTerms"));
    m_history->setObjectName(QStringLiteral("dealHistory"));
    m_tabs->addTab(termsTab(), {});
    m_tabs->addTab(m_deliverables, {});
    m_tabs->addTab(m_compliance, {});
    m_tabs->addTab(moneyTab(), {});
    m_tabs->addTab(m_contacts, {});
    m_tabs->addTab(m_files, {});
    m_tabs->addTab(m_history, {});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_editTerms, &QPushButton::clicked, this, [this] { Q_EMIT editTermsRequested(m_dealId); });
    connect(m_deliverables, &DeliverablesPanel::currentChanged, this, [this](int r) { showCompliance(r); });
    connect(m_deliverables, &DeliverablesPanel::addRequested, this,
            [this] { Q_EMIT deliverableEditRequested(m_dealId, {}); });
    connect(m_deliverables, &DeliverablesPanel::editRequested, this,
            [this](const QString &id) { Q_EMIT deliverableEditRequested(m_dealId, id); });
    connect(m_deliverables, &DeliverablesPanel::removeRequested, this, &DealView::deliverableRemoveRequested);
    connect(m_contacts, &ContactsPanel::addRequested, this, [this] {
        if (const Deal *deal = m_snapshot.deal(m_dealId))
            Q_EMIT contactEditRequested(deal->brandId, {});
    });
    connect(m_contacts, &ContactsPanel::editRequested, this, [this](const QString &id) {
        if (const Deal *deal = m_snapshot.deal(m_dealId))
            Q_EMIT contactEditRequested(deal->brandId, id);
    });
    connect(m_contacts, &ContactsPanel::removeRequested, this, &DealView::contactRemoveRequested);
    connect(m_files, &FilesPanel::attachRequested, this,
            [this](bool contract) { Q_EMIT attachRequested(m_dealId, contract); });
    connect(m_files, &FilesPanel::removeRequested, this,
            [this](const QString &path) { Q_EMIT fileRemoveRequested(m_dealId, path); });
    connect(m_files, &FilesPanel::openFailed, this, &DealView::problem);
    connect(m_newInvoice, &QPushButton::clicked, this, [this] { Q_EMIT createInvoiceRequested(m_dealId); });
    connect(m_issue, &QPushButton::clicked, this, [this] { Q_EMIT issueRequested(selectedInvoice()); });
    connect(m_payment, &QPushButton::clicked, this, [this] { Q_EMIT paymentRequested(selectedInvoice()); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { Q_EMIT pdfRequested(selectedInvoice()); });
    connect(m_accept, &QPushButton::clicked, this, [this] { Q_EMIT acceptRequested(m_dealId); });
    connect(m_decline, &QPushButton::clicked, this, [this] { Q_EMIT declineRequested(m_dealId); });
    connect(m_invoices, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool any = !selectedInvoice().isEmpty();
        m_issue->setEnabled(any);
        m_payment->setEnabled(any);
        m_pdf->setEnabled(any);
    });
    retranslate();
    setEnabled(false);
}

QWidget *DealView::termsTab()
{
    auto *terms = new QWidget;
    auto *layout = new QVBoxLayout(terms);
    layout->addLayout(DealWidgets::buttonRow({m_editTerms, m_accept, m_decline}));
    layout->addWidget(m_terms, 1);
    return terms;
}

QWidget *DealView::moneyTab()
{
    m_invoices->setObjectName(QStringLiteral("invoices"));
    m_invoices->setColumnCount(6);
    m_invoices->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_invoices->setSelectionMode(QAbstractItemView::SingleSelection);
    m_invoices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_invoices->horizontalHeader()->setStretchLastSection(true);
    m_moneySummary->setWordWrap(true);
    auto *money = new QWidget;
    auto *layout = new QVBoxLayout(money);
    layout->addWidget(m_moneySummary);
    layout->addWidget(m_invoices, 1);
    layout->addLayout(DealWidgets::buttonRow({m_newInvoice, m_issue, m_payment, m_pdf}));
    return money;
}

void DealView::show(const DealsSnapshot &snapshot, const QString &dealId)
{
    m_snapshot = snapshot;
    m_dealId = dealId;
    const Deal *deal = m_snapshot.deal(dealId);
    setEnabled(deal != nullptr);
    if (!deal) {
        m_terms->clear();
        m_deliverables->show({});
        m_invoices->setRowCount(0);
        m_contacts->show({});
        m_files->show({});
        m_history->clear();
        return;
    }
    const bool invited = !deal->campaignId.isEmpty() && deal->stage == DealStage::Lead;
    m_accept->setVisible(invited);
    m_decline->setVisible(invited);
    fillTerms(*deal);
    m_deliverables->show(m_snapshot.deliverables.value(dealId));
    fillMoney();
    m_contacts->show(m_snapshot.contacts.value(deal->brandId));
    m_files->show(*deal);
    fillHistory();
}

void DealView::fillHistory()
{
    m_history->clear();
    for (const StageChange &c : m_snapshot.history.value(m_dealId)) {
        const QString from = c.from ? DealPipeline::displayName(*c.from) : tr("(new)");
        QString text = tr("%1 — %2: %3 → %4").arg(when(c.at), c.actor, from, DealPipeline::displayName(c.to));
        if (!c.note.isEmpty())
            text += QString(QStringLiteral(" — ") + c.note);
        m_history->addItem(text);
    }
}

void DealView::fillTerms(const Deal &d)
{
    const Brand brand = m_snapshot.brands.value(d.brandId);
    QStringList jurisdictions;
    for (const QString &code : d.jurisdictions)
        jurisdictions << ComplianceRules::jurisdictionName(code);
    QString html = QStringLiteral("<table cellpadding=\"3\">");
    html += row(tr("Brand"), brand.legalName.isEmpty() ? brand.name : brand.legalName);
    html += row(tr("Stage"), DealPipeline::displayName(d.stage));
    html += row(tr("Campaign"), d.title);
    html += row(tr("Brief"), d.brief);
    html += row(tr("Required hashtags"), d.requiredHashtags.join(QStringLiteral(", ")));
    html += row(tr("Fee"), money(d.fee));
    html += row(tr("Gifted value"), money(d.giftedValue));
    html += row(tr("Agency commission"), percent(d.agencyCommissionBp));
    html += row(tr("Payment terms"),
                tr("%1 upfront, net %n day(s)", nullptr, d.paymentNetDays).arg(percent(d.upfrontBp)));
    html += row(tr("Paid ad authorization"), tr("%n day(s)", nullptr, d.adAuthorizationDays));
    html += row(tr("Exclusivity"), d.exclusivityCategory.isEmpty()
                                       ? tr("None")
                                       : tr("%1, %2 to %3, then %n day(s)", nullptr, d.postTermDays)
                                             .arg(ComplianceRules::categoryName(d.exclusivityCategory),
                                                  when(d.exclusivityStart), when(d.exclusivityEnd)));
    html += row(tr("Audiences"), jurisdictions.join(QStringLiteral(", ")));
    html += row(tr("Disclosure"), DealChecks::disclosureName(d.disclosure));
    html += row(tr("Category"), ComplianceRules::categoryName(d.productCategory));
    html +=
        row(tr("Written contract"),
            d.contractReference.isEmpty()
                ? (d.contractSigned ? tr("Signed") : tr("Not signed"))
                : tr("%1 (%2)").arg(d.contractSigned ? tr("Signed") : tr("Not signed"), d.contractReference));
    if (d.invitationExpiresAt.isValid() && d.stage == DealStage::Lead)
        html += row(tr("Invitation expires"), when(d.invitationExpiresAt));
    m_terms->setHtml(html + QStringLiteral("</table>"));
}

void DealView::showCompliance(int deliverableRow)
{
    const Deal *deal = m_snapshot.deal(m_dealId);
    const QList<DealDeliverable> list = m_snapshot.deliverables.value(m_dealId);
    if (!deal || deliverableRow < 0 || deliverableRow >= list.size())
        return;
    ComplianceInput input;
    input.deal = *deal;
    input.deliverable = list.at(deliverableRow);
    for (const QString &postId : input.deliverable.postIds)
        if (m_snapshot.posts.contains(postId))
            input.post = m_snapshot.posts.value(postId);
    for (const Deal &other : m_snapshot.deals)
        if (other.brandId == deal->brandId)
            input.advertiserDeals << other;
    m_compliance->show(m_rules, input);
}

void DealView::fillMoney()
{
    QList<Invoice> mine;
    for (const Invoice &inv : m_snapshot.invoices)
        if (inv.dealId == m_dealId)
            mine << inv;
    m_invoices->setRowCount(int(mine.size()));
    qint64 due = 0;
    QString currency;
    for (int r = 0; r < mine.size(); ++r) {
        const Invoice &inv = mine.at(r);
        const auto t = InvoiceMath::totals(inv);
        const bool overdue = InvoiceMath::isOverdue(inv, QDate::currentDate());
        const QStringList cells{inv.displayNumber().isEmpty() ? tr("Draft") : inv.displayNumber(),
                                overdue ? tr("Overdue") : InvoiceMath::displayName(inv.status),
                                inv.dueDate.isValid() ? QLocale().toString(inv.dueDate, QLocale::ShortFormat)
                                                      : QString(),
                                t ? minor(t->grossMinor, inv.currency) : QString(),
                                t ? minor(t->paidMinor, inv.currency) : QString(),
                                t ? minor(t->balanceMinor, inv.currency) : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, inv.id);
            m_invoices->setItem(r, c, item);
        }
        if (t && inv.status != InvoiceStatus::Void && inv.status != InvoiceStatus::Draft) {
            due += t->balanceMinor;
            currency = inv.currency;
        }
    }
    const Deal *deal = m_snapshot.deal(m_dealId);
    m_moneySummary->setText(tr("Fee %1 · gifted %2 · still to be paid on invoices %3")
                                .arg(money(deal ? deal->fee : std::nullopt),
                                     money(deal ? deal->giftedValue : std::nullopt),
                                     currency.isEmpty() ? QStringLiteral("—") : minor(due, currency)));
    Q_EMIT m_invoices->itemSelectionChanged();
}

QString DealView::selectedInvoice() const
{
    const auto items = m_invoices->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Qt::UserRole).toString();
}

void DealView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        show(m_snapshot, m_dealId);
    }
    QWidget::changeEvent(event);
}

void DealView::retranslate()
{
    const QStringList names{tr("Terms"),    tr("Deliverables"), tr("Compliance"), tr("Money"),
                            tr("Contacts"), tr("Files"),        tr("History")};
    for (int i = 0; i < names.size(); ++i)
        m_tabs->setTabText(i, names.at(i));
    m_editTerms->setText(tr("Edit terms…"));
    m_invoices->setHorizontalHeaderLabels(
        {tr("Number"), tr("Status"), tr("Due"), tr("Total"), tr("Paid"), tr("Balance")});
    m_newInvoice->setText(tr("New invoice from the fee"));
    m_issue->setText(tr("Issue"));
    m_payment->setText(tr("Record payment…"));
    m_pdf->setText(tr("Save PDF…"));
    m_accept->setText(tr("Accept invitation"));
    m_decline->setText(tr("Decline…"));
}

} // namespace montaj
