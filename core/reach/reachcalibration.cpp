#include "core/reach/reachcalibration.h"

#include "core/reach/growthcurve.h"
#include "core/reach/internal/robuststats.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace montaj {

ReachCalibration::ReachCalibration(QString profileId, QString account)
    : m_profileId(std::move(profileId))
    , m_account(std::move(account))
{}

ReachCalibration::Horizon ReachCalibration::horizonOf(double ageDays)
{
    if (ageDays < 0.25)
        return OneHour;
    if (ageDays < 3.0)
        return OneDay;
    if (ageDays < 15.0)
        return OneWeek;
    return OneMonth;
}

void ReachCalibration::add(const ReachObservation &observation)
{
    const Horizon h = horizonOf(observation.ageDays);
    m_observations.removeIf([&](const ReachObservation &o) {
        return !observation.videoId.isEmpty() && o.videoId == observation.videoId
               && horizonOf(o.ageDays) == h;
    });
    m_observations.append(observation);
    if (m_observations.size() > kMaxObservations)
        m_observations.remove(0, m_observations.size() - kMaxObservations);
}

namespace {

// The horizon whose correction applies at ageDays (OneDay for the fade between 1 and 7 days).
ReachCalibration::Horizon earlyHorizonOf(double ageDays)
{
    return ReachCalibration::horizonOf(ageDays) == ReachCalibration::OneHour ? ReachCalibration::OneHour
                                                                             : ReachCalibration::OneDay;
}

} // namespace

QList<ReachObservation> ReachCalibration::observationsAt(Horizon h) const
{
    QList<ReachObservation> out;
    for (const ReachObservation &o : m_observations)
        if (horizonOf(o.ageDays) == h)
            out.append(o);
    return out;
}

double ReachCalibration::offset(Horizon h) const
{
    return offsetOf(observationsAt(h));
}

double ReachCalibration::offsetOf(const QList<ReachObservation> &observations)
{
    if (observations.isEmpty())
        return 0.0;
    QList<double> misses;
    for (const ReachObservation &o : observations)
        misses.append(o.actual - o.p50);
    const double n = double(misses.size());
    return RobustStats::median(misses) * n / (n + kShrinkage);
}

double ReachCalibration::spread(Horizon h) const
{
    const QList<ReachObservation> observations = observationsAt(h);
    return spreadOf(observations, offsetOf(observations));
}

double ReachCalibration::spreadOf(const QList<ReachObservation> &observations, double shift)
{
    QList<double> standardized;
    for (const ReachObservation &o : observations) {
        const double miss = o.actual - o.p50 - shift;
        const double half = miss >= 0 ? o.p90 - o.p50 : o.p50 - o.p10;
        if (half > 1e-6)
            standardized.append(std::abs(miss) / half);
    }
    if (standardized.isEmpty())
        return 1.0;
    // With a calibrated range, 80 % of the misses stay within their half-width.
    const double needed = std::clamp(RobustStats::quantile(standardized, 0.8), 0.3, 4.0);
    const double n = double(standardized.size());
    return std::clamp(std::exp(std::log(needed) * n / (n + kShrinkage)), 0.6, 2.0);
}

double ReachCalibration::earlyWeight(double ageDays)
{
    if (ageDays <= 1.0)
        return 1.0;
    if (ageDays >= GrowthCurve::kReferenceDays)
        return 0.0;
    return std::log(GrowthCurve::kReferenceDays / ageDays) / std::log(GrowthCurve::kReferenceDays);
}

double ReachCalibration::coverage() const
{
    if (m_observations.isEmpty())
        return -1.0;
    int inside = 0;
    for (const ReachObservation &o : m_observations)
        inside += (o.actual >= o.p10 && o.actual <= o.p90) ? 1 : 0;
    return double(inside) / double(m_observations.size());
}

std::array<double, 3> ReachCalibration::apply(const std::array<double, 3> &q, double ageDays) const
{
    const double w = earlyWeight(ageDays);
    if (w <= 0.0 || m_observations.isEmpty())
        return q;
    const QList<ReachObservation> observations = observationsAt(earlyHorizonOf(ageDays));
    const double offset = offsetOf(observations);
    const double shift = w * offset;
    const double s = std::exp(w * std::log(spreadOf(observations, offset)));
    const double p50 = q[1] + shift;
    return {p50 - (q[1] - q[0]) * s, p50, p50 + (q[2] - q[1]) * s};
}

QJsonObject ReachCalibration::toJson() const
{
    QJsonArray list;
    for (const ReachObservation &o : m_observations)
        list.append(
            QJsonObject{{QStringLiteral("video_id"), o.videoId},
                        {QStringLiteral("age_days"), o.ageDays},
                        {QStringLiteral("p10"), o.p10},
                        {QStringLiteral("p50"), o.p50},
                        {QStringLiteral("p90"), o.p90},
                        {QStringLiteral("actual"), o.actual},
                        {QStringLiteral("observed_at"), o.observedAtUtc.toUTC().toString(Qt::ISODate)}});
    return {{QStringLiteral("profile"), m_profileId},
            {QStringLiteral("account"), m_account},
            {QStringLiteral("observations"), list}};
}

ReachCalibration ReachCalibration::fromJson(const QJsonObject &json)
{
    ReachCalibration c(json.value(QStringLiteral("profile")).toString(),
                       json.value(QStringLiteral("account")).toString());
    for (const QJsonValue &v : json.value(QStringLiteral("observations")).toArray()) {
        const QJsonObject o = v.toObject();
        ReachObservation obs;
        obs.videoId = o.value(QStringLiteral("video_id")).toString();
        obs.ageDays = o.value(QStringLiteral("age_days")).toDouble();
        obs.p10 = o.value(QStringLiteral("p10")).toDouble();
        obs.p50 = o.value(QStringLiteral("p50")).toDouble();
        obs.p90 = o.value(QStringLiteral("p90")).toDouble();
        obs.actual = o.value(QStringLiteral("actual")).toDouble();
        obs.observedAtUtc =
            QDateTime::fromString(o.value(QStringLiteral("observed_at")).toString(), Qt::ISODate);
        if (obs.ageDays > 0.0 && std::isfinite(obs.actual))
            c.m_observations.append(obs);
    }
    return c;
}

} // namespace montaj
