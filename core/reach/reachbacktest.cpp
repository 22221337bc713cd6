#include "core/reach/reachbacktest.h"

#include "core/reach/internal/robuststats.h"
#include "core/reach/reachcalibration.h"

#include <QHash>
#include <QLocale>

#include <cmath>

namespace montaj {

ReachBacktest::ReachBacktest(BacktestOptions options)
    : m_options(options)
{}

int ReachBacktest::foldOf(const ReachHistory &history, quint32 salt)
{
    const QByteArray key = (history.profileId + u'/' + history.creator).toUtf8();
    quint32 hash = 2166136261u;
    for (const char c : key) {
        hash ^= quint32(quint8(c));
        hash *= 16777619u;
    }
    if (salt == 0)
        return int(hash % 2u); // the protocol's split (FNV-1a's low bit: the parity of the name's bytes)
    // Other splits: the salt mixed into every bit (MurmurHash3's finalizer), so each salt gives an
    // independent split rather than the same one or its mirror.
    hash ^= salt * 0x9E3779B9u;
    hash ^= hash >> 16;
    hash *= 0x85EBCA6Bu;
    hash ^= hash >> 13;
    hash *= 0xC2B2AE35u;
    hash ^= hash >> 16;
    return int(hash % 2u);
}

QList<ReachBacktest::Target> ReachBacktest::targets(const ReachHistory &history) const
{
    QList<Target> out;
    const QList<ReachVideo> &videos = history.videos;
    if (videos.size() < m_options.minVideos)
        return out;
    const ReachFeatureBuilder builder(m_options.features);
    const double slope = m_options.features.ageSlope;
    for (qsizetype k = m_options.minHistory; k < videos.size(); ++k) {
        const ReachVideo &target = videos[k];
        const double age = target.ageDays();
        if (age < m_options.minTargetAgeDays)
            continue;
        // What was known before posting: time, duration, kind, caption, hashtags — never its counters.
        ReachDraft draft;
        draft.postAtUtc = target.postedAtUtc;
        draft.durationSec = target.durationSec;
        draft.isPhoto = target.isPhoto;
        draft.caption = target.caption;
        draft.hashtags = target.hashtags;
        draft.hasCaptions = target.hasCaptions;
        draft.disclosed = target.disclosed;
        Target t;
        t.index = k;
        t.features = builder.build(videos, k, draft, age);
        t.actual = std::log10(double(target.views));
        QList<double> window;
        for (qsizetype j = std::max<qsizetype>(0, k - m_options.baselineWindow); j < k; ++j)
            window.append(std::log10(double(videos[j].views))
                          + slope * (std::log10(age) - std::log10(videos[j].ageDays())));
        t.baseline = RobustStats::median(window);
        out.append(t);
    }
    return out;
}

Result<BacktestResult> ReachBacktest::run(const QList<ReachHistory> &histories) const
{
    struct Creator
    {
        const ReachHistory *history;
        int fold;
        QList<Target> targets;
    };
    QList<Creator> creators;
    QList<ReachHistory> normalized;
    normalized.reserve(histories.size());
    for (const ReachHistory &h : histories)
        normalized.append(h.isNormalized() ? h : h.normalized());
    for (const ReachHistory &h : normalized) {
        if (h.videos.size() < m_options.minVideos)
            continue;
        Creator c{&h, foldOf(h, m_options.foldSalt), targets(h)};
        if (!c.targets.isEmpty())
            creators.append(c);
    }
    QList<BacktestRow> rows;
    for (int fold = 0; fold < 2; ++fold) {
        QList<ReachModel::TrainingRow> training;
        for (const Creator &c : creators)
            if (c.fold != fold)
                for (const Target &t : c.targets)
                    training.append({t.features, t.actual, c.history->profileId + u'/' + c.history->creator});
        const bool anyToPredict = std::any_of(creators.begin(), creators.end(),
                                              [fold](const Creator &c) { return c.fold == fold; });
        if (!anyToPredict)
            continue;
        Result<ReachModel> model =
            ReachModel::fit(training, QStringLiteral("backtest fold %1").arg(1 - fold));
        if (!model)
            return Error(QStringLiteral("reach.too_few_creators"),
                         tr("Too few creators with %1 or more usable videos for a backtest: each half of "
                            "the creators must give the other enough videos to learn from (%2).")
                             .arg(m_options.minVideos)
                             .arg(model.error().message));
        for (const Creator &c : creators) {
            if (c.fold != fold)
                continue;
            // What the studio shows: the model's estimate with the account's calibration, which
            // starts from the creator's own past (each earlier target against its estimate).
            ReachCalibration calibration(c.history->profileId, c.history->creator);
            for (const Target &t : c.targets) {
                const auto raw = model->predict(t.features);
                const auto q = calibration.apply(raw, t.features.targetAgeDays);
                calibration.add({c.history->videos[t.index].id, t.features.targetAgeDays, raw[0], raw[1],
                                 raw[2], t.actual, c.history->videos[t.index].observedAtUtc});
                BacktestRow row;
                row.profileId = c.history->profileId;
                row.creator = c.history->creator;
                row.videoId = c.history->videos[t.index].id;
                row.fold = fold;
                row.historyCount = t.features.historyCount;
                row.actual = t.actual;
                row.p10 = q[ReachModel::P10];
                row.p50 = q[ReachModel::P50];
                row.p90 = q[ReachModel::P90];
                row.baseline = t.baseline;
                rows.append(row);
            }
        }
    }
    if (rows.isEmpty())
        return Error(QStringLiteral("reach.too_few_creators"),
                     tr("No creator has %1 or more usable videos with targets at least %2 days old.")
                         .arg(m_options.minVideos)
                         .arg(m_options.minTargetAgeDays));
    return score(rows);
}

BacktestResult ReachBacktest::score(QList<BacktestRow> rows)
{
    BacktestResult r;
    r.n = int(rows.size());
    QList<double> errors;
    QList<double> baselineErrors;
    QList<double> p50s;
    QList<double> actuals;
    int inside = 0;
    int below = 0;
    int above = 0;
    double width = 0.0;
    QHash<QString, QList<qsizetype>> byCreator;
    QStringList order;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const BacktestRow &row = rows[i];
        errors.append(std::abs(row.p50 - row.actual));
        baselineErrors.append(std::abs(row.baseline - row.actual));
        p50s.append(row.p50);
        actuals.append(row.actual);
        if (row.actual < row.p10)
            ++below;
        else if (row.actual > row.p90)
            ++above;
        else
            ++inside;
        width += row.p90 - row.p10;
        const QString key = row.profileId + u'\n' + row.creator;
        if (!byCreator.contains(key))
            order.append(key);
        byCreator[key].append(i);
    }
    const double n = std::max(1.0, double(rows.size()));
    r.mdae = RobustStats::median(errors);
    r.baselineMdae = RobustStats::median(baselineErrors);
    r.coverage = inside / n;
    r.below = below / n;
    r.above = above / n;
    r.width = width / n;
    r.rhoPooled = RobustStats::spearman(p50s, actuals);
    r.creators = int(order.size());
    double within = 0.0;
    double baselineWithin = 0.0;
    int counted = 0;
    int baselineCounted = 0;
    for (const QString &key : order) {
        const QList<qsizetype> &indexes = byCreator[key];
        if (indexes.size() < 3)
            continue;
        QList<double> p;
        QList<double> b;
        QList<double> a;
        for (const qsizetype i : indexes) {
            p.append(rows[i].p50);
            b.append(rows[i].baseline);
            a.append(rows[i].actual);
        }
        const double rho = RobustStats::spearman(p, a);
        if (!std::isnan(rho)) {
            within += rho;
            ++counted;
        }
        const double baseRho = RobustStats::spearman(b, a);
        if (!std::isnan(baseRho)) {
            baselineWithin += baseRho;
            ++baselineCounted;
        }
    }
    r.rhoWithin = counted > 0 ? within / counted : 0.0;
    r.baselineRhoWithin = baselineCounted > 0 ? baselineWithin / baselineCounted : 0.0;
    r.rows = std::move(rows);
    return r;
}

QString BacktestResult::summaryLine() const
{
    const QLocale c = QLocale::c();
    const auto f = [&c](double v) { return c.toString(v, 'f', 3); };
    return QStringLiteral("BACKTEST n=%1 mdae=%2 coverage=%3 below=%4 above=%5 width=%6 rho_pooled=%7 "
                          "rho_within=%8 baseline_mdae=%9")
        .arg(c.toString(n), f(mdae), f(coverage), f(below), f(above), f(width), f(rhoPooled), f(rhoWithin),
             f(baselineMdae));
}

} // namespace montaj
