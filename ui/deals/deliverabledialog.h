#pragma once

#include "core/deals/dealtypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace montaj {

// The form for one deliverable of a deal: platform, format and quantity, the draft's due date, the
// posting window, approval and revision rounds, and whether it is retouched or AI-generated (what
// the compliance checks need). Times are entered in the computer's zone and kept in UTC. Produces
// the DealDeliverable; the page saves it. Not the posts it links (the composer links them).
class DeliverableDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DeliverableDialog(QWidget *parent = nullptr);

    void setDeliverable(const DealDeliverable &deliverable);
    DealDeliverable deliverable() const; // the one given, with the form's values
    QString problem() const;             // why OK is disabled, empty when it is not

private:
    void refresh();

    DealDeliverable m_base;
    QComboBox *m_platform;
    QComboBox *m_format;
    QSpinBox *m_quantity;
    QCheckBox *m_hasDraft;
    QDateTimeEdit *m_draftDue;
    QCheckBox *m_hasWindow;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QCheckBox *m_approval;
    QSpinBox *m_revisions;
    QCheckBox *m_retouched;
    QCheckBox *m_ai;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace montaj
