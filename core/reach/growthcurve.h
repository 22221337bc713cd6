#pragma once

#include <array>

namespace montaj {

// How a video's views grow with its age, in log10 views relative to the views at 7 days: after a
// day, a straight line in log-log with the model's slope (0.17 from the protocol plus the fitted
// age coefficient); in the first day, a saturating start F(t) = 1 − exp(−(t/τ)^κ) with τ = 10 h and
// κ = 0.8 (a prior: the history files hold no video younger than its scrape, so this part is not
// fitted; the per-account calibration corrects it from published posts). Intervals widen for ages
// under 7 days, where the model extrapolates. Pure arithmetic; not the estimator.
class GrowthCurve
{
public:
    static constexpr double kReferenceDays = 7.0;
    static constexpr double kEarlyTauHours = 10.0;
    static constexpr double kEarlyShape = 0.8;
    static constexpr double kEarlyWidening = 0.15; // extra half-width per log10(7 d / age)

    explicit GrowthCurve(double lateSlope);

    double lateSlope() const { return m_slope; }
    // log10(views at ageDays) − log10(views at 7 days).
    double offset(double ageDays) const;
    // P10/P50/P90 (log10) at ageDays from P10/P50/P90 at 7 days.
    std::array<double, 3> at(const std::array<double, 3> &atReference, double ageDays) const;

private:
    double m_slope;
};

} // namespace montaj
