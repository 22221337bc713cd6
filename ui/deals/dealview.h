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
class ContactsPanel;
class DeliverablesPanel;
class FilesPanel;

// One deal in detail, in tabs: terms (parties, campaign, money, rights, exclusivity, compliance)
// with "Edit terms…", deliverables with their posting windows and linked posts (add, edit, remove),
// the compliance checklist of the selected deliverable, money (the invoices with their totals, and
// the actions on them), the brand's contacts, the attached files (opened with the system's
// application) and the pipeline's history. Asks the page for every change through signals. Not
// persistence.
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
    DeliverablesPanel *deliverables() const { return m_deliverables; }
    ContactsPanel *contacts() const { return m_contacts; }
    FilesPanel *files() const { return m_files; }
    QListWidget *history() const { return m_history; }

Q_SIGNALS:
    void editTermsRequested(const QString &dealId);
    void deliverableEditRequested(const QString &dealId, const QString &deliverableId); // empty: new
    void deliverableRemoveRequested(const QString &deliverableId);
    void contactEditRequested(const QString &brandId, const QString &contactId); // empty: new
    void contactRemoveRequested(const QString &contactId);
    void attachRequested(const QString &dealId, bool contract);
    void fileRemoveRequested(const QString &dealId, const QString &path);
    void problem(const QString &message);
    void createInvoiceRequested(const QString &dealId);
    void issueRequested(const QString &invoiceId);
    void paymentRequested(const QString &invoiceId);
    void pdfRequested(const QString &invoiceId);
    void acceptRequested(const QString &dealId);
    void declineRequested(const QString &dealId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *termsTab();
    QWidget *moneyTab();
    void retranslate();
    void fillTerms(const Deal &deal);
    void fillMoney();
    void fillHistory();
    void showCompliance(int deliverableRow);
    QString selectedInvoice() const;

    const ComplianceRules *m_rules = nullptr;
    DealsSnapshot m_snapshot;
    QString m_dealId;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_terms = nullptr;
    QPushButton *m_editTerms = nullptr;
    DeliverablesPanel *m_deliverables = nullptr;
    CompliancePanel *m_compliance = nullptr;
    QTableWidget *m_invoices = nullptr;
    QLabel *m_moneySummary = nullptr;
    QPushButton *m_newInvoice = nullptr;
    QPushButton *m_issue = nullptr;
    QPushButton *m_payment = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_decline = nullptr;
    ContactsPanel *m_contacts = nullptr;
    FilesPanel *m_files = nullptr;
    QListWidget *m_history = nullptr;
};

} // namespace montaj
