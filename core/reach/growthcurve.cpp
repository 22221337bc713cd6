#include "core/reach/growthcurve.h"

#include <algorithm>
#include <cmath>

namespace montaj {

namespace {

double earlyShare(double hours)
{
    return 1.0 - std::exp(-std::pow(hours / GrowthCurve::kEarlyTauHours, GrowthCurve::kEarlyShape));
}

} // namespace

GrowthCurve::GrowthCurve(double lateSlope)
    : m_slope(std::clamp(lateSlope, 0.05, 0.5))
{}

double GrowthCurve::offset(double ageDays) const
{
    const double days = std::max(ageDays, 1.0 / 60.0);
    if (days >= 1.0)
        return m_slope * std::log10(days / kReferenceDays);
    const double atOneDay = m_slope * std::log10(1.0 / kReferenceDays);
    return atOneDay + std::log10(earlyShare(days * 24.0) / earlyShare(24.0));
}

std::array<double, 3> GrowthCurve::at(const std::array<double, 3> &atReference, double ageDays) const
{
    const double shift = offset(ageDays);
    const double widen = ageDays < kReferenceDays
                             ? 1.0 + kEarlyWidening * std::log10(kReferenceDays / std::max(ageDays, 1e-3))
                             : 1.0;
    const double p50 = atReference[1] + shift;
    return {p50 - (atReference[1] - atReference[0]) * widen, p50,
            p50 + (atReference[2] - atReference[1]) * widen};
}

} // namespace montaj
