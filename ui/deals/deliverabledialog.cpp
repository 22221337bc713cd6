#include "ui/deals/deliverabledialog.h"

#include "ui/deals/dealchecks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace montaj {
namespace {
QDateTimeEdit *dateTimeEdit(QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setCalendarPopup(true);
    edit->setTimeSpec(Qt::LocalTime);
    return edit;
}
QDateTime nextHour()
{
    const QDateTime now = QDateTime::currentDateTime();
    return QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600);
}
} // namespace

DeliverableDialog::DeliverableDialog(QWidget *parent)
    : QDialog(parent)
    , m_platform(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_quantity(new QSpinBox(this))
    , m_hasDraft(new QCheckBox(tr("Draft due"), this))
    , m_draftDue(dateTimeEdit(this))
    , m_hasWindow(new QCheckBox(tr("Posting window"), this))
    , m_start(dateTimeEdit(this))
    , m_end(dateTimeEdit(this))
    , m_approval(new QCheckBox(tr("The brand approves the draft before it is posted"), this))
    , m_revisions(new QSpinBox(this))
    , m_retouched(new QCheckBox(tr("Faces or bodies are retouched (beauty or face filters)"), this))
    , m_ai(new QCheckBox(tr("It shows AI-generated people or scenes"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("deliverableDialog"));
    setWindowTitle(tr("Deliverable"));
    for (const QString &p :
         {QStringLiteral("tiktok"), QStringLiteral("instagram"), QStringLiteral("youtube")})
        m_platform->addItem(DealChecks::platformName(p), p);
    m_platform->setEditable(true);
    m_format->setEditable(true);
    m_format->addItems(
        {QStringLiteral("video"), QStringLiteral("photo"), QStringLiteral("story"), QStringLiteral("live")});
    m_quantity->setRange(1, 100);
    m_revisions->setRange(0, 10);
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::Link);
    m_draftDue->setDateTime(nextHour().addDays(7));
    m_start->setDateTime(nextHour().addDays(14));
    m_end->setDateTime(nextHour().addDays(21));
    m_platform->setObjectName(QStringLiteral("deliverablePlatform"));
    m_start->setObjectName(QStringLiteral("postingStart"));
    m_end->setObjectName(QStringLiteral("postingEnd"));
    m_hasWindow->setObjectName(QStringLiteral("hasPostingWindow"));

    auto *window = new QHBoxLayout;
    window->addWidget(m_start, 1);
    window->addWidget(new QLabel(QStringLiteral("–"), this));
    window->addWidget(m_end, 1);
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Platform:"), m_platform);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Quantity:"), m_quantity);
    form->addRow(m_hasDraft, m_draftDue);
    form->addRow(m_hasWindow, window);
    form->addRow(m_approval);
    form->addRow(tr("Revision rounds:"), m_revisions);
    form->addRow(m_retouched);
    form->addRow(m_ai);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QCheckBox *box : {m_hasDraft, m_hasWindow})
        connect(box, &QCheckBox::toggled, this, &DeliverableDialog::refresh);
    for (QDateTimeEdit *edit : {m_draftDue, m_start, m_end})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &DeliverableDialog::refresh);
    setDeliverable({});
}

void DeliverableDialog::setDeliverable(const DealDeliverable &v)
{
    m_base = v;
    const int platform = m_platform->findData(v.platform);
    if (platform >= 0)
        m_platform->setCurrentIndex(platform);
    else
        m_platform->setEditText(v.platform);
    m_format->setEditText(v.format);
    m_quantity->setValue(v.quantity);
    m_hasDraft->setChecked(v.draftDue.isValid());
    if (v.draftDue.isValid())
        m_draftDue->setDateTime(v.draftDue.toLocalTime());
    m_hasWindow->setChecked(v.postingStart.isValid() || v.id.isEmpty());
    if (v.postingStart.isValid())
        m_start->setDateTime(v.postingStart.toLocalTime());
    if (v.postingEnd.isValid())
        m_end->setDateTime(v.postingEnd.toLocalTime());
    m_approval->setChecked(v.approvalRequired);
    m_revisions->setValue(v.revisionRounds);
    m_retouched->setChecked(v.retouched);
    m_ai->setChecked(v.aiGenerated);
    refresh();
}

DealDeliverable DeliverableDialog::deliverable() const
{
    DealDeliverable v = m_base;
    const QString typed = m_platform->currentText().trimmed();
    const int known = m_platform->findText(typed);
    v.platform = known >= 0 ? m_platform->itemData(known).toString() : typed.toLower();
    v.format = m_format->currentText().trimmed();
    v.quantity = m_quantity->value();
    v.draftDue = m_hasDraft->isChecked() ? m_draftDue->dateTime().toUTC() : QDateTime();
    v.postingStart = m_hasWindow->isChecked() ? m_start->dateTime().toUTC() : QDateTime();
    v.postingEnd = m_hasWindow->isChecked() ? m_end->dateTime().toUTC() : QDateTime();
    v.approvalRequired = m_approval->isChecked();
    v.revisionRounds = m_revisions->value();
    v.retouched = m_retouched->isChecked();
    v.aiGenerated = m_ai->isChecked();
    return v;
}

QString DeliverableDialog::problem() const
{
    if (m_platform->currentText().trimmed().isEmpty())
        return tr("Name the platform.");
    if (m_format->currentText().trimmed().isEmpty())
        return tr("Say what is delivered (a video, a story…).");
    if (m_hasWindow->isChecked() && m_end->dateTime() <= m_start->dateTime())
        return tr("The posting window must end after it starts.");
    return {};
}

void DeliverableDialog::refresh()
{
    m_draftDue->setEnabled(m_hasDraft->isChecked());
    m_start->setEnabled(m_hasWindow->isChecked());
    m_end->setEnabled(m_hasWindow->isChecked());
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace montaj
