#include "core/reach/reachfeatures.h"

#include "core/reach/internal/robuststats.h"
#include "core/reach/reachtext.h"

#include <algorithm>
#include <cmath>

namespace montaj {

QStringList ReachDraft::effectiveHashtags() const
{
    return hashtags.isEmpty() ? ReachText::hashtagsInCaption(caption) : hashtags;
}

namespace {

double log10Age(double days)
{
    return std::log10(std::max(days, 1.0 / 24.0));
}

double captionLengthLog(const QString &caption)
{
    return std::log10(double(caption.size()) + 1.0);
}

// Σ(residuals of matching videos) / (matches + k): a creator's own effect, shrunk toward 0.
double shrunkEffect(const QList<double> &residuals, const QList<bool> &match, double k)
{
    double sum = 0.0;
    int matches = 0;
    for (qsizetype i = 0; i < residuals.size(); ++i) {
        if (match[i]) {
            sum += residuals[i];
            ++matches;
        }
    }
    return matches == 0 ? 0.0 : sum / (double(matches) + k);
}

// The creator's own residuals for effects: values clipped to median ± clip × robust sd, minus their
// mean, so a choice every earlier video shared has no effect at all.
QList<double> ownResiduals(const QList<double> &values, double clipSd)
{
    const double centre = RobustStats::median(values);
    const double spread = std::max(1.4826 * RobustStats::mad(values), 0.05) * clipSd;
    QList<double> out;
    out.reserve(values.size());
    double sum = 0.0;
    for (const double v : values) {
        out.append(std::clamp(v, centre - spread, centre + spread));
        sum += out.last();
    }
    const double mean = sum / double(std::max<qsizetype>(1, values.size()));
    for (double &v : out)
        v -= mean;
    return out;
}

template<typename Get>
double tristateEffect(const QList<ReachVideo> &videos, qsizetype upto, const QList<double> &residuals,
                      const std::optional<bool> &draftValue, double k, Get get)
{
    if (!draftValue)
        return 0.0;
    QList<bool> match(upto, false);
    for (qsizetype i = 0; i < upto; ++i) {
        const std::optional<bool> v = get(videos[i]);
        match[i] = v && *v == *draftValue;
    }
    return shrunkEffect(residuals, match, k);
}

} // namespace

ReachFeatureBuilder::ReachFeatureBuilder(ReachFeatureSettings settings)
    : m_settings(settings)
{}

int ReachFeatureBuilder::hourBlock(const QDateTime &utc, const QTimeZone &zone) const
{
    const QDateTime local = utc.toTimeZone(zone);
    return local.time().hour() / std::max(1, m_settings.hourBlockHours);
}

double ReachFeatureBuilder::hourBlockEffect(const QList<ReachVideo> &videos, qsizetype upto, int block,
                                            const QTimeZone &zone) const
{
    upto = std::min(upto, videos.size());
    if (upto <= 0)
        return 0.0;
    QList<double> z;
    z.reserve(upto);
    for (qsizetype i = 0; i < upto; ++i)
        z.append(std::log10(double(videos[i].views)) - m_settings.ageSlope * log10Age(videos[i].ageDays()));
    const QList<double> residuals = ownResiduals(z, m_settings.clipSd);
    QList<bool> match;
    for (qsizetype i = 0; i < upto; ++i)
        match.append(hourBlock(videos[i].postedAtUtc, zone) == block);
    return shrunkEffect(residuals, match, m_settings.effectShrinkage);
}

ReachFeatures ReachFeatureBuilder::build(const QList<ReachVideo> &videos, qsizetype upto,
                                         const ReachDraft &draft, double targetAgeDays) const
{
    ReachFeatures f;
    upto = std::min(upto, videos.size());
    f.historyCount = int(upto);
    f.targetAgeDays = targetAgeDays;
    f.x[ReachFeatures::Intercept] = 1.0;
    f.x[ReachFeatures::Age] = log10Age(targetAgeDays) - 1.5;
    if (upto <= 0)
        return f;
    const double slope = m_settings.ageSlope;
    const double targetLogAge = log10Age(targetAgeDays);
    // Earlier videos brought to the target's age.
    QList<double> adj;
    QList<double> weights;
    adj.reserve(upto);
    for (qsizetype i = 0; i < upto; ++i) {
        const ReachVideo &v = videos[i];
        adj.append(std::log10(double(v.views)) + slope * (targetLogAge - log10Age(v.ageDays())));
        weights.append(std::pow(0.5, double(upto - 1 - i) / m_settings.recencyHalfLife));
    }
    const double level = RobustStats::weightedMedian(adj, weights);
    f.level = level;
    f.dispersion = 1.4826 * RobustStats::mad(adj);
    f.x[ReachFeatures::LowerQuartile] = RobustStats::quantile(adj, 0.25) - level;
    f.x[ReachFeatures::UpperQuartile] = RobustStats::quantile(adj, 0.75) - level;
    // The last five videos one by one (clipped, so one hit or flop moves the estimate a little),
    // and the median of those before.
    const double centre = RobustStats::median(adj);
    const double spread = std::max(f.dispersion, 0.05) * m_settings.clipSd;
    QList<double> clipped;
    clipped.reserve(upto);
    for (const double a : adj)
        clipped.append(std::clamp(a, centre - spread, centre + spread));
    for (qsizetype lag = 1; lag <= 5; ++lag) {
        const double v = upto >= lag ? clipped[upto - lag] : centre;
        f.x[size_t(ReachFeatures::Lag1) + size_t(lag - 1)] = v - level;
    }
    f.x[ReachFeatures::Earlier] = (upto > 5 ? RobustStats::median(clipped.mid(0, upto - 5)) : centre) - level;
    f.x[ReachFeatures::InverseCount] = 1.0 / double(upto);

    int photos = 0;
    QList<double> durations;
    QList<double> captionLengths;
    QList<double> likeRates;
    for (qsizetype i = 0; i < upto; ++i) {
        const ReachVideo &v = videos[i];
        photos += v.isPhoto ? 1 : 0;
        if (v.durationSec > 0)
            durations.append(std::log10(double(v.durationSec)));
        captionLengths.append(captionLengthLog(v.caption));
        if (i >= upto - 5 && v.likes >= 0)
            likeRates.append(std::log10(double(std::max<qint64>(v.likes, 1))) - std::log10(double(v.views)));
    }
    f.x[ReachFeatures::Photo] = (draft.isPhoto ? 1.0 : 0.0) - double(photos) / double(upto);
    if (draft.durationSec > 0 && !durations.isEmpty()) {
        const double typical = RobustStats::median(durations);
        f.typicalDurationSec = std::pow(10.0, typical);
        f.x[ReachFeatures::Duration] = std::log10(double(draft.durationSec)) - typical;
    }
    f.x[ReachFeatures::LikeRate] = likeRates.isEmpty() ? 0.0 : RobustStats::median(likeRates) + 1.2;
    const double typicalCaption = RobustStats::median(captionLengths);
    f.typicalCaptionLength = int(std::lround(std::pow(10.0, typicalCaption) - 1.0));
    f.x[ReachFeatures::CaptionLength] = captionLengthLog(draft.caption) - typicalCaption;

    // The creator's own effects: residuals of earlier videos around their mean, summed over the
    // videos that share the draft's choice and shrunk toward 0.
    const QList<double> residuals = ownResiduals(adj, m_settings.clipSd);
    const double k = m_settings.effectShrinkage;
    f.draftHourBlock = hourBlock(draft.postAtUtc, draft.audienceZone);
    QList<bool> match(upto, false);
    for (qsizetype i = 0; i < upto; ++i)
        match[i] = hourBlock(videos[i].postedAtUtc, draft.audienceZone) == f.draftHourBlock;
    f.hourEffect = draft.postAtUtc.isValid() ? shrunkEffect(residuals, match, k) : 0.0;
    const QStringList tags = draft.effectiveHashtags();
    if (!tags.isEmpty()) {
        for (qsizetype i = 0; i < upto; ++i) {
            match[i] = std::any_of(videos[i].hashtags.begin(), videos[i].hashtags.end(),
                                   [&tags](const QString &t) { return tags.contains(t); });
        }
        f.hashtagEffect = shrunkEffect(residuals, match, k);
    }
    f.captionsEffect = tristateEffect(videos, upto, residuals, draft.hasCaptions, k,
                                      [](const ReachVideo &v) { return v.hasCaptions; });
    f.disclosureEffect = tristateEffect(videos, upto, residuals, draft.disclosed, k,
                                        [](const ReachVideo &v) { return v.disclosed; });
    f.x[ReachFeatures::OwnHistory] = f.hourEffect + f.hashtagEffect + f.captionsEffect + f.disclosureEffect;
    return f;
}

} // namespace montaj
