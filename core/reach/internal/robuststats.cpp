#include "core/reach/internal/robuststats.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace montaj {

namespace {

QList<double> ranks(const QList<double> &values)
{
    const qsizetype n = values.size();
    QList<qsizetype> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return values[a] < values[b]; });
    QList<double> out(n, 0.0);
    qsizetype i = 0;
    while (i < n) {
        qsizetype j = i;
        while (j + 1 < n && values[order[j + 1]] == values[order[i]])
            ++j;
        const double rank = 0.5 * double(i + j);
        for (qsizetype t = i; t <= j; ++t)
            out[order[t]] = rank;
        i = j + 1;
    }
    return out;
}

} // namespace

double RobustStats::quantile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const double position = std::clamp(p, 0.0, 1.0) * double(values.size() - 1);
    const auto lo = qsizetype(std::floor(position));
    const qsizetype hi = std::min(lo + 1, values.size() - 1);
    return values[lo] + (values[hi] - values[lo]) * (position - double(lo));
}

double RobustStats::weightedMedian(const QList<double> &values, const QList<double> &weights)
{
    if (values.isEmpty())
        return 0.0;
    QList<qsizetype> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return values[a] < values[b]; });
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    double sum = 0.0;
    for (const qsizetype i : order) {
        sum += weights[i];
        if (sum >= total / 2.0)
            return values[i];
    }
    return values[order.last()];
}

double RobustStats::mad(const QList<double> &values)
{
    const double m = median(values);
    QList<double> deviations;
    deviations.reserve(values.size());
    for (const double v : values)
        deviations.append(std::abs(v - m));
    return median(deviations);
}

double RobustStats::spearman(const QList<double> &a, const QList<double> &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    if (n < 2)
        return std::numeric_limits<double>::quiet_NaN();
    const QList<double> ra = ranks(a.mid(0, n));
    const QList<double> rb = ranks(b.mid(0, n));
    const double ma = std::accumulate(ra.begin(), ra.end(), 0.0) / double(n);
    const double mb = std::accumulate(rb.begin(), rb.end(), 0.0) / double(n);
    double sab = 0.0;
    double saa = 0.0;
    double sbb = 0.0;
    for (qsizetype i = 0; i < n; ++i) {
        sab += (ra[i] - ma) * (rb[i] - mb);
        saa += (ra[i] - ma) * (ra[i] - ma);
        sbb += (rb[i] - mb) * (rb[i] - mb);
    }
    if (saa <= 0.0 || sbb <= 0.0)
        return std::numeric_limits<double>::quiet_NaN();
    return sab / std::sqrt(saa * sbb);
}

} // namespace montaj
