#include "ui/deals/dealview.h"

#include "core/deals/compliancerules.h"
#include "core/deals/dealpipeline.h"
#include "core/deals/invoicemath.h"
#include "ui/deals/compliancepanel.h"

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
    , m_deliverables(new QTableWidget)
    , m_compliance(new CompliancePanel)
    , m_invoices(new QTableWidget)
    , m_moneySummary(new QLabel)
    , m_newInvoice(new QPushButton)
    , m_issue(new QPushButton)
    , m_payment(new QPushButton)
    , m_pdf(new QPushButton)
    , m_accept(new QPushButton)
    , m_decline(new QPushButton)
    , m_files(new QListWidget)
    , m_history(new QListWidget)
{
    auto *terms = new QWidget;
    auto *termsLayout = new QVBoxLayout(terms);
    auto *answer = new QHBoxLayout;
    answer->addWidget(m_accept);
    answer->addWidget(m_decline);
    answer->addStretch(1);
    termsLayout->addLayout(answer);
    termsLayout->addWidget(m_terms, 1);
    m_deliverables->setColumnCount(5);
    m_deliverables->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deliverables->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deliverables->horizontalHeader()->setStretchLastSection(true);
    m_invoices->setObjectName(QStringLiteral("invoices"));
    m_invoices->setColumnCount(6);
    m_invoices->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_invoices->setSelectionMode(QAbstractItemView::SingleSelection);
    m_invoices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_invoices->horizontalHeader()->setStretchLastSection(true);
    auto *moneyTab = new QWidget;
    auto *moneyLayout = new QVBoxLayout(moneyTab);
    moneyLayout->addWidget(m_moneySummary);
    moneyLayout->addWidget(m_invoices, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_newInvoice, m_issue, m_payment, m_pdf})
        buttons->addWidget(b);
    buttons->addStretch(1);
    moneyLayout->addLayout(buttons);
    m_tabs->addTab(terms, {});
    m_tabs->addTab(m_deliverables, {});
    m_tabs->addTab(m_compliance, {});
    m_tabs->addTab(moneyTab, {});
    m_tabs->addTab(m_files, {});
    m_tabs->addTab(m_history, {});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_deliverables, &QTableWidget::currentCellChanged, this, [this](int r) { showCompliance(r); });
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

void DealView::show(const DealsSnapshot &snapshot, const QString &dealId)
{
    m_snapshot = snapshot;
    m_dealId = dealId;
    const Deal *deal = m_snapshot.deal(dealId);
    setEnabled(deal != nullptr);
    if (!deal) {
        m_terms->clear();
        m_deliverables->setRowCount(0);
        m_invoices->setRowCount(0);
        m_files->clear();
        m_history->clear();
        return;
    }
    const bool invited = !deal->campaignId.isEmpty() && deal->stage == DealStage::Lead;
    m_accept->setVisible(invited);
    m_decline->setVisible(invited);
    fillTerms(*deal);
    fillDeliverables();
    fillMoney();
    m_files->clear();
    if (!deal->contractPath.isEmpty())
        m_files->addItem(tr("Contract: %1").arg(deal->contractPath));
    m_files->addItems(deal->files);
    m_history->clear();
    for (const StageChange &c : m_snapshot.history.value(dealId)) {
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
    html += row(tr("Category"), ComplianceRules::categoryName(d.productCategory));
    html += row(tr("Written contract"), d.contractSigned ? tr("Signed") : tr("Not signed"));
    if (d.invitationExpiresAt.isValid() && d.stage == DealStage::Lead)
        html += row(tr("Invitation expires"), when(d.invitationExpiresAt));
    m_terms->setHtml(html + QStringLiteral("</table>"));
}

void DealView::fillDeliverables()
{
    const QList<DealDeliverable> list = m_snapshot.deliverables.value(m_dealId);
    m_deliverables->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const DealDeliverable &v = list.at(r);
        const QStringList cells{QString(QString::number(v.quantity) + QStringLiteral(" × ") + v.format),
                                when(v.draftDue),
                                QString(when(v.postingStart) + QStringLiteral(" – ") + when(v.postingEnd)),
                                QString::number(v.postIds.size()), v.reviewStatus};
        for (int c = 0; c < cells.size(); ++c)
            m_deliverables->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    showCompliance(list.isEmpty() ? -1 : 0);
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
    const QStringList names{tr("Terms"), tr("Deliverables"), tr("Compliance"),
                            tr("Money"), tr("Files"),        tr("History")};
    for (int i = 0; i < names.size(); ++i)
        m_tabs->setTabText(i, names.at(i));
    m_deliverables->setHorizontalHeaderLabels(
        {tr("Deliverable"), tr("Draft due"), tr("Posting window"), tr("Posts"), tr("Review")});
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
