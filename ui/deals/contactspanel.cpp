#include "ui/deals/contactspanel.h"

#include "ui/deals/dealwidgets.h"

#include <QEvent>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace montaj {

ContactsPanel::ContactsPanel(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    m_table->setObjectName(QStringLiteral("contacts"));
    m_add->setObjectName(QStringLiteral("addContact"));
    DealWidgets::setUpRecordTable(m_table, 4);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(DealWidgets::buttonRow({m_add, m_edit, m_remove}));
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_edit->setEnabled(row >= 0);
        m_remove->setEnabled(row >= 0);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { Q_EMIT editRequested(currentId()); });
    connect(m_add, &QPushButton::clicked, this, &ContactsPanel::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            Q_EMIT editRequested(currentId());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            Q_EMIT removeRequested(currentId());
    });
    retranslate();
    show({});
}

void ContactsPanel::show(const QList<Contact> &contacts)
{
    m_list = contacts;
    m_table->setRowCount(int(contacts.size()));
    for (int r = 0; r < contacts.size(); ++r) {
        const Contact &c = contacts.at(r);
        const QStringList cells{c.name, c.role, c.email, c.phone};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(r, col, new QTableWidgetItem(cells.at(col)));
    }
    m_edit->setEnabled(m_table->currentRow() >= 0);
    m_remove->setEnabled(m_table->currentRow() >= 0);
}

QString ContactsPanel::currentId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_list.size() ? m_list.at(row).id : QString();
}

void ContactsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ContactsPanel::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Email"), tr("Phone")});
    m_add->setText(tr("Add…"));
    m_edit->setText(tr("Edit…"));
    m_remove->setText(tr("Remove"));
}

} // namespace montaj
