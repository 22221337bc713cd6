#pragma once

#include "core/foundation/apppaths.h"
#include "core/publish/posttypes.h"
#include "core/reach/reachestimator.h"
#include "core/reach/reachhistory.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace montaj {
class WorkspaceService;
} // namespace montaj

namespace montaj::ui {

class BestTimeHeatmap;
class PlatformConnection;
class ReachDistributionChart;
class ReachDraftPanel;
class ReachFollowUp;
class ReachFollowUpPanel;
class ReachGrowthChart;

// The Reach page: for one workspace account, a draft (a scheduled post or typed values) and its
// estimated views — the P10–P90 distribution at 1 h / 24 h / 7 d / 30 d, the growth curve, the
// drivers in plain words, why the range is wide when it is, and a best-time heatmap for the next 7
// days — updated as the caption, time or duration change. The account's history comes from the
// platform (Display API, when the signed-in account is this one) or from a CSV file, and is kept
// with the account's calibration in ReachStore (AppPaths data folder). Published posts are followed
// (ReachFollowUp): their counters are read every few minutes and set against their estimate, and
// the calibration learns from them. Wiring: construct with the studio's WorkspaceService,
// PlatformConnection (may be null) and AppPaths.
class ReachPage : public QWidget
{
    Q_OBJECT

public:
    ReachPage(WorkspaceService &workspace, PlatformConnection *platform, const AppPaths &paths,
              QWidget *parent = nullptr);
    ~ReachPage() override;

    // Reads the workspace's accounts and posts again.
    void reload();
    const ReachHistory &history() const { return m_history; }
    ReachDraftPanel *draftPanel() const { return m_draft; }
    QListWidget *driverList() const { return m_drivers; }
    QString statusText() const;
    // Uses this history for the current account (as a fetch or an import does) and saves it.
    Result<void> useHistory(ReachHistory history);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Loaded;
    void retranslate();
    void applyLoaded(const QList<WorkspaceAccount> &accounts, const QList<Post> &posts);
    void accountChanged();
    const WorkspaceAccount *account() const;
    void estimateNow();
    void updateHeatmap(const ReachDraft &draft);
    void fetchHistory();
    void importHistory();
    void followPublished();
    void refreshCounters();
    void countersRead(const QString &profileId, const QString &username);
    void showFollowUp();
    void setStatus(const QString &text, bool problem = false);
    void saveStore();

    WorkspaceService &m_workspace;
    PlatformConnection *m_platform;
    ReachFollowUp *m_following; // the store and the published posts followed
    QList<WorkspaceAccount> m_accounts;
    QList<Post> m_posts;
    ReachHistory m_history;
    ReachEstimator m_estimator;
    ReachEstimate m_estimate;
    bool m_hasEstimate = false;
    QTimer m_debounce;
    QTimer m_poll;
    bool m_fetching = false;

    QLabel *m_title;
    QLabel *m_accountLabel;
    QComboBox *m_account;
    QPushButton *m_fetch;
    QPushButton *m_import;
    QLabel *m_status;
    QLabel *m_storeProblem; // the reach data could not be read (stays for the session)
    ReachDraftPanel *m_draft;
    ReachDistributionChart *m_distribution;
    ReachGrowthChart *m_growth;
    QLabel *m_driversTitle;
    QListWidget *m_drivers;
    QLabel *m_heatmapTitle;
    BestTimeHeatmap *m_heatmap;
    ReachFollowUpPanel *m_followUp;
};

} // namespace montaj::ui
