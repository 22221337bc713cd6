#pragma once

#include "core/foundation/error.h"
#include "core/publish/postcsvimporter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace montaj {
class WorkspaceService;
}

namespace montaj::ui {

// Bulk scheduling from a CSV file (Montaj's columns or Hootsuite's bulk-composer layout) as a dry
// run first: every problem in a table of row, column and problem, and a summary. Nothing is stored
// until the person chooses "Import the N valid rows"; then the valid rows are created in one
// transaction (needing approval first when the workspace says so). Reading, checking and storing run
// on the workspace thread. Not the exporter.
class CsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CsvImportDialog(WorkspaceService &service, QWidget *parent = nullptr);

    void openFile(const QString &path); // reads and checks; the report arrives asynchronously
    const ImportReport &report() const { return m_report; }
    bool isChecking() const { return m_busy; }
    int importedCount() const { return m_imported; }
    QTableWidget *problemTable() const { return m_table; }
    QPushButton *importButton() const { return m_import; }

Q_SIGNALS:
    void checked(); // a dry run finished
    void imported(int count);
    void failed(const montaj::Error &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFile();
    void runDryRun();
    void showReport();
    void importValidRows();
    void retranslate();

    WorkspaceService &m_service;
    QString m_path;
    ImportReport m_report;
    QList<WorkspaceAccount> m_accounts;
    bool m_approvalRequired = false;
    bool m_busy = false;
    bool m_hasReport = false;
    int m_imported = 0;
    QString m_error;

    QLabel *m_intro;
    QLabel *m_file;
    QPushButton *m_choose;
    QLabel *m_defaultsLabel;
    QComboBox *m_defaultAccount;
    QComboBox *m_defaultPrivacy;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_cancel;
    QPushButton *m_import;
};

} // namespace montaj::ui
