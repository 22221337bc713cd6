#pragma once

#include "core/deals/dealtypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace montaj {

// The form for one person at a brand: name, role, email and phone. Produces the Contact; the page
// saves it. Not a directory.
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ContactDialog(QWidget *parent = nullptr);

    void setContact(const Contact &contact);
    Contact contact() const; // the one given, with the form's values

private:
    Contact m_base;
    QLineEdit *m_name;
    QLineEdit *m_role;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QDialogButtonBox *m_buttons;
};

} // namespace montaj
