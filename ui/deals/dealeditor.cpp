#include "ui/deals/dealeditor.h"

#include "core/deals/compliancerules.h"
#include "ui/deals/dealchecks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>

namespace montaj {

DealEditor::DealEditor(QWidget *parent)
    : QDialog(parent)
    , m_brand(new QLineEdit)
    , m_title(new QLineEdit)
    , m_brief(new QPlainTextEdit)
    , m_hashtags(new QLineEdit)
    , m_category(new QComboBox)
    , m_fee(new QLineEdit)
    , m_currency(new QComboBox)
    , m_netDays(new QSpinBox)
    , m_us(new QCheckBox(ComplianceRules::jurisdictionName(QStringLiteral("US"))))
    , m_uk(new QCheckBox(ComplianceRules::jurisdictionName(QStringLiteral("UK"))))
    , m_fr(new QCheckBox(ComplianceRules::jurisdictionName(QStringLiteral("FR"))))
    , m_disclosure(new QComboBox)
    , m_exclusive(new QCheckBox(tr("Exclusive in this category")))
    , m_from(new QDateEdit(QDate::currentDate()))
    , m_to(new QDateEdit(QDate::currentDate().addMonths(1)))
    , m_postTerm(new QSpinBox)
    , m_contractSigned(new QCheckBox(tr("Signed")))
    , m_contractReference(new QLineEdit)
{
    setWindowTitle(tr("New deal"));
    m_brand->setObjectName(QStringLiteral("brand"));
    m_title->setObjectName(QStringLiteral("title"));
    m_fee->setObjectName(QStringLiteral("fee"));
    m_brief->setFixedHeight(4 * fontMetrics().lineSpacing() + 12);
    m_hashtags->setPlaceholderText(tr("without #, separated by spaces"));
    m_contractReference->setPlaceholderText(tr("Contract reference"));
    for (const QString &key : ComplianceRules::knownCategories())
        m_category->addItem(ComplianceRules::categoryName(key), key);
    m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"),
                          QStringLiteral("AED"), QStringLiteral("SAR"), QStringLiteral("JPY")});
    m_netDays->setRange(0, 180);
    m_netDays->setValue(30);
    m_netDays->setSuffix(tr(" days net"));
    for (DisclosureType type : DealChecks::disclosureTypes())
        m_disclosure->addItem(DealChecks::disclosureName(type), int(type));
    m_us->setChecked(true);
    m_postTerm->setRange(0, 365);
    m_postTerm->setSuffix(tr(" days after"));
    auto *fee = new QHBoxLayout;
    fee->addWidget(m_fee, 1);
    fee->addWidget(m_currency);
    fee->addWidget(m_netDays);
    auto *audiences = new QHBoxLayout;
    for (QCheckBox *box : {m_us, m_uk, m_fr})
        audiences->addWidget(box);
    audiences->addWidget(m_disclosure, 1);
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(m_to);
    period->addWidget(m_postTerm);
    auto *contract = new QHBoxLayout;
    contract->addWidget(m_contractSigned);
    contract->addWidget(m_contractReference, 1);
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Brand"), m_brand);
    form->addRow(tr("Campaign"), m_title);
    form->addRow(tr("Brief"), m_brief);
    form->addRow(tr("Required hashtags"), m_hashtags);
    form->addRow(tr("What is promoted"), m_category);
    form->addRow(tr("Fee (excl. VAT)"), fee);
    form->addRow(tr("Audiences"), audiences);
    form->addRow(m_exclusive);
    form->addRow(tr("Exclusivity"), period);
    form->addRow(tr("Written contract"), contract);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void DealEditor::setDeal(const Deal &d, const QString &brandName)
{
    m_base = d;
    setWindowTitle(tr("Deal terms"));
    m_brand->setText(brandName);
    m_brand->setReadOnly(true);
    m_title->setText(d.title);
    m_brief->setPlainText(d.brief);
    m_hashtags->setText(d.requiredHashtags.join(u' '));
    m_category->setCurrentIndex(std::max(0, m_category->findData(d.productCategory)));
    if (d.fee) {
        QString amount = d.fee->toDecimalString(); // machine text: '.' and no grouping
        amount.replace(u'.', QLocale().decimalPoint());
        m_fee->setText(amount);
        if (m_currency->findText(d.fee->currency()) < 0)
            m_currency->addItem(d.fee->currency());
        m_currency->setCurrentText(d.fee->currency());
    }
    m_netDays->setValue(d.paymentNetDays);
    m_us->setChecked(d.jurisdictions.contains(QLatin1String("US")));
    m_uk->setChecked(d.jurisdictions.contains(QLatin1String("UK")));
    m_fr->setChecked(d.jurisdictions.contains(QLatin1String("FR")));
    m_disclosure->setCurrentIndex(std::max(0, m_disclosure->findData(int(d.disclosure))));
    m_exclusive->setChecked(!d.exclusivityCategory.isEmpty());
    if (d.exclusivityStart.isValid())
        m_from->setDate(d.exclusivityStart.date());
    if (d.exclusivityEnd.isValid())
        m_to->setDate(d.exclusivityEnd.date());
    m_postTerm->setValue(d.postTermDays);
    m_contractSigned->setChecked(d.contractSigned);
    m_contractReference->setText(d.contractReference);
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
    Deal d = m_base;
    d.title = m_title->text().trimmed();
    d.brief = m_brief->toPlainText().trimmed();
    d.requiredHashtags.clear();
    for (QString tag :
         m_hashtags->text().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts))
        d.requiredHashtags << tag.remove(u'#');
    d.productCategory = m_category->currentData().toString();
    d.fee = fee().valueOr(std::optional<Money>());
    d.paymentNetDays = m_netDays->value();
    d.jurisdictions.clear();
    if (m_us->isChecked())
        d.jurisdictions << QStringLiteral("US");
    if (m_uk->isChecked())
        d.jurisdictions << QStringLiteral("UK");
    if (m_fr->isChecked())
        d.jurisdictions << QStringLiteral("FR");
    d.disclosure = DisclosureType(m_disclosure->currentData().toInt());
    if (m_exclusive->isChecked()) {
        d.exclusivityCategory = d.productCategory;
        d.exclusivityStart = m_from->date().startOfDay(Qt::UTC);
        d.exclusivityEnd = m_to->date().startOfDay(Qt::UTC);
        d.postTermDays = m_postTerm->value();
    } else {
        d.exclusivityCategory.clear();
        d.exclusivityStart = {};
        d.exclusivityEnd = {};
        d.postTermDays = 0;
    }
    d.contractSigned = m_contractSigned->isChecked();
    d.contractReference = m_contractReference->text().trimmed();
    return d;
}

} // namespace montaj
