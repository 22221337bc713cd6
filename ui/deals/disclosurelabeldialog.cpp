#include "ui/deals/disclosurelabeldialog.h"

#include "ui/deals/dealchecks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace montaj {

DisclosureLabelDialog::DisclosureLabelDialog(const ComplianceRules &rules, const DealsSnapshot &snapshot,
                                             const ProjectState &project, QWidget *parent)
    : QDialog(parent)
    , m_rules(rules)
    , m_snapshot(snapshot)
    , m_project(project)
    , m_deliverable(new QComboBox(this))
    , m_jurisdiction(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_retouched(new QCheckBox(tr("Faces or bodies were retouched (beauty or face filters)"), this))
    , m_ai(new QCheckBox(tr("It shows AI-generated people or scenes"), this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("disclosureLabelDialog"));
    setWindowTitle(tr("Add disclosure label"));
    m_deliverable->setObjectName(QStringLiteral("disclosureDeliverable"));
    m_deliverable->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_deliverable->setMinimumContentsLength(30);
    m_result->setObjectName(QStringLiteral("disclosureResult"));
    m_result->setWordWrap(true);
    m_deliverable->addItem(tr("No deal in Montaj: choose the audience"), QString());
    for (const Deal &deal : m_snapshot.deals)
        if (deal.isOpen())
            for (const DealDeliverable &v : m_snapshot.deliverables.value(deal.id))
                m_deliverable->addItem(DealChecks::describe(m_snapshot, v), v.id);
    for (const QString &code : m_rules.codes())
        m_jurisdiction->addItem(ComplianceRules::jurisdictionName(code), code);
    for (DisclosureType kind : DealChecks::disclosureTypes())
        m_kind->addItem(DealChecks::disclosureName(kind), int(kind));
    m_retouched->setChecked(DealChecks::isRetouched(m_project));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add labels"));

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Deliverable:"), m_deliverable);
    form->addRow(tr("Audience:"), m_jurisdiction);
    form->addRow(tr("Disclosure:"), m_kind);
    form->addRow(m_retouched);
    form->addRow(m_ai);
    form->addRow(m_result);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QComboBox *combo : {m_deliverable, m_jurisdiction, m_kind})
        connect(combo, &QComboBox::currentIndexChanged, this, &DisclosureLabelDialog::refresh);
    for (QCheckBox *box : {m_retouched, m_ai})
        connect(box, &QCheckBox::toggled, this, &DisclosureLabelDialog::refresh);
    setAudience(QStringLiteral("FR"), DisclosureType::PaidPartnership);
    refresh();
}

void DisclosureLabelDialog::selectDeliverable(const QString &deliverableId)
{
    m_deliverable->setCurrentIndex(std::max(0, m_deliverable->findData(deliverableId)));
    if (const DealDeliverable *v = m_snapshot.deliverable(deliverableId)) {
        m_retouched->setChecked(m_retouched->isChecked() || v->retouched);
        m_ai->setChecked(m_ai->isChecked() || v->aiGenerated);
    }
}

void DisclosureLabelDialog::setAudience(const QString &jurisdiction, DisclosureType kind)
{
    m_jurisdiction->setCurrentIndex(std::max(0, m_jurisdiction->findData(jurisdiction)));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(kind))));
}

ComplianceInput DisclosureLabelDialog::input() const
{
    const DealDeliverable *v = m_snapshot.deliverable(m_deliverable->currentData().toString());
    if (!v)
        return DealChecks::labelInput(m_jurisdiction->currentData().toString(),
                                      DisclosureType(m_kind->currentData().toInt()), m_retouched->isChecked(),
                                      m_ai->isChecked(), m_project);
    DealDeliverable deliverable = *v;
    deliverable.retouched = deliverable.retouched || m_retouched->isChecked();
    deliverable.aiGenerated = deliverable.aiGenerated || m_ai->isChecked();
    return DealChecks::complianceInput(m_snapshot, deliverable, Post{}, m_project, false);
}

QList<TextOverlay> DisclosureLabelDialog::overlays() const
{
    return DealChecks::overlaysFor(m_rules, input());
}

void DisclosureLabelDialog::refresh()
{
    const bool manual = m_deliverable->currentIndex() <= 0;
    m_jurisdiction->setEnabled(manual);
    m_kind->setEnabled(manual);
    QStringList texts;
    for (const TextOverlay &o : overlays())
        texts << QString(u'“' + o.text + u'”');
    m_result->setText(texts.isEmpty() ? tr("The video already shows every label needed, or none is needed.")
                                      : tr("Will add for the whole video: %1.").arg(texts.join(tr(", "))));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!texts.isEmpty());
}

} // namespace montaj
