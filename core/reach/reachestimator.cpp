#include "core/reach/reachestimator.h"

#include "core/reach/growthcurve.h"
#include "core/reach/reachdrivers.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace montaj {

namespace {

constexpr double kHorizonHours[] = {1.0, 24.0, 24.0 * 7, 24.0 * 30};
constexpr double kCurveHours[] = {1, 2, 3, 6, 12, 24, 48, 72, 120, 168, 240, 336, 504, 720};

std::array<double, 3> widened(const std::array<double, 3> &q, double factor)
{
    return {q[1] - (q[1] - q[0]) * factor, q[1], q[1] + (q[2] - q[1]) * factor};
}

ReachPoint point(double hours, const std::array<double, 3> &q)
{
    return {hours, std::pow(10.0, q[0]), std::pow(10.0, q[1]), std::pow(10.0, q[2])};
}

} // namespace

ReachEstimator::ReachEstimator(ReachModel model, ReachFeatureSettings settings)
    : m_model(std::move(model))
    , m_builder(settings)
{}

qsizetype ReachEstimator::historyBefore(const ReachHistory &history, const ReachDraft &draft) const
{
    if (!draft.postAtUtc.isValid())
        return history.videos.size();
    qsizetype n = 0;
    while (n < history.videos.size() && history.videos[n].postedAtUtc < draft.postAtUtc)
        ++n;
    return n;
}

std::array<double, 3> ReachEstimator::quantilesAt(const ReachHistory &history, const ReachDraft &draft,
                                                  double ageDays) const
{
    const qsizetype upto = historyBefore(history, draft);
    if (upto == 0)
        return {0.0, 0.0, 0.0};
    const ReachFeatures f = m_builder.build(history.videos, upto, draft, GrowthCurve::kReferenceDays);
    std::array<double, 3> reference = m_model.predict(f);
    if (upto < kMinHistory)
        reference = widened(reference, std::sqrt(double(kMinHistory) / double(upto)));
    const GrowthCurve curve(m_model.ageSlope(m_builder.settings().ageSlope));
    return m_calibration.apply(curve.at(reference, ageDays), ageDays);
}

Result<ReachEstimate> ReachEstimator::estimate(const ReachHistory &input, const ReachDraft &draft) const
{
    const ReachHistory history = input.isNormalized() ? input : input.normalized();
    if (!draft.profileId.isEmpty() && draft.profileId != history.profileId)
        return Error(QStringLiteral("reach.profile_mismatch"),
                     tr("This history is from the “%1” platform profile and the post goes to “%2”: their "
                        "audiences differ, so one cannot estimate the other.")
                         .arg(history.profileId, draft.profileId));
    if (!m_calibration.profileId().isEmpty() && m_calibration.profileId() != history.profileId)
        return Error(QStringLiteral("reach.profile_mismatch"),
                     tr("The calibration belongs to the “%1” platform profile, not “%2”.")
                         .arg(m_calibration.profileId(), history.profileId));
    const qsizetype upto = historyBefore(history, draft);
    if (upto == 0)
        return Error(QStringLiteral("reach.no_history"),
                     tr("No earlier video with views: post a few videos (or import their history) "
                        "and the estimate will follow."));
    const ReachFeatures f = m_builder.build(history.videos, upto, draft, GrowthCurve::kReferenceDays);
    std::array<double, 3> reference = m_model.predict(f);
    ReachEstimate e;
    e.profileId = history.profileId;
    e.creator = history.creator;
    e.historyCount = int(upto);
    e.modelSource = m_model.source();
    e.calibrationObservations = int(m_calibration.observations().size());
    QStringList reasons;
    if (upto < kMinHistory) {
        reference = widened(reference, std::sqrt(double(kMinHistory) / double(upto)));
        reasons.append(tr("Only %n earlier video(s) to learn from: the range stays wide until there are %1.",
                          nullptr, int(upto))
                           .arg(kMinHistory));
    }
    const QDateTime when =
        draft.postAtUtc.isValid() ? draft.postAtUtc : history.videos[upto - 1].observedAtUtc;
    const double sinceLatest = double(history.videos[upto - 1].postedAtUtc.secsTo(when)) / 86400.0;
    if (sinceLatest > kStaleDays) {
        reference = widened(reference, 1.25);
        reasons.append(
            tr("Your latest video is %n day(s) older than this post: the estimate leans on old results.",
               nullptr, int(sinceLatest)));
    }
    if (reference[2] - reference[0] > 1.6) // P90 over 40 × P10
        reasons.append(tr("Your videos’ views vary a lot from one to the next, so the range is wide."));
    e.wide = !reasons.isEmpty();
    e.reason = reasons.join(u' ');
    const GrowthCurve curve(m_model.ageSlope(m_builder.settings().ageSlope));
    e.referenceLog10 = reference;
    e.lateSlope = curve.lateSlope();
    for (const double hours : kHorizonHours)
        e.horizons.append(point(hours, m_calibration.apply(curve.at(reference, hours / 24.0), hours / 24.0)));
    for (const double hours : kCurveHours)
        e.curve.append(point(hours, m_calibration.apply(curve.at(reference, hours / 24.0), hours / 24.0)));
    e.drivers = ReachDrivers::explain(m_model, m_builder, history.videos, upto, draft, f);
    return e;
}

QList<ReachObservation> ReachEstimator::selfCheck(const ReachHistory &input) const
{
    const ReachHistory history = input.isNormalized() ? input : input.normalized();
    QList<ReachObservation> out;
    for (qsizetype k = kMinHistory; k < history.videos.size(); ++k) {
        const ReachVideo &v = history.videos[k];
        const double age = v.ageDays();
        if (age < GrowthCurve::kReferenceDays)
            continue;
        ReachDraft draft;
        draft.postAtUtc = v.postedAtUtc;
        draft.durationSec = v.durationSec;
        draft.isPhoto = v.isPhoto;
        draft.caption = v.caption;
        draft.hashtags = v.hashtags;
        draft.hasCaptions = v.hasCaptions;
        draft.disclosed = v.disclosed;
        const ReachFeatures f = m_builder.build(history.videos, k, draft, age);
        const auto q = m_model.predict(f);
        out.append({v.id, age, q[0], q[1], q[2], std::log10(double(v.views)), v.observedAtUtc});
    }
    return out;
}

} // namespace montaj
