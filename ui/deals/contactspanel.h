#pragma once

#include "core/deals/dealtypes.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace montaj {

// The people at a deal's brand (name, role, email, phone) with Add…, Edit… and Remove. Asks for
// every change through signals. Not the form (ContactDialog).
class ContactsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ContactsPanel(QWidget *parent = nullptr);

    void show(const QList<Contact> &contacts);
    QString currentId() const;
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void addRequested();
    void editRequested(const QString &contactId);
    void removeRequested(const QString &contactId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QList<Contact> m_list;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace montaj
