#pragma once

#include "core/deals/compliancerules.h"
#include "core/edit/projecttypes.h"
#include "ui/deals/dealssnapshot.h"

#include <QFutureWatcher>
#include <QGroupBox>
#include <QPointer>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;

namespace montaj {

class DealService;
struct ExclusivityConflict;

// The composer's link to a brand deal: a "Deliverable" chooser listing the open deliverables of the
// workspace's deals, and for the chosen one what stops the post from being scheduled — the
// compliance of its jurisdictions (ComplianceCheck: the platform toggle, the caption label, the
// in-video labels read from the project the post renders, or the creator's confirmation for a
// plain video file) and other deals' exclusivity at the post's time, which the creator must
// confirm explicitly. Reads the deals through DealService (never on the UI thread) and the project
// file on a worker thread. Not the post's own platform rules (ComposerRules).
class DealLinkBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit DealLinkBox(QWidget *parent = nullptr);
    ~DealLinkBox() override;

    void setDeals(DealService *deals); // null: no deals, the box hides
    bool isLoaded() const { return m_loaded; }
    // The post being edited: its deliverable is chosen once the deals are read.
    void setPostId(const QString &postId);
    // The file the post sends: a Montaj project is read for its in-video labels and filters.
    void setMedia(const QString &path);
    bool isProjectLoaded() const { return m_project.has_value(); }

    QStringList deliverableIds() const; // those offered, in order
    void selectDeliverable(const QString &deliverableId);
    QString deliverableId() const;
    QString linkedDeliverableId() const { return m_linked; } // as stored when the post was opened
    QString dealId() const;
    const DealsSnapshot &snapshot() const { return m_snapshot; }

    // Recomputes the checks for the post as the form holds it.
    void check(const Post &post);
    // What stops scheduling, in words (empty when nothing is chosen or all is well).
    QStringList problems() const { return m_problems; }
    QStringList conflicts() const { return m_conflicts; }
    QCheckBox *overlaysConfirmation() const { return m_overlaysConfirmed; }
    QCheckBox *exclusivityConfirmation() const { return m_exclusivityConfirmed; }

Q_SIGNALS:
    void changed();
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct ProjectRead
    {
        QString path;
        std::optional<ProjectState> state;
    };
    void reload();
    void fill();
    void retranslate();

    QPointer<DealService> m_deals;
    std::optional<ComplianceRules> m_rules;
    DealsSnapshot m_snapshot;
    bool m_loaded = false;
    QString m_postId;
    QString m_linked;
    QString m_mediaPath;
    std::optional<ProjectState> m_project;
    QFutureWatcher<ProjectRead> m_projectWatcher;
    Post m_post;
    QStringList m_problems;
    QStringList m_conflicts;
    QLabel *m_chooserLabel;
    QComboBox *m_chooser;
    QLabel *m_summary;
    QLabel *m_verdict;
    QCheckBox *m_overlaysConfirmed;
    QLabel *m_conflictText;
    QCheckBox *m_exclusivityConfirmed;
};

} // namespace montaj
