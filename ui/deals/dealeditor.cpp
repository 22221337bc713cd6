#include "ui/deals/dealeditor.h"

#include "core/deals/compliancerules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

namespace montaj {

DealEditor::DealEditor(QWidget *parent)
    : QDialog(parent)
    , m_brand(new QLineEdit)
    , m_title(new QLineEdit)
    , m_category(new QComboBox)
    , m_fee(new QLineEdit)
    , m_currency(new QComboBox)
    , m_us(new QCheckBox(ComplianceRules::jurisdictionName(QStringLiteral("US"))))
    , m_uk(new QCheckBox(ComplianceRules::jurisdictionName(QStringLiteral("UK"))))
    , m_fr(new QCheckBox(ComplianceRules::jurisdictionName(QStringLiteral("FR"))))
    , m_exclusive(new QCheckBox(tr("Exclusive in this category")))
    , m_from(new QDateEdit(QDate::currentDate()))
    , m_to(new QDateEdit(QDate::currentDate().addMonths(1)))
    , m_postTerm(new QSpinBox)
{
    setWindowTitle(tr("New deal"));
    m_brand->setObjectName(QStringLiteral("brand"));
    m_fee->setObjectName(QStringLiteral("fee"));
    for (const QString &key : ComplianceRules::knownCategories())
        m_category->addItem(ComplianceRules::categoryName(key), key);
    m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"),
                          QStringLiteral("AED"), QStringLiteral("SAR"), QStringLiteral("JPY")});
    m_us->setChecked(true);
    m_postTerm->setRange(0, 365);
    m_postTerm->setSuffix(tr(" days after"));
    auto *fee = new QHBoxLayout;
    fee->addWidget(m_fee, 1);
    fee->addWidget(m_currency);
    auto *audiences = new QHBoxLayout;
    for (QCheckBox *box : {m_us, m_uk, m_fr})
        audiences->addWidget(box);
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(m_to);
    period->addWidget(m_postTerm);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Brand"), m_brand);
    form->addRow(tr("Campaign"), m_title);
    form->addRow(tr("What is promoted"), m_category);
    form->addRow(tr("Fee (excl. VAT)"), fee);
    form->addRow(tr("Audiences"), audiences);
    form->addRow(m_exclusive);
    form->addRow(tr("Exclusivity"), period);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString DealEditor::brandName() const
{
    return m_brand->text().trimmed();
}

Result<std::optional<Money>> DealEditor::fee() const
{
    QString text = m_fee->text().trimmed();
    if (text.isEmpty())
        return std::optional<Money>();
    // People's text to machine text: no grouping, '.' as the decimal point.
    const QLocale locale;
    text.remove(locale.groupSeparator()).remove(u' ').remove(QChar(0x202F)).remove(QChar(0x00A0));
    text.replace(locale.decimalPoint(), QStringLiteral("."));
    auto money = Money::parse(text, m_currency->currentText());
    if (!money || money->isNegative())
        return Error(QStringLiteral("deals.bad_amount"), tr("The fee is not an amount."),
                     {{QStringLiteral("field"), QStringLiteral("fee")}});
    return std::optional<Money>(*money);
}

Deal DealEditor::deal() const
{
    Deal d;
    d.title = m_title->text().trimmed();
    d.productCategory = m_category->currentData().toString();
    d.fee = fee().valueOr(std::optional<Money>());
    d.jurisdictions.clear();
    if (m_us->isChecked())
        d.jurisdictions << QStringLiteral("US");
    if (m_uk->isChecked())
        d.jurisdictions << QStringLiteral("UK");
    if (m_fr->isChecked())
        d.jurisdictions << QStringLiteral("FR");
    if (m_exclusive->isChecked()) {
        d.exclusivityCategory = d.productCategory;
        d.exclusivityStart = m_from->date().startOfDay(Qt::UTC);
        d.exclusivityEnd = m_to->date().startOfDay(Qt::UTC);
        d.postTermDays = m_postTerm->value();
    }
    return d;
}

} // namespace montaj
