#pragma once

#include "core/foundation/error.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace montaj {
class WorkspaceService;
}

namespace montaj::ui {

class WorkspaceChoice;

// Settings → Workspace: where scheduled posts live (this computer's SQLite file, its path shown, or
// a shared PostgreSQL database by URL — the password is never shown again once entered), what to do
// with posts missed while Montaj was closed, and whether posts need approval before they are
// scheduled (agencies). Opens the chosen workspace through WorkspaceService; the workspace-wide
// choices are stored in the workspace itself. Shows; WorkspaceService and WorkspaceChoice do.
class WorkspacePanel : public QGroupBox
{
    Q_OBJECT

public:
    WorkspacePanel(WorkspaceService &service, WorkspaceChoice &choice, QWidget *parent = nullptr);

    QLineEdit *postgresEdit() const { return m_url; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *statusLabel() const { return m_status; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void apply();
    void loadSettings();
    void saveSettings();
    void refresh();
    void retranslate();

    WorkspaceService &m_service;
    WorkspaceChoice &m_choice;
    QRadioButton *m_sqlite;
    QLabel *m_sqlitePath;
    QRadioButton *m_postgres;
    QLineEdit *m_url;
    QLabel *m_urlHint;
    QPushButton *m_apply;
    QLabel *m_status;
    QLabel *m_missedLabel;
    QComboBox *m_missed;
    QCheckBox *m_approval;
    Error m_error;
    bool m_opening = false;
};

} // namespace montaj::ui
