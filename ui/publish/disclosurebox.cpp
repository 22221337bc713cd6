#include "ui/publish/disclosurebox.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace montaj::ui {
namespace {
QLabel *hint(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setIndent(24);
    return label;
}
} // namespace

DisclosureBox::DisclosureBox(QWidget *parent)
    : QGroupBox(parent)
    , m_disclose(new QCheckBox(this))
    , m_discloseHint(hint(this))
    , m_yourBrand(new QCheckBox(this))
    , m_yourBrandHint(hint(this))
    , m_branded(new QCheckBox(this))
    , m_brandedHint(hint(this))
    , m_labels(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_aigc(new QCheckBox(this))
{
    setObjectName(QStringLiteral("disclosureBox"));
    m_disclose->setObjectName(QStringLiteral("discloseCheck"));
    m_yourBrand->setObjectName(QStringLiteral("yourBrandCheck"));
    m_branded->setObjectName(QStringLiteral("brandedContentCheck"));
    m_labels->setObjectName(QStringLiteral("disclosureLabels"));
    m_aigc->setObjectName(QStringLiteral("aigcCheck"));
    m_labels->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::Link);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_disclose, m_discloseHint, m_yourBrand, m_yourBrandHint, m_branded,
                                          m_brandedHint, m_labels, m_problem, m_aigc})
        layout->addWidget(w);
    for (QCheckBox *box : {m_disclose, m_yourBrand, m_branded, m_aigc})
        connect(box, &QCheckBox::toggled, this, [this] {
            refresh();
            Q_EMIT changed();
        });
    retranslate();
    refresh();
}

bool DisclosureBox::discloses() const
{
    return m_disclose->isChecked();
}

bool DisclosureBox::yourBrand() const
{
    return discloses() && m_yourBrand->isChecked();
}

bool DisclosureBox::brandedContent() const
{
    return discloses() && m_branded->isChecked();
}

bool DisclosureBox::aiGenerated() const
{
    return m_aigc->isChecked();
}

void DisclosureBox::setValues(bool yourBrand, bool brandedContent, bool aiGenerated)
{
    for (QCheckBox *box : {m_disclose, m_yourBrand, m_branded, m_aigc})
        box->blockSignals(true);
    m_disclose->setChecked(yourBrand || brandedContent);
    m_yourBrand->setChecked(yourBrand);
    m_branded->setChecked(brandedContent);
    m_aigc->setChecked(aiGenerated);
    for (QCheckBox *box : {m_disclose, m_yourBrand, m_branded, m_aigc})
        box->blockSignals(false);
    refresh();
    Q_EMIT changed();
}

void DisclosureBox::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void DisclosureBox::refresh()
{
    const bool on = discloses();
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_yourBrand, m_yourBrandHint, m_branded, m_brandedHint, m_labels})
        w->setVisible(on);
    m_problem->setVisible(on && !m_problem->text().isEmpty());
    QStringList labels;
    if (yourBrand())
        labels << tr("Promotional content");
    if (brandedContent())
        labels << tr("Paid partnership");
    m_labels->setText(labels.isEmpty() ? QString()
                                       : tr("Your post will be labeled: %1").arg(labels.join(tr(", "))));
    m_labels->setVisible(on && !labels.isEmpty());
}

void DisclosureBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QGroupBox::changeEvent(event);
}

void DisclosureBox::retranslate()
{
    setTitle(tr("Content disclosure"));
    m_disclose->setText(tr("Disclose commercial content"));
    m_discloseHint->setText(
        tr("Turn this on if the post promotes yourself, a brand, a product or a service."));
    m_yourBrand->setText(tr("Your brand"));
    m_yourBrandHint->setText(tr(
        "You are promoting yourself or your own business. The post will be labeled “Promotional content”."));
    m_branded->setText(tr("Branded content"));
    m_brandedHint->setText(
        tr("You are promoting another brand or a third party. The post will be labeled “Paid "
           "partnership”."));
    m_aigc->setText(tr("AI-generated content (labeled “Creator labeled as AI-generated”)"));
}

} // namespace montaj::ui
