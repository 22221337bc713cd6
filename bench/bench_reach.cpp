// Reach estimate speed.
//
// 1. One estimate: ReachEstimator::estimate (features from the creator's history, the model, the
//    growth curve, calibration, drivers) for 3,000 drafts (random time, duration, caption) spread
//    over every creator of the history file: p50 and p95 in milliseconds (the Reach page needs
//    ≤ 30 ms to follow typing). Peer: no product estimates the same thing here, so the peer is the
//    baseline predictor of the protocol (median of the creator's last 5 age-adjusted videos) timed
//    on the same drafts in the same run; ratio = estimate p50 / baseline p50.
// 2. The best-time heatmap: 168 hourly P50s for the next 7 days (ReachEstimator::quantilesAt).
// 3. The backtest: the whole walk-forward protocol (both folds fitted) on the file, wall time.
//
// Usage: bench_reach [HISTORY.csv]   (default: shared/data/reach/creators_dev.csv when present,
//        otherwise 345 synthetic creators)

#include "core/reach/historycsv.h"
#include "core/reach/reachbacktest.h"
#include "core/reach/reachestimator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace montaj;

namespace {

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0.0 : v[qsizetype(std::clamp(p, 0.0, 1.0) * double(v.size() - 1))];
}

QList<ReachHistory> synthetic()
{
    QRandomGenerator rng(42);
    QList<ReachHistory> out;
    const QDateTime now(QDate(2025, 6, 1), QTime(12, 0), QTimeZone::utc());
    for (int c = 0; c < 345; ++c) {
        ReachHistory h;
        h.profileId = QStringLiteral("tiktok");
        h.creator = QStringLiteral("creator_%1").arg(c);
        const double level = 3.0 + 3.0 * rng.generateDouble();
        for (int i = 0; i < 20; ++i) {
            ReachVideo v;
            v.id = QString::number(7000000000000000000LL + c * 100 + i);
            v.postedAtUtc = now.addSecs(-qint64(8 + 3 * (19 - i)) * 86400 - qint64(rng.bounded(86400)));
            v.observedAtUtc = now;
            v.views = qint64(std::pow(10.0, level + 0.4 * (rng.generateDouble() - 0.5)));
            v.likes = v.views / 10;
            v.durationSec = 10 + int(rng.bounded(80));
            v.caption = QStringLiteral("video %1 #tag%2").arg(i).arg(i % 4);
            v.hashtags = {QStringLiteral("tag%1").arg(i % 4)};
            h.videos.append(v);
        }
        out.append(h.normalized());
    }
    return out;
}

double baselineLog10(const ReachHistory &h, double ageDays)
{
    QList<double> window;
    for (qsizetype j = std::max<qsizetype>(0, h.videos.size() - 5); j < h.videos.size(); ++j)
        window.append(std::log10(double(h.videos[j].views))
                      + 0.17 * (std::log10(ageDays) - std::log10(std::max(h.videos[j].ageDays(), 1e-3))));
    std::sort(window.begin(), window.end());
    const qsizetype n = window.size();
    return n % 2 ? window[n / 2] : 0.5 * (window[n / 2 - 1] + window[n / 2]);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(MONTAJ_REACH_DATA);
    QList<ReachHistory> histories;
    QString source = QStringLiteral("synthetic");
    if (QFileInfo::exists(path)) {
        QElapsedTimer t;
        t.start();
        const auto imported = HistoryCsv::readFile(path, HistoryCsv::Options{});
        if (!imported) {
            std::fprintf(stderr, "bench_reach: %s\n", qPrintable(imported.error().toString()));
            return 1;
        }
        histories = imported->histories;
        source = QFileInfo(path).fileName();
        std::printf("import: %lld rows in %.1f ms\n", static_cast<long long>(imported->rows),
                    double(t.nsecsElapsed()) / 1e6);
    } else {
        histories = synthetic();
    }
    histories.removeIf([](const ReachHistory &h) { return h.videos.size() < 3; });
    std::printf("history: %s, %lld creators\n", qPrintable(source), static_cast<long long>(histories.size()));

    // 1. One estimate, 3,000 drafts.
    const ReachEstimator estimator;
    QRandomGenerator rng(7);
    QList<double> estimateMs;
    QList<double> baselineMs;
    double sink = 0.0;
    const int drafts = 3000;
    for (int i = 0; i < drafts; ++i) {
        const ReachHistory &h = histories[qsizetype(rng.bounded(quint32(histories.size())))];
        ReachDraft d;
        d.postAtUtc = h.videos.last().observedAtUtc.addSecs(qint64(rng.bounded(7 * 86400)));
        d.durationSec = 5 + int(rng.bounded(170));
        d.caption = QStringLiteral("draft %1 #tag%2 #fyp").arg(i).arg(i % 5);
        d.audienceZone = QTimeZone("Asia/Ho_Chi_Minh");
        QElapsedTimer t;
        t.start();
        const auto e = estimator.estimate(h, d);
        estimateMs.append(double(t.nsecsElapsed()) / 1e6);
        if (e)
            sink += e->horizons[2].p50;
        t.restart();
        sink += baselineLog10(h, 7.0);
        baselineMs.append(double(t.nsecsElapsed()) / 1e6);
    }
    const double p50 = percentile(estimateMs, 0.5);
    const double p95 = percentile(estimateMs, 0.95);
    const double baseP50 = percentile(baselineMs, 0.5);
    std::printf("estimate: p50 %.3f ms, p95 %.3f ms, max %.3f ms over %d drafts (limit 30 ms)\n", p50, p95,
                percentile(estimateMs, 1.0), drafts);
    std::printf("baseline (last-5 median): p50 %.4f ms; estimate/baseline %.1f×\n", baseP50,
                baseP50 > 0 ? p50 / baseP50 : 0.0);

    // 2. The heatmap: 7 days × 24 hours.
    QList<double> heatmapMs;
    for (int round = 0; round < 20; ++round) {
        const ReachHistory &h = histories[qsizetype(round) % histories.size()];
        QElapsedTimer t;
        t.start();
        for (int hour = 0; hour < 168; ++hour) {
            ReachDraft d;
            d.postAtUtc = h.videos.last().observedAtUtc.addSecs(qint64(hour) * 3600);
            d.durationSec = 30;
            sink += estimator.quantilesAt(h, d, 7.0)[1];
        }
        heatmapMs.append(double(t.nsecsElapsed()) / 1e6);
    }
    const double heatmap = percentile(heatmapMs, 0.5);
    std::printf("best-time heatmap (168 hours): p50 %.2f ms\n", heatmap);

    // 3. The backtest.
    QElapsedTimer t;
    t.start();
    const auto result = ReachBacktest().run(histories);
    const double backtestS = double(t.nsecsElapsed()) / 1e9;
    if (result)
        std::printf("%s\nbacktest: %.2f s\n", qPrintable(result->summaryLine()), backtestS);
    else
        std::printf("backtest: %s\n", qPrintable(result.error().toString()));
    std::printf("(checksum %.3g)\n", sink);
    std::printf("BENCH reach estimate_p50_ms=%.3f estimate_p95_ms=%.3f heatmap_ms=%.2f backtest_s=%.2f "
                "baseline_p50_ms=%.4f ratio_to_baseline=%.1f drafts=%d creators=%lld\n",
                p50, p95, heatmap, backtestS, baseP50, baseP50 > 0 ? p50 / baseP50 : 0.0, drafts,
                static_cast<long long>(histories.size()));
    return p95 <= 30.0 ? 0 : 1;
}
