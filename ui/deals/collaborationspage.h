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
class DealView;
class PipelineBoard;
class TikTokApi;
class TikTokCampaignsApi;
class WorkspaceService;

// The Collaborations page: the pipeline board of every brand deal, the selected deal in detail
// (terms, deliverables, compliance checklist, money, files, history), reminders and stale-deal
// alerts, new deals (with an exclusivity check), invitations from the platform (sync, accept,
// decline), invoices (draft from the fee, issue, payments, PDF) and CSV export. The deals live in
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
