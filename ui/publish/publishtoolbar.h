#pragma once

#include "core/publish/posttypes.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QToolButton;

namespace montaj::ui {

// The Publish page's toolbar: New post, the period (previous / today / next and its name), the
// view (month, week, list), which accounts to show, and import / export. Every control is a
// keyboard stop with a name. Asks through signals; PublishPage acts.
class PublishToolbar : public QWidget
{
    Q_OBJECT

public:
    enum View { Month, Week, List };

    explicit PublishToolbar(QWidget *parent = nullptr);

    void setView(View view);
    View view() const;
    void setPeriodText(const QString &text);
    void setAccounts(const QList<WorkspaceAccount> &accounts);
    QString accountFilter() const; // empty: every account

Q_SIGNALS:
    void newPostRequested();
    void previousRequested();
    void nextRequested();
    void todayRequested();
    void viewChosen(montaj::ui::PublishToolbar::View view);
    void accountFilterChanged(const QString &accountId);
    void importRequested();
    void accountsRequested();
    void exportCsvRequested();
    void exportIcsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshIcons();

    QToolButton *m_new;
    QToolButton *m_previous;
    QToolButton *m_today;
    QToolButton *m_next;
    QLabel *m_period;
    QButtonGroup *m_views;
    QToolButton *m_month;
    QToolButton *m_week;
    QToolButton *m_list;
    QComboBox *m_accounts;
    QToolButton *m_manageAccounts;
    QToolButton *m_import;
    QToolButton *m_export;
    QAction *m_exportCsv;
    QAction *m_exportIcs;
};

} // namespace montaj::ui
