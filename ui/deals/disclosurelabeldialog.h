#pragma once

#include "core/deals/compliancecheck.h"
#include "ui/deals/dealssnapshot.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace montaj {

// The Edit page's "Add disclosure label…": choose the brand deal's deliverable the video is for (its
// audiences and kind of disclosure decide the labels), or an audience and a kind of disclosure when
// the video is for no deal in Montaj, and whether it is retouched or AI-generated; the dialog says
// which labels will be added for the whole video. Produces the ComplianceInput; the page adds the
// overlays (one undo step). Not the rules.
class DisclosureLabelDialog : public QDialog
{
    Q_OBJECT

public:
    DisclosureLabelDialog(const ComplianceRules &rules, const DealsSnapshot &snapshot,
                          const ProjectState &project, QWidget *parent = nullptr);

    void selectDeliverable(const QString &deliverableId);
    void setAudience(const QString &jurisdiction, DisclosureType kind);
    ComplianceInput input() const; // with the project
    QList<TextOverlay> overlays() const;

private:
    void refresh();

    const ComplianceRules &m_rules;
    DealsSnapshot m_snapshot;
    ProjectState m_project;
    QComboBox *m_deliverable;
    QComboBox *m_jurisdiction;
    QComboBox *m_kind;
    QCheckBox *m_retouched;
    QCheckBox *m_ai;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
};

} // namespace montaj
