#pragma once

#include "core/deals/dealtypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace montaj {

// The form for a deal's terms: brand, campaign title and brief, required hashtags, what is promoted,
// fee, payment terms, audiences (jurisdictions) and kind of disclosure, exclusivity and the written
// contract. New deals start empty; setDeal() edits an existing one (the brand is then fixed).
// Produces a Deal and a brand name; the page saves them and checks exclusivity. Not the deliverables,
// contacts or files (their own panels).
class DealEditor : public QDialog
{
    Q_OBJECT

public:
    explicit DealEditor(QWidget *parent = nullptr);

    void setDeal(const Deal &deal, const QString &brandName);
    QString brandName() const;
    // The deal as entered (the one given to setDeal with the form's values; brandId empty for a new
    // one); the fee is left empty when it cannot be read.
    Deal deal() const;
    // "deals.bad_amount" when the fee is not a number in the user's locale.
    Result<std::optional<Money>> fee() const;

private:
    Deal m_base;
    QLineEdit *m_brand = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_brief = nullptr;
    QLineEdit *m_hashtags = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_fee = nullptr;
    QComboBox *m_currency = nullptr;
    QSpinBox *m_netDays = nullptr;
    QCheckBox *m_us = nullptr;
    QCheckBox *m_uk = nullptr;
    QCheckBox *m_fr = nullptr;
    QComboBox *m_disclosure = nullptr;
    QCheckBox *m_exclusive = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QSpinBox *m_postTerm = nullptr;
    QCheckBox *m_contractSigned = nullptr;
    QLineEdit *m_contractReference = nullptr;
};

} // namespace montaj
