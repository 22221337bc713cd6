#pragma once

#include "ui/deals/dealssnapshot.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace montaj {

class CompliancePanel;
class ComplianceRules;

// One deal in detail, in tabs: terms (parties, campaign, money, rights, exclusivity, compliance),
// deliverables with their posting windows and linked posts, the compliance checklist of the selected
// deliverable, money (the invoices with their totals, and the actions on them), files and the
// pipeline's history. Asks the page for every change through signals. Not persistence.
class DealView : public QWidget
{
    Q_OBJECT

public:
    explicit DealView(QWidget *parent = nullptr);

    void setRules(const ComplianceRules *rules) { m_rules = rules; }
    void show(const DealsSnapshot &snapshot, const QString &dealId);
    QString dealId() const { return m_dealId; }
    QTabWidget *tabs() const { return m_tabs; }
    CompliancePanel *compliance() const { return m_compliance; }

Q_SIGNALS:
    void createInvoiceRequested(const QString &dealId);
    void issueRequested(const QString &invoiceId);
    void paymentRequested(const QString &invoiceId);
    void pdfRequested(const QString &invoiceId);
    void acceptRequested(const QString &dealId);
    void declineRequested(const QString &dealId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillTerms(const Deal &deal);
    void fillDeliverables();
    void fillMoney();
    void showCompliance(int deliverableRow);
    QString selectedInvoice() const;

    const ComplianceRules *m_rules = nullptr;
    DealsSnapshot m_snapshot;
    QString m_dealId;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_terms = nullptr;
    QTableWidget *m_deliverables = nullptr;
    CompliancePanel *m_compliance = nullptr;
    QTableWidget *m_invoices = nullptr;
    QLabel *m_moneySummary = nullptr;
    QPushButton *m_newInvoice = nullptr;
    QPushButton *m_issue = nullptr;
    QPushButton *m_payment = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_decline = nullptr;
    QListWidget *m_files = nullptr;
    QListWidget *m_history = nullptr;
};

} // namespace montaj
