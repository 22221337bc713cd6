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
// never share one), from its published posts as their counters come in (and, to show how past
// estimates fared, a walk-forward over its history). It corrects only what the pooled model is not
// fitted on: the first days of the growth curve, a prior. Per early horizon (1 h, 24 h) an offset (the
// median miss, shrunk toward 0 with 10 pseudo-observations) and a spread factor for the P10–P90 range
// (how often the actual fell inside, shrunk toward 1), fading out by 7 days. From 7 days on the
// model's own estimate stands: an account offset learned from past misses made the backtest worse
// (docs/reach.md, "Calibration"). A value; persisted by ReachStore. Not the pooled model.
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

    // The observations made at a horizon.
    QList<ReachObservation> observationsAt(Horizon h) const;
    // log10 correction and P10–P90 spread factor at a horizon (0 and 1 where nothing is learned).
    double offset(Horizon h) const;
    double spread(Horizon h) const;
    // How much of an early horizon's correction applies at ageDays: 1 up to a day, fading in log age
    // to 0 at 7 days (GrowthCurve::kReferenceDays), 0 from there on.
    static double earlyWeight(double ageDays);
    // The share of observations inside their P10–P90 range (−1 with none).
    double coverage() const;
    // P10/P50/P90 (log10) at ageDays with what was learned applied.
    std::array<double, 3> apply(const std::array<double, 3> &quantiles, double ageDays) const;
    static Horizon horizonOf(double ageDays);

    QJsonObject toJson() const;
    static ReachCalibration fromJson(const QJsonObject &json);

private:
    static double offsetOf(const QList<ReachObservation> &observations);
    static double spreadOf(const QList<ReachObservation> &observations, double shift);

    QString m_profileId;
    QString m_account;
    QList<ReachObservation> m_observations;
};

} // namespace montaj
