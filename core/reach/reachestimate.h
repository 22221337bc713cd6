#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>

namespace montaj {

// Views (not log) at one age after posting.
struct ReachPoint
{
    double ageHours = 0.0;
    double p10 = 0.0;
    double p50 = 0.0;
    double p90 = 0.0;
};

// One reason the estimate is what it is, with its effect on the expected (median) views.
struct ReachDriver
{
    QString key; // "time", "hashtags", "duration", "photo", "caption_length", "captions",
                 // "disclosure", "recent_form"
    double effectLog10 = 0.0;
    double percent = 0.0; // 10^effect − 1, × 100
    QString text;         // translated, e.g. "Posting at 21:00 rather than 09:00: +18 % expected views…"
};

// What the estimator answers for one draft: P10/P50/P90 views at 1 h, 24 h, 7 d and 30 d, the growth
// curve, the drivers ranked by size, and — when the range is wide — why. Not the estimator.
struct ReachEstimate
{
    QString profileId;
    QString creator;
    int historyCount = 0;
    bool wide = false;
    QString reason;             // translated; empty unless wide
    QList<ReachPoint> horizons; // 1 h, 24 h, 7 d, 30 d
    QList<ReachPoint> curve;    // 1 h … 30 d
    QList<ReachDriver> drivers; // largest effect first
    QString modelSource;
    int calibrationObservations = 0;
    // Before calibration: P10/P50/P90 (log10) at 7 days and the growth curve's slope, what a
    // published post's counters are later compared with (ReachStore).
    std::array<double, 3> referenceLog10{};
    double lateSlope = 0.17;

    // Quantiles at any age by interpolating the curve in log-log (clamped to its ends).
    ReachPoint at(double ageHours) const;
    QJsonObject toJson() const;
};

} // namespace montaj
