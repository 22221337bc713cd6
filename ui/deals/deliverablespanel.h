#pragma once

#include "core/deals/dealtypes.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace montaj {

// A deal's deliverables as a table (what, platform, draft due, posting window, linked posts, review)
// with Add…, Edit… and Remove; the current row picks the deliverable whose compliance the deal view
// shows. Asks for every change through signals. Not the form (DeliverableDialog).
class DeliverablesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DeliverablesPanel(QWidget *parent = nullptr);

    void show(const QList<DealDeliverable> &deliverables);
    QString currentId() const;
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void currentChanged(int row);
    void addRequested();
    void editRequested(const QString &deliverableId);
    void removeRequested(const QString &deliverableId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QList<DealDeliverable> m_list;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace montaj
