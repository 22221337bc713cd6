#pragma once

#include "core/foundation/result.h"
#include "core/reach/internal/quantileboost.h"
#include "core/reach/reachfeatures.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <array>

namespace montaj {

// The pooled part of the reach estimator: a linear median regression (P50) of a video's log10 views
// minus the creator's level on ReachFeatures, boosted median trees on what it leaves (from the
// shape of the creator's history only), two quantile regressions (P10, P90) of what the median
// leaves on the dispersion and the history's length, and the pooled dispersion the creator's own is
// shrunk toward. Fitted across creators (the backtest fits it on the other half of creators;
// `montajctl reach fit` on any history file), or the built-in one. Not per creator: that is
// ReachCalibration.
class ReachModel
{
    Q_DECLARE_TR_FUNCTIONS(ReachModel)

public:
    enum Quantile { P10, P50, P90 };
    static constexpr int kQuantiles = 3;
    static constexpr int kMinTrainingRows = 50;
    static constexpr double kScalePseudoVideos =
        5.0; // the creator's dispersion is shrunk with 5 pseudo-videos
    using Coefficients = std::array<double, ReachFeatures::Count>;
    // P10 and P90 as P50 + tail[0] + tail[1] × Scale + tail[2] × InverseCount.
    using TailCoefficients = std::array<double, 3>;

    // The features the boosted trees see: what describes the creator's history, none of the draft's
    // own choices (so each driver stays one coefficient) and not the history's length (a scraped
    // history holds ~20 videos, a studio's hundreds).
    static constexpr std::array<ReachFeatures::Index, 10> kShapeFeatures = {
        ReachFeatures::LowerQuartile, ReachFeatures::UpperQuartile, ReachFeatures::Lag1,
        ReachFeatures::Lag2,          ReachFeatures::Lag3,          ReachFeatures::Lag4,
        ReachFeatures::Lag5,          ReachFeatures::Earlier,       ReachFeatures::LikeRate,
        ReachFeatures::Scale};

    struct TrainingRow
    {
        ReachFeatures features;
        double actualLog10 = 0.0;
        // Whose video it is (profile/creator): the tails are fitted on what a fit without the
        // row's own creator misses. With one creator (or none named), the earlier and later half
        // of the rows are fitted on each other.
        QString group;
    };

    // Fitted once on public creators' data (docs/reach.md, "Built-in model"); a resource.
    static ReachModel builtIn();
    // "reach.too_few_rows" below kMinTrainingRows.
    static Result<ReachModel> fit(const QList<TrainingRow> &rows, const QString &source);
    // The trees' fixed settings (docs/reach.md, "Fixed hyperparameters").
    static QuantileBoost::Settings boostSettings() { return {}; }

    // log10 views at the features' target age: P10 ≤ P50 ≤ P90.
    std::array<double, kQuantiles> predict(const ReachFeatures &features) const;
    // The design row with Scale filled in.
    std::array<double, ReachFeatures::Count> design(const ReachFeatures &features) const;
    // d log10(views) / d log10(age): the features' age slope plus the fitted Age coefficient.
    double ageSlope(double featureAgeSlope) const;
    // The boosted trees' part of P50 (log10): what the shape of the history adds to the linear part.
    double shapeCorrection(const ReachFeatures &features) const;
    // The part of shapeCorrection owed to the last five videos: against the same history with
    // them at the creator's level (the recent-form driver).
    double recentFormCorrection(const ReachFeatures &features) const;
    // The boosted trees (empty for a version 2 model).
    const QuantileBoost &boost() const { return m_boost; }
    double coefficient(ReachFeatures::Index i) const { return m_coefficients[size_t(i)]; }
    const TailCoefficients &tail(Quantile q) const { return q == P10 ? m_lowTail : m_highTail; }
    double pooledDispersion() const { return m_pooledDispersion; }
    int trainingRows() const { return m_trainingRows; }
    QString source() const { return m_source; }

    QJsonObject toJson() const;
    static Result<ReachModel> fromJson(const QJsonObject &json);

private:
    static ReachModel fitMedian(const QList<TrainingRow> &rows, const QString &source);
    double shapeCorrection(const std::array<double, ReachFeatures::Count> &design) const;
    double predictMedian(const ReachFeatures &features,
                         const std::array<double, ReachFeatures::Count> &design) const;

    Coefficients m_coefficients{};
    QuantileBoost m_boost;
    TailCoefficients m_lowTail{};
    TailCoefficients m_highTail{};
    double m_pooledDispersion = 0.35;
    int m_trainingRows = 0;
    QString m_source;
};

} // namespace montaj
