#include "ui/deals/collaborationspage.h"

#include "core/deals/campaignsync.h"
#include "core/deals/dealcsvexport.h"
#include "core/deals/dealpipeline.h"
#include "core/deals/dealreminders.h"
#include "core/deals/dealservice.h"
#include "core/deals/exclusivitycheck.h"
#include "core/deals/invoicemath.h"
#include "core/deals/invoicepdf.h"
#include "core/platform/tiktokcampaignsapi.h"
#include "core/publish/store/workspaceservice.h"
#include "ui/deals/dealeditor.h"
#include "ui/deals/dealview.h"
#include "ui/deals/pipelineboard.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace montaj {
namespace {
const QString kActor = QStringLiteral("user");

struct InvoiceChange
{
    Invoice invoice;
    QString followed; // the deal's move, in words
};

QString invoiceLanguage(const Brand &brand)
{
    static const QStringList arabic{QStringLiteral("AE"), QStringLiteral("SA"), QStringLiteral("EG"),
                                    QStringLiteral("MA"), QStringLiteral("QA"), QStringLiteral("KW")};
    if (brand.country == QLatin1String("FR"))
        return QStringLiteral("fr");
    return arabic.contains(brand.country) ? QStringLiteral("ar") : QStringLiteral("en");
}
} // namespace

CollaborationsPage::CollaborationsPage(WorkspaceService &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_deals(std::make_unique<DealService>())
    , m_board(new PipelineBoard)
    , m_view(new DealView)
    , m_status(new QLabel)
    , m_reminders(new QListWidget)
    , m_new(new QPushButton)
    , m_syncButton(new QPushButton)
    , m_export(new QPushButton)
{
    setObjectName(QStringLiteral("collaborationsPage"));
    if (auto rules = ComplianceRules::builtIn())
        m_rules = *rules;
    m_view->setRules(m_rules ? &*m_rules : nullptr);
    m_status->setObjectName(QStringLiteral("dealsStatus"));
    m_status->setWordWrap(true);
    m_reminders->setObjectName(QStringLiteral("dealReminders"));
    m_reminders->setMaximumHeight(110);
    auto *toolbar = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_syncButton, m_export})
        toolbar->addWidget(b);
    toolbar->addWidget(m_status, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_board);
    split->addWidget(m_view);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_reminders);
    layout->addWidget(split, 1);

    connect(m_board, &PipelineBoard::dealSelected, this,
            [this](const QString &id) { m_view->show(m_snapshot, id); });
    connect(m_board, &PipelineBoard::moveRequested, this, &CollaborationsPage::moveDeal);
    connect(m_board, &PipelineBoard::moveRefused, this, [this](const QString &why) { say(why, true); });
    connectView();
    connect(m_view, &DealView::createInvoiceRequested, this, &CollaborationsPage::createInvoiceFromFee);
    connect(m_view, &DealView::issueRequested, this, &CollaborationsPage::issueInvoice);
    connect(m_view, &DealView::paymentRequested, this, &CollaborationsPage::askPayment);
    connect(m_view, &DealView::pdfRequested, this, &CollaborationsPage::askPdf);
    connect(m_view, &DealView::acceptRequested, this, [this](const QString &id) {
        if (m_sync)
            m_sync->accept(id);
    });
    connect(m_view, &DealView::declineRequested, this, [this](const QString &id) {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Decline invitation"), tr("Reason (optional)"),
                                                     QLineEdit::Normal, {}, &ok);
        if (ok && m_sync)
            m_sync->decline(id, reason);
    });
    connect(m_new, &QPushButton::clicked, this, [this] {
        DealEditor editor(this);
        if (editor.exec() != QDialog::Accepted)
            return;
        if (auto fee = editor.fee(); !fee)
            return say(fee.error().message, true);
        createDeal(editor.brandName(), editor.deal());
    });
    connect(m_syncButton, &QPushButton::clicked, this, &CollaborationsPage::syncInvitations);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export deals"), QStringLiteral("deals.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(m_deals.get(), &DealService::opened, this, &CollaborationsPage::reload);
    connect(m_deals.get(), &DealService::changed, this, &CollaborationsPage::reload);
    connect(m_deals.get(), &DealService::openFailed, this, [this](const Error &e) { say(e.message, true); });
    m_deals->follow(m_workspace);
    setPlatform(nullptr);
    retranslate();
}

CollaborationsPage::~CollaborationsPage() = default;

void CollaborationsPage::setPlatform(TikTokApi *api)
{
    m_sync.reset();
    m_campaigns.reset();
    if (api) {
        m_campaigns = std::make_unique<TikTokCampaignsApi>(api);
        m_sync = std::make_unique<CampaignSync>(m_campaigns.get(), m_deals.get());
        connect(m_sync.get(), &CampaignSync::finished, this,
                [this](const QString &action, const QString &, int n) {
                    if (action == QLatin1String("sync"))
                        say(tr("Invitations synced: %n deal(s) new or updated.", nullptr, n));
                });
        connect(m_sync.get(), &CampaignSync::failed, this,
                [this](const QString &, const QString &, const Error &e) { say(e.message, true); });
    }
    m_syncButton->setEnabled(m_sync != nullptr);
}

void CollaborationsPage::reload()
{
    if (!m_deals->isOpen())
        return; // still opening: opened() reloads
    m_deals->run<DealsSnapshot>(
        this, [](DealStore &store) { return DealsSnapshot::read(store); },
        [this](Result<DealsSnapshot> loaded) {
            if (!loaded)
                return say(loaded.error().message, true);
            DealsSnapshot snapshot = std::move(loaded).value();
            // The linked posts come from the workspace (their state, caption and toggles).
            m_workspace.run<QList<Post>>(
                this, [](WorkspaceStore &ws) { return ws.posts(); },
                [this, snapshot](Result<QList<Post>> posts) mutable {
                    for (const Post &p : posts.valueOr(QList<Post>()))
                        if (!p.dealId.isEmpty()
                            || std::any_of(snapshot.deliverables.cbegin(), snapshot.deliverables.cend(),
                                           [&p](const QList<DealDeliverable> &list) {
                                               return std::any_of(list.cbegin(), list.cend(),
                                                                  [&p](const DealDeliverable &v) {
                                                                      return v.postIds.contains(p.id);
                                                                  });
                                           }))
                            snapshot.posts.insert(p.id, p);
                    showSnapshot(std::move(snapshot));
                });
        });
}

void CollaborationsPage::showSnapshot(DealsSnapshot snapshot)
{
    m_snapshot = std::move(snapshot);
    m_board->show(m_snapshot);
    m_view->show(m_snapshot, m_board->selected());
    DealReminders::Input in;
    in.deals = m_snapshot.deals;
    in.deliverables = m_snapshot.deliverables;
    in.invoices = m_snapshot.invoices;
    for (auto it = m_snapshot.posts.cbegin(); it != m_snapshot.posts.cend(); ++it)
        in.postStates.insert(it.key(), it.value().state);
    for (auto it = m_snapshot.brands.cbegin(); it != m_snapshot.brands.cend(); ++it)
        in.brandNames.insert(it.key(), it.value().name);
    m_reminders->clear();
    for (const DealReminder &r : DealReminders::compute(in, QDateTime::currentDateTimeUtc()))
        m_reminders->addItem(r.message);
    m_reminders->setVisible(m_reminders->count() > 0);
    Q_EMIT reloaded();
}

void CollaborationsPage::createDeal(const QString &brandName, Deal deal)
{
    m_deals->run<QStringList>(
        this,
        [brandName, deal](DealStore &store) mutable -> Result<QStringList> {
            auto brands = store.brands();
            if (!brands)
                return brands.error();
            Brand brand;
            for (const Brand &b : *brands)
                if (b.name.compare(brandName, Qt::CaseInsensitive) == 0)
                    brand = b;
            if (brand.id.isEmpty()) {
                brand.name = brandName;
                brand.category = deal.productCategory;
                auto saved = store.saveBrand(brand);
                if (!saved)
                    return saved.error();
                brand = *saved;
            }
            deal.brandId = brand.id;
            auto created = store.createDeal(deal, kActor);
            if (!created)
                return created.error();
            // Exclusivity is checked as the deal is created: conflicts are reported, not refused.
            QList<ExclusivityInput> others;
            for (const Deal &d : store.deals().valueOr(QList<Deal>()))
                others.append({d, store.brand(d.brandId).valueOr(Brand{}),
                               store.deliverables(d.id).valueOr(QList<DealDeliverable>())});
            QStringList messages;
            for (const ExclusivityConflict &c : ExclusivityCheck::forDeal({*created, brand, {}}, others))
                messages << c.message;
            return messages;
        },
        [this](Result<QStringList> conflicts) {
            if (!conflicts)
                return say(conflicts.error().message, true);
            if (conflicts->isEmpty())
                say(tr("Deal created."));
            else
                say(tr("Deal created, but it clashes with an exclusivity: %1").arg(conflicts->join(u' ')),
                    true);
        });
}

void CollaborationsPage::moveDeal(const QString &dealId, DealStage to)
{
    m_deals->run<Deal>(
        this, [dealId, to](DealStore &store) { return store.moveDeal(dealId, to, kActor); },
        [this](Result<Deal> moved) {
            if (!moved)
                return say(moved.error().message, true);
            say(tr("Moved to “%1”.").arg(DealPipeline::displayName(moved->stage)));
        });
}

void CollaborationsPage::createInvoiceFromFee(const QString &dealId)
{
    m_deals->run<Invoice>(
        this,
        [dealId](DealStore &store) -> Result<Invoice> {
            auto deal = store.deal(dealId);
            if (!deal)
                return deal.error();
            if (!deal->fee)
                return Error(QStringLiteral("deals.no_fee"), tr("This deal has no fee to invoice yet."));
            const Brand brand = store.brand(deal->brandId).valueOr(Brand{});
            Invoice inv;
            inv.dealId = dealId;
            inv.currency = deal->fee->currency();
            inv.language = invoiceLanguage(brand);
            inv.seller = store.sellerProfile().valueOr(InvoiceParty{});
            inv.buyer = {brand.legalName.isEmpty() ? brand.name : brand.legalName,
                         brand.address,
                         brand.vatNumber,
                         brand.country,
                         {},
                         {}};
            inv.lines = {
                {deal->title.isEmpty() ? brand.name : deal->title, 1, deal->fee->minorUnits(), 2000}};
            return store.saveInvoiceDraft(inv);
        },
        [this](Result<Invoice> inv) {
            if (!inv)
                return say(inv.error().message, true);
            say(tr("Draft invoice created. Check the VAT rate before issuing it."));
        });
}

QString CollaborationsPage::followInvoices(DealStore &store, const QString &dealId, const QString &why)
{
    const auto deal = store.deal(dealId);
    const auto invoices = store.invoices(dealId);
    if (!deal || !invoices)
        return {};
    const std::optional<DealStage> target = DealPipeline::stageForInvoices(deal->stage, *invoices);
    if (!target || !store.moveDeal(dealId, *target, kActor, why))
        return {};
    return tr("The deal moved to “%1”.").arg(DealPipeline::displayName(*target));
}

void CollaborationsPage::issueInvoice(const QString &invoiceId)
{
    m_deals->run<InvoiceChange>(
        this,
        [invoiceId](DealStore &store) -> Result<InvoiceChange> {
            auto inv = store.issueInvoice(invoiceId);
            if (!inv)
                return inv.error();
            return InvoiceChange{*inv,
                                 followInvoices(store, inv->dealId,
                                                QString(QStringLiteral("invoice ") + inv->displayNumber()))};
        },
        [this](Result<InvoiceChange> change) {
            if (!change)
                return say(change.error().message, true);
            say(QString(tr("Invoice %1 issued.").arg(change->invoice.displayNumber()) + u' '
                        + change->followed)
                    .trimmed());
        });
}

void CollaborationsPage::recordPayment(const QString &invoiceId, qint64 amountMinor)
{
    m_deals->run<InvoiceChange>(
        this,
        [invoiceId, amountMinor](DealStore &store) -> Result<InvoiceChange> {
            InvoicePayment p;
            p.amountMinor = amountMinor;
            auto inv = store.recordPayment(invoiceId, p);
            if (!inv)
                return inv.error();
            return InvoiceChange{
                *inv, followInvoices(store, inv->dealId,
                                     QString(QStringLiteral("payment on ") + inv->displayNumber()))};
        },
        [this](Result<InvoiceChange> change) {
            if (!change)
                return say(change.error().message, true);
            say(QString(tr("Payment recorded: invoice %1 is now “%2”.")
                            .arg(change->invoice.displayNumber(),
                                 InvoiceMath::displayName(change->invoice.status))
                        + u' ' + change->followed)
                    .trimmed());
        });
}

void CollaborationsPage::askPayment(const QString &invoiceId)
{
    const Invoice *found = nullptr;
    for (const Invoice &inv : m_snapshot.invoices)
        if (inv.id == invoiceId)
            found = &inv;
    if (!found)
        return;
    const auto totals = InvoiceMath::totals(*found);
    const QString balance =
        totals ? Money::fromMinor(totals->balanceMinor, found->currency)->toDecimalString() : QString();
    bool ok = false;
    QString text =
        QInputDialog::getText(this, tr("Record payment"), tr("Amount received (%1)").arg(found->currency),
                              QLineEdit::Normal, QLocale().toString(balance.toDouble(), 'f', 2), &ok);
    if (!ok)
        return;
    text.remove(QLocale().groupSeparator()).remove(u' ').remove(QChar(0x202F)).remove(QChar(0x00A0));
    text.replace(QLocale().decimalPoint(), QStringLiteral("."));
    const auto amount = Money::parse(text, found->currency);
    if (!amount)
        return say(amount.error().message, true);
    recordPayment(invoiceId, amount->minorUnits());
}

Result<void> CollaborationsPage::savePdf(const QString &invoiceId, const QString &path)
{
    for (const Invoice &inv : m_snapshot.invoices)
        if (inv.id == invoiceId)
            return InvoicePdf::write(inv, path);
    return Error(QStringLiteral("deals.not_found"), tr("This item no longer exists in the workspace."));
}

void CollaborationsPage::askPdf(const QString &invoiceId)
{
    for (const Invoice &inv : m_snapshot.invoices)
        if (inv.id == invoiceId) {
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Save invoice"), InvoicePdf::suggestedFileName(inv), tr("PDF files (*.pdf)"));
            if (path.isEmpty())
                return;
            if (auto saved = savePdf(invoiceId, path); !saved)
                return say(saved.error().message, true);
            return say(tr("Invoice saved."));
        }
}

void CollaborationsPage::exportCsv(const QString &path)
{
    const auto written =
        DealCsvExport::writeFile(path, DealCsvExport::deals(m_snapshot.deals, m_snapshot.brands));
    say(written ? tr("Deals exported.") : written.error().message, !written);
}

void CollaborationsPage::syncInvitations()
{
    if (m_sync)
        m_sync->syncInvitations();
}

void CollaborationsPage::say(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setForegroundRole(problem ? QPalette::Highlight : QPalette::WindowText);
}

QString CollaborationsPage::statusText() const
{
    return m_status->text();
}

void CollaborationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_deals->isOpen())
            reload(); // reminders are built text
    }
    QWidget::changeEvent(event);
}

void CollaborationsPage::retranslate()
{
    m_new->setText(tr("New deal…"));
    m_syncButton->setText(tr("Sync invitations"));
    m_syncButton->setToolTip(m_sync ? QString()
                                    : tr("Link a platform account to receive brand invitations."));
    m_export->setText(tr("Export CSV…"));
}

} // namespace montaj
