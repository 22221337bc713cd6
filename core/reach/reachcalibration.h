#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>

namespace montaj {

// One estimate checked against the views that came in: what was predicted (log10, before any
// calibration) for a video at a given age, and what it had.
struct ReachObservation
{
    QString videoId;
    double ageDays = 0.0;
    double p10 = 0.0;
    double p50 = 0.0;
    double p90 = 0.0;
    double actual = 0.0; // log10 views
    QDateTime observedAtUtc;
};

// What Montaj learned about one account's estimates (per platform profile: tiktok and tiktok-us
// never share one): a log10 offset (the median miss, shrunk toward 0 with 10 pseudo-observations),
// a spread factor for the P10–P90 range (how often the actual fell inside, shrunk toward 1), and an
// offset per horizon (1 h, 24 h, 7 d, 30 d) for the growth curve's early part. Learns from the
// creator's own past (a walk-forward over its history) and from published posts as their counters
// come in. A value; persisted by ReachStore. Not the pooled model.
class ReachCalibration
{
public:
    static constexpr int kMaxObservations = 200;
    static constexpr double kShrinkage = 10.0;
    enum Horizon { OneHour, OneDay, OneWeek, OneMonth, HorizonCount };

    ReachCalibration() = default;
    ReachCalibration(QString profileId, QString account);

    QString profileId() const { return m_profileId; }
    QString account() const { return m_account; }
    const QList<ReachObservation> &observations() const { return m_observations; }

    // Adds one (the same video at the same horizon replaces the earlier one).
    void add(const ReachObservation &observation);
    void clear() { m_observations.clear(); }

    double offset() const;
    double spread() const;
    double horizonOffset(Horizon h) const;
    // The share of observations inside their P10–P90 range (−1 with none).
    double coverage() const;
    // P10/P50/P90 (log10) at ageDays with what was learned applied.
    std::array<double, 3> apply(const std::array<double, 3> &quantiles, double ageDays) const;
    static Horizon horizonOf(double ageDays);

    QJsonObject toJson() const;
    static ReachCalibration fromJson(const QJsonObject &json);

private:
    QString m_profileId;
    QString m_account;
    QList<ReachObservation> m_observations;
};

} // namespace montaj
