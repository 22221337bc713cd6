#pragma once

#include "core/deals/compliancerules.h"
#include "ui/deals/dealssnapshot.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace montaj {

class CampaignSync;
class DealService;
class DealStore;
class DealView;
class PipelineBoard;
class TikTokApi;
class TikTokCampaignsApi;
class WorkspaceService;

// The Collaborations page: the pipeline board of every brand deal (drag a card to move the deal),
// the selected deal in detail (terms, deliverables, compliance checklist, money, contacts, files,
// history), all editable, reminders and stale-deal alerts, new deals (with an exclusivity check),
// invitations from the platform (sync, accept, decline), invoices (draft from the fee, issue,
// payments, PDF; the deal's stage follows them: invoiced, then paid) and CSV export. The deals live in
// the workspace database: the page follows the WorkspaceService and keeps its own DealService.
// Wiring (MainWindow): `new CollaborationsPage(*workspace, stack)`, then setPlatform(platform->api())
// now and on PlatformConnection::changed, as for the Earnings page.
class CollaborationsPage : public QWidget
{
    Q_OBJECT

public:
    explicit CollaborationsPage(WorkspaceService &workspace, QWidget *parent = nullptr);
    ~CollaborationsPage() override;

    // The signed-in platform (may be null): invitations and reviews come through it.
    void setPlatform(TikTokApi *api);
    void reload();
    // Selects the deal on the board and shows it (once the deals are read, if they are not yet).
    void showDeal(const QString &dealId);

    DealService &deals() const { return *m_deals; }
    PipelineBoard *board() const { return m_board; }
    DealView *view() const { return m_view; }
    const DealsSnapshot &snapshot() const { return m_snapshot; }
    QString statusText() const;

    // Actions (the toolbar's and the view's), public for tests and the lead's menus.
    void createDeal(const QString &brandName, Deal deal);
    void moveDeal(const QString &dealId, DealStage to);
    void createInvoiceFromFee(const QString &dealId);
    void issueInvoice(const QString &invoiceId);
    void recordPayment(const QString &invoiceId, qint64 amountMinor);
    Result<void> savePdf(const QString &invoiceId, const QString &path);
    void exportCsv(const QString &path);
    void syncInvitations();
    // Edits (the deal view's, through their dialogs), public for tests.
    void saveTerms(const Deal &deal);
    void saveDeliverable(const DealDeliverable &deliverable);
    void removeDeliverable(const QString &deliverableId);
    void saveContact(const Contact &contact);
    void removeContact(const QString &contactId);
    void attachFile(const QString &dealId, const QString &path, bool contract);
    void removeFile(const QString &dealId, const QString &path);

Q_SIGNALS:
    void reloaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSnapshot(DealsSnapshot snapshot);
    void say(const QString &text, bool problem = false);
    void askPayment(const QString &invoiceId);
    void askPdf(const QString &invoiceId);
    void editTerms(const QString &dealId);
    void editDeliverable(const QString &dealId, const QString &deliverableId);
    void editContact(const QString &brandId, const QString &contactId);
    void askAttach(const QString &dealId, bool contract);
    void connectView();
    // The deal's stage after its invoices changed (DealPipeline::stageForInvoices), in words; empty
    // when it stays. Runs on the deals' thread.
    static QString followInvoices(DealStore &store, const QString &dealId, const QString &why);
    void saved(const Result<QString> &result);

    WorkspaceService &m_workspace;
    std::unique_ptr<DealService> m_deals;
    std::unique_ptr<TikTokCampaignsApi> m_campaigns;
    std::unique_ptr<CampaignSync> m_sync;
    std::optional<ComplianceRules> m_rules;
    DealsSnapshot m_snapshot;
    PipelineBoard *m_board = nullptr;
    DealView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_reminders = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_syncButton = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace montaj
