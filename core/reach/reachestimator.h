#pragma once

#include "core/foundation/result.h"
#include "core/reach/reachcalibration.h"
#include "core/reach/reachdraft.h"
#include "core/reach/reachestimate.h"
#include "core/reach/reachhistory.h"
#include "core/reach/reachmodel.h"

#include <QCoreApplication>

#include <array>

namespace montaj {

// Estimates a draft's views before it is posted from the creator's own history (videos posted
// before the draft's time only): features → pooled model (P10/P50/P90 at 7 days) → growth curve
// (1 h … 30 d) → the account's calibration → drivers. With fewer than kMinHistory earlier videos,
// or only old ones, the range is widened and the estimate says why. A history and a draft of
// different platform profiles are refused ("reach.profile_mismatch"): tiktok and tiktok-us
// audiences never mix. Fast (well under a millisecond for a few hundred videos); no I/O.
class ReachEstimator
{
    Q_DECLARE_TR_FUNCTIONS(ReachEstimator)

public:
    static constexpr int kMinHistory = 5;
    static constexpr double kStaleDays = 90.0;

    explicit ReachEstimator(ReachModel model = ReachModel::builtIn(), ReachFeatureSettings settings = {});

    const ReachModel &model() const { return m_model; }
    const ReachFeatureBuilder &features() const { return m_builder; }
    void setCalibration(ReachCalibration calibration) { m_calibration = std::move(calibration); }
    const ReachCalibration &calibration() const { return m_calibration; }

    // `history` should be normalized (ReachHistory::normalized()); it is normalized here otherwise.
    Result<ReachEstimate> estimate(const ReachHistory &history, const ReachDraft &draft) const;
    // Calibrated P10/P50/P90 (log10 views) at `ageDays` only: the fast path of the best-time heatmap.
    // Empty history gives zeros.
    std::array<double, 3> quantilesAt(const ReachHistory &history, const ReachDraft &draft,
                                      double ageDays) const;
    // Walk-forward over the creator's own history (each video ≥ 7 days old from the videos before it,
    // with at least kMinHistory of them): the observations a new calibration starts from.
    QList<ReachObservation> selfCheck(const ReachHistory &history) const;

private:
    qsizetype historyBefore(const ReachHistory &history, const ReachDraft &draft) const;

    ReachModel m_model;
    ReachFeatureBuilder m_builder;
    ReachCalibration m_calibration;
};

} // namespace montaj
