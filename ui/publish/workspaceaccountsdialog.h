#pragma once

#include "core/publish/posttypes.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace montaj {
class WorkspaceService;
}

namespace montaj::ui {

// The workspace's accounts as the Publish page uses them: each one's colour in the calendar, its
// time zone (new posts and its queue) and its posting times, from which "Next free slot" picks.
// Reads and saves through WorkspaceService. Not sign-in (Settings → Accounts).
class WorkspaceAccountsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WorkspaceAccountsDialog(WorkspaceService &service, QWidget *parent = nullptr);

    void selectAccount(const QString &accountId);
    QLineEdit *slotsEdit() const { return m_slots; }
    QComboBox *zoneCombo() const { return m_zone; }
    QPushButton *saveButton() const { return m_save; }
    // "09:00, 18:30" → {"09:00", "18:30"}; empty optional when a time is not HH:mm.
    static std::optional<QStringList> parseSlots(const QString &text);

Q_SIGNALS:
    void saved(const montaj::WorkspaceAccount &account);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void showAccount();
    void chooseColour();
    void save();
    void remove();
    void retranslate();
    WorkspaceAccount *current();

    WorkspaceService &m_service;
    QList<WorkspaceAccount> m_accounts;
    QString m_wanted;
    QColor m_colour;

    QListWidget *m_list;
    QLabel *m_colourLabel;
    QPushButton *m_colourButton;
    QLabel *m_zoneLabel;
    QComboBox *m_zone;
    QLabel *m_slotsLabel;
    QLineEdit *m_slots;
    QLabel *m_slotsHint;
    QLabel *m_error;
    QPushButton *m_remove;
    QPushButton *m_save;
    QPushButton *m_close;
};

} // namespace montaj::ui
