#include "ui/deals/contactdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace montaj {

ContactDialog::ContactDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("contactDialog"));
    setWindowTitle(tr("Contact"));
    m_name->setObjectName(QStringLiteral("contactName"));
    m_role->setPlaceholderText(tr("Brand manager, agent…"));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Email:"), m_email);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name.trimmed().isEmpty());
    });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
}

void ContactDialog::setContact(const Contact &contact)
{
    m_base = contact;
    m_name->setText(contact.name);
    m_role->setText(contact.role);
    m_email->setText(contact.email);
    m_phone->setText(contact.phone);
}

Contact ContactDialog::contact() const
{
    Contact c = m_base;
    c.name = m_name->text().trimmed();
    c.role = m_role->text().trimmed();
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    return c;
}

} // namespace montaj
