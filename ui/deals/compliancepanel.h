#pragma once

#include "core/deals/compliancecheck.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTreeWidget;

namespace montaj {

// The compliance checklist of one deliverable: every rule of the deal's jurisdictions and the
// platform, passed or not, with the problem, the fix and the source, and whether the linked post may
// be scheduled. Without an edit project the in-video labels cannot be read: a checkbox records the
// creator's confirmation. Not the rules (ComplianceCheck).
class CompliancePanel : public QWidget
{
    Q_OBJECT

public:
    explicit CompliancePanel(QWidget *parent = nullptr);

    // `rules` may be null (not loaded): the panel says so.
    void show(const ComplianceRules *rules, const ComplianceInput &input);
    const ComplianceReport &report() const { return m_report; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    const ComplianceRules *m_rules = nullptr;
    ComplianceInput m_input;
    ComplianceReport m_report;
    QLabel *m_verdict = nullptr;
    QTreeWidget *m_items = nullptr;
    QCheckBox *m_confirmed = nullptr;
};

} // namespace montaj
