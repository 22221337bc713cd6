#include "ui/deals/deliverablespanel.h"

#include "ui/deals/dealwidgets.h"

#include "ui/deals/dealchecks.h"

#include <QEvent>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace montaj {
namespace {
QString when(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
}
} // namespace

DeliverablesPanel::DeliverablesPanel(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    m_table->setObjectName(QStringLiteral("deliverables"));
    m_add->setObjectName(QStringLiteral("addDeliverable"));
    m_edit->setObjectName(QStringLiteral("editDeliverable"));
    m_remove->setObjectName(QStringLiteral("removeDeliverable"));
    DealWidgets::setUpRecordTable(m_table, 6);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(DealWidgets::buttonRow({m_add, m_edit, m_remove}));
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_edit->setEnabled(row >= 0);
        m_remove->setEnabled(row >= 0);
        Q_EMIT currentChanged(row);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { Q_EMIT editRequested(currentId()); });
    connect(m_add, &QPushButton::clicked, this, &DeliverablesPanel::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            Q_EMIT editRequested(currentId());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            Q_EMIT removeRequested(currentId());
    });
    retranslate();
}

void DeliverablesPanel::show(const QList<DealDeliverable> &list)
{
    const QString keep = currentId();
    m_list = list;
    const QSignalBlocker quiet(m_table);
    m_table->setRowCount(int(list.size()));
    int current = list.isEmpty() ? -1 : 0;
    for (int r = 0; r < list.size(); ++r) {
        const DealDeliverable &v = list.at(r);
        const QStringList cells{tr("%1 × %2").arg(QLocale().toString(v.quantity), v.format),
                                DealChecks::platformName(v.platform),
                                when(v.draftDue),
                                DealChecks::postingWindow(v),
                                QLocale().toString(v.postIds.size()),
                                v.reviewStatus};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, v.id);
            item->setToolTip(cells.at(c));
            m_table->setItem(r, c, item);
        }
        if (v.id == keep)
            current = r;
    }
    m_table->setCurrentCell(current, 0);
    m_edit->setEnabled(current >= 0);
    m_remove->setEnabled(current >= 0);
    Q_EMIT currentChanged(current);
}

QString DeliverablesPanel::currentId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_list.size() ? m_list.at(row).id : QString();
}

void DeliverablesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DeliverablesPanel::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Deliverable"), tr("Platform"), tr("Draft due"),
                                        tr("Posting window"), tr("Posts"), tr("Review")});
    m_add->setText(tr("Add…"));
    m_edit->setText(tr("Edit…"));
    m_remove->setText(tr("Remove"));
}

} // namespace montaj
