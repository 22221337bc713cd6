#pragma once

// Synthetic creators for the reach tests: known levels, a known age slope and noise, so what the
// estimator should find is known.

#include "core/reach/reachhistory.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <cmath>

namespace reachtest {

struct SyntheticCreator
{
    double level = 4.0;      // log10 views at 7 days
    double noise = 0.3;      // sd of log10 views around the level
    double ageSlope = 0.3;   // log10 views per log10 age
    double eveningBoost = 0; // log10 added to videos posted 18:00–21:00 UTC
    int videos = 20;
    double everyDays = 3.0;
};

inline double normal(QRandomGenerator &rng)
{
    const double u1 = std::max(rng.generateDouble(), 1e-12);
    const double u2 = rng.generateDouble();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

// Videos posted every `everyDays` up to 8 days before `observedAt`, all read at `observedAt`.
inline montaj::ReachHistory
makeCreator(const QString &name, const SyntheticCreator &c, QRandomGenerator &rng,
            const QDateTime &observedAt = QDateTime(QDate(2025, 6, 1), QTime(12, 0), QTimeZone::utc()),
            const QString &profile = QStringLiteral("tiktok"))
{
    montaj::ReachHistory h;
    h.profileId = profile;
    h.creator = name;
    for (int i = 0; i < c.videos; ++i) {
        montaj::ReachVideo v;
        const double daysBefore = 8.0 + c.everyDays * double(c.videos - 1 - i);
        const int hour = (i * 7) % 24;
        v.postedAtUtc = observedAt.addSecs(-qint64(daysBefore * 86400.0));
        v.postedAtUtc.setTime(QTime(hour, 0));
        v.observedAtUtc = observedAt;
        v.id = QString::number((quint64(v.postedAtUtc.toSecsSinceEpoch()) << 32) | quint64(i));
        const double age = v.ageDays();
        double y = c.level + c.ageSlope * std::log10(age / 7.0) + c.noise * normal(rng);
        if (hour >= 18 && hour < 21)
            y += c.eveningBoost;
        v.views = qint64(std::pow(10.0, y));
        v.likes = v.views / 12;
        v.durationSec = 15 + (i * 13) % 60;
        v.caption = QStringLiteral("video %1 #daily").arg(i);
        v.hashtags = {QStringLiteral("daily")};
        h.videos.append(v);
    }
    return h.normalized();
}

} // namespace reachtest
