#pragma once

#include "core/deals/dealtypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace montaj {

// The form for a new deal: brand, campaign title, what is promoted, fee, audiences (jurisdictions)
// and exclusivity. Produces a Deal and a brand name; the page creates them and checks exclusivity.
// Not the full terms editor.
class DealEditor : public QDialog
{
    Q_OBJECT

public:
    explicit DealEditor(QWidget *parent = nullptr);

    QString brandName() const;
    // The deal as entered (brandId empty); the fee is left empty when it cannot be read.
    Deal deal() const;
    // "deals.bad_amount" when the fee is not a number in the user's locale.
    Result<std::optional<Money>> fee() const;

private:
    QLineEdit *m_brand = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_fee = nullptr;
    QComboBox *m_currency = nullptr;
    QCheckBox *m_us = nullptr;
    QCheckBox *m_uk = nullptr;
    QCheckBox *m_fr = nullptr;
    QCheckBox *m_exclusive = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QSpinBox *m_postTerm = nullptr;
};

} // namespace montaj
