#include "ui/deals/compliancepanel.h"

#include "core/deals/compliancerules.h"

#include <QCheckBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace montaj {

CompliancePanel::CompliancePanel(QWidget *parent)
    : QWidget(parent)
    , m_verdict(new QLabel(this))
    , m_items(new QTreeWidget(this))
    , m_confirmed(new QCheckBox(this))
{
    m_verdict->setWordWrap(true);
    m_verdict->setObjectName(QStringLiteral("complianceVerdict"));
    m_items->setObjectName(QStringLiteral("complianceItems"));
    m_items->setColumnCount(2);
    m_items->setRootIsDecorated(false);
    m_items->setWordWrap(true);
    m_items->header()->setStretchLastSection(true);
    m_confirmed->setObjectName(QStringLiteral("overlaysConfirmed"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(m_items, 1);
    layout->addWidget(m_confirmed);
    connect(m_confirmed, &QCheckBox::toggled, this, [this](bool on) {
        m_input.overlaysConfirmed = on;
        refresh();
    });
    refresh();
}

void CompliancePanel::show(const ComplianceRules *rules, const ComplianceInput &input)
{
    m_rules = rules;
    const bool confirmed = m_input.deliverable.id == input.deliverable.id && m_input.overlaysConfirmed;
    m_input = input;
    m_input.overlaysConfirmed = input.overlaysConfirmed || confirmed;
    refresh();
}

void CompliancePanel::refresh()
{
    m_items->setHeaderLabels({tr("Check"), tr("What to do")});
    m_confirmed->setText(tr("The video shows the required labels from start to end"));
    m_confirmed->setVisible(!m_input.project.has_value());
    {
        const QSignalBlocker block(m_confirmed);
        m_confirmed->setChecked(m_input.overlaysConfirmed);
    }
    m_items->clear();
    if (!m_rules) {
        m_verdict->setText(tr("The compliance rules could not be loaded."));
        m_report = {};
        return;
    }
    m_report = ComplianceCheck::check(*m_rules, m_input);
    for (const ComplianceItem &i : m_report.items) {
        auto *row = new QTreeWidgetItem(m_items);
        row->setText(0, i.title);
        row->setText(1, i.passed ? QString() : QString(i.problem + u' ' + i.fix).trimmed());
        const QStyle::StandardPixmap icon = i.passed     ? QStyle::SP_DialogApplyButton
                                            : i.blocking ? QStyle::SP_MessageBoxCritical
                                                         : QStyle::SP_MessageBoxWarning;
        row->setIcon(0, style()->standardIcon(icon));
        if (!i.source.isEmpty())
            row->setToolTip(0, tr("Source: %1").arg(i.source));
    }
    m_verdict->setText(m_report.canSchedule()
                           ? tr("This deliverable's post may be scheduled.")
                           : tr("This deliverable's post cannot be scheduled yet: %n problem(s) to fix.",
                                nullptr, int(m_report.problems().size())));
}

void CompliancePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace montaj
