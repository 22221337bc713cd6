#include "core/reach/reachestimate.h"

#include <QJsonArray>

#include <cmath>

namespace montaj {

namespace {

QJsonObject pointJson(const ReachPoint &p)
{
    return {{QStringLiteral("age_hours"), p.ageHours},
            {QStringLiteral("p10"), std::round(p.p10)},
            {QStringLiteral("p50"), std::round(p.p50)},
            {QStringLiteral("p90"), std::round(p.p90)}};
}

double lerpLog(double a, double b, double t)
{
    return std::pow(10.0, std::log10(std::max(a, 1e-9)) * (1.0 - t) + std::log10(std::max(b, 1e-9)) * t);
}

} // namespace

ReachPoint ReachEstimate::at(double ageHours) const
{
    if (curve.isEmpty())
        return {};
    if (ageHours <= curve.first().ageHours)
        return curve.first();
    for (qsizetype i = 1; i < curve.size(); ++i) {
        const ReachPoint &a = curve[i - 1];
        const ReachPoint &b = curve[i];
        if (ageHours <= b.ageHours) {
            const double t = (std::log10(ageHours) - std::log10(a.ageHours))
                             / (std::log10(b.ageHours) - std::log10(a.ageHours));
            return {ageHours, lerpLog(a.p10, b.p10, t), lerpLog(a.p50, b.p50, t), lerpLog(a.p90, b.p90, t)};
        }
    }
    return curve.last();
}

QJsonObject ReachEstimate::toJson() const
{
    static const char *const kHorizonKeys[] = {"1h", "24h", "7d", "30d"};
    QJsonObject horizonsJson;
    for (qsizetype i = 0; i < horizons.size() && i < 4; ++i)
        horizonsJson.insert(QLatin1String(kHorizonKeys[i]), pointJson(horizons[i]));
    QJsonArray curveJson;
    for (const ReachPoint &p : curve)
        curveJson.append(pointJson(p));
    QJsonArray driversJson;
    for (const ReachDriver &d : drivers)
        driversJson.append(
            QJsonObject{{QStringLiteral("key"), d.key},
                        {QStringLiteral("effect_percent"), std::round(d.percent * 10.0) / 10.0},
                        {QStringLiteral("text"), d.text}});
    QJsonObject out{{QStringLiteral("profile"), profileId},
                    {QStringLiteral("creator"), creator},
                    {QStringLiteral("history_videos"), historyCount},
                    {QStringLiteral("wide"), wide},
                    {QStringLiteral("horizons"), horizonsJson},
                    {QStringLiteral("curve"), curveJson},
                    {QStringLiteral("drivers"), driversJson},
                    {QStringLiteral("model"), modelSource},
                    {QStringLiteral("calibration_observations"), calibrationObservations}};
    if (wide)
        out.insert(QStringLiteral("reason"), reason);
    return out;
}

} // namespace montaj
