#pragma once

#include "core/foundation/result.h"
#include "core/reach/reachfeatures.h"
#include "core/reach/reachhistory.h"
#include "core/reach/reachmodel.h"

#include <QCoreApplication>
#include <QList>

namespace montaj {

// The walk-forward protocol of docs/reach.md (the creators' data README): creators with at least
// minVideos usable videos in post order; video k is predicted from videos before k only; targets
// at least minTargetAgeDays old with at least minHistory earlier videos; earlier videos brought to
// the target's age with the fixed slope; anything pooled (ReachModel) fitted on the other half of
// the creators (two folds split by a hash of profile and creator).
struct BacktestOptions
{
    int minVideos = 10;
    int minHistory = 5;
    double minTargetAgeDays = 7.0;
    int baselineWindow = 5; // the baseline: median of the last 5 age-adjusted videos
    // 0: the protocol's split of the creators into two folds. Any other value splits them another
    // way (same sizes on average), to show how much the scores owe to one particular split.
    quint32 foldSalt = 0;
    ReachFeatureSettings features;
};

// One predicted video (log10 views).
struct BacktestRow
{
    QString profileId;
    QString creator;
    QString videoId;
    int fold = 0;
    int historyCount = 0;
    double actual = 0.0;
    double p10 = 0.0;
    double p50 = 0.0;
    double p90 = 0.0;
    double baseline = 0.0;
};

// Scores of a backtest: median absolute log10 error of P50, P10–P90 coverage (and the shares below
// and above), mean interval width (log10), Spearman of P50 with the actual views pooled and within
// creators (mean over creators with 3+ targets), and the baseline's median error on the same rows.
struct BacktestResult
{
    int n = 0;
    int creators = 0;
    double mdae = 0.0;
    double coverage = 0.0;
    double below = 0.0;
    double above = 0.0;
    double width = 0.0;
    double rhoPooled = 0.0;
    double rhoWithin = 0.0;
    double baselineMdae = 0.0;
    double baselineRhoWithin = 0.0;
    QList<BacktestRow> rows;

    // "BACKTEST n=… mdae=… coverage=… below=… above=… width=… rho_pooled=… rho_within=… baseline_mdae=…"
    QString summaryLine() const;
};

// Runs the protocol above. Deterministic: the same histories give the same result. Not the
// product's estimator (ReachEstimator), which it shares features and model with.
class ReachBacktest
{
    Q_DECLARE_TR_FUNCTIONS(ReachBacktest)

public:
    // A predictable video with what was known before it was posted.
    struct Target
    {
        qsizetype index = 0; // position in the creator's normalized history
        ReachFeatures features;
        double actual = 0.0;
        double baseline = 0.0;
    };

    explicit ReachBacktest(BacktestOptions options = {});

    // "reach.too_few_creators" when no creator has minVideos usable videos or a fold has nothing to
    // fit on.
    Result<BacktestResult> run(const QList<ReachHistory> &histories) const;
    // The targets of one normalized history, each built from the videos before it only.
    QList<Target> targets(const ReachHistory &history) const;
    // 0 or 1: FNV-1a of "profile/creator" (with a salt other than 0: of "salt/profile/creator").
    static int foldOf(const ReachHistory &history, quint32 salt = 0);
    static BacktestResult score(QList<BacktestRow> rows);

private:
    BacktestOptions m_options;
};

} // namespace montaj
