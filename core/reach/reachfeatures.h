#pragma once

#include "core/reach/reachdraft.h"
#include "core/reach/reachhistory.h"

#include <array>

namespace montaj {

// The fixed settings of the features (docs/reach.md explains each value and why it is fixed).
struct ReachFeatureSettings
{
    double ageSlope = 0.17;       // log10 views per log10 age: earlier videos brought to one age
    double recencyHalfLife = 2.5; // videos: weight of the creator's level halves every 2.5 videos back
    double effectShrinkage = 8.0; // pseudo-videos a creator's own-history effect is shrunk with
    int hourBlockHours = 3;       // hours of day grouped in blocks of 3 for the time-of-day effect
    double clipSd = 2.0;          // recent videos clipped to median ± 2 robust sd before they count
};

// What the estimator knows about a draft before it is posted, from the creator's earlier videos
// only: the creator's level at the target age (recency-weighted median of age-adjusted log10 views)
// and the model's design row (ReachFeatures::Index). Also the parts drivers are explained with.
// Not the model (ReachModel) and not an estimate.
struct ReachFeatures
{
    enum Index {
        Intercept,
        LowerQuartile, // history q25 − level
        UpperQuartile, // history q75 − level
        Lag1,          // latest video − level (earlier videos clipped to median ± 2 robust sd)
        Lag2,          // the one before − level
        Lag3,
        Lag4,
        Lag5,
        Earlier,       // median of the videos before the last 5 − level
        Age,           // log10(target age in days) − 1.5
        Photo,         // draft is a photo post − share of photo posts in history
        Duration,      // log10(duration) − creator's median log10(duration)
        LikeRate,      // median log10(likes/views) of the last 5 videos + 1.2
        OwnHistory,    // the creator's own shrunken effects: time of day, hashtags, captions, disclosure
        CaptionLength, // log10(caption length + 1) − creator's median
        Scale,         // dispersion shrunk to the pooled one (filled by ReachModel)
        InverseCount,  // 1 / number of earlier videos
        Count
    };
    std::array<double, Count> x{};
    double level = 0.0;      // log10 views at targetAgeDays
    double dispersion = 0.0; // 1.4826 × MAD of the age-adjusted history (log10)
    double targetAgeDays = 7.0;
    int historyCount = 0;
    // OwnHistory's parts (log10), for the drivers.
    double hourEffect = 0.0;
    double hashtagEffect = 0.0;
    double captionsEffect = 0.0;
    double disclosureEffect = 0.0;
    // What the draft is compared with (for the drivers' texts).
    double typicalDurationSec = -1.0;
    int typicalCaptionLength = 0;
    int draftHourBlock = 0;
};

// Builds ReachFeatures from videos [0, upto) of a normalized history — never from a later one —
// for a draft observed at `targetAgeDays`. Not thread-bound; pure.
class ReachFeatureBuilder
{
public:
    explicit ReachFeatureBuilder(ReachFeatureSettings settings = {});

    const ReachFeatureSettings &settings() const { return m_settings; }
    ReachFeatures build(const QList<ReachVideo> &videos, qsizetype upto, const ReachDraft &draft,
                        double targetAgeDays) const;
    // The creator's own effect (log10, shrunk) of posting in hour block `block` (0 .. 24/blockHours−1)
    // of the audience's day; what the time-of-day driver and the best-time heatmap compare.
    double hourBlockEffect(const QList<ReachVideo> &videos, qsizetype upto, int block,
                           const QTimeZone &zone) const;
    int hourBlock(const QDateTime &utc, const QTimeZone &zone) const;

private:
    ReachFeatureSettings m_settings;
};

} // namespace montaj
