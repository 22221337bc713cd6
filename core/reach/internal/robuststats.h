#pragma once

#include <QList>

namespace montaj {

// Order statistics the estimator and the backtest share. Internal to core/reach.
class RobustStats
{
public:
    // Linear interpolation between order statistics (Hyndman–Fan type 7); p in [0, 1]. 0 for none.
    static double quantile(QList<double> values, double p);
    static double median(QList<double> values) { return quantile(std::move(values), 0.5); }
    // The first value whose cumulative weight reaches half the total, values in ascending order.
    static double weightedMedian(const QList<double> &values, const QList<double> &weights);
    // Median absolute deviation from the median (not scaled).
    static double mad(const QList<double> &values);
    // Spearman's rank correlation (average ranks for ties); NaN when either side is constant.
    static double spearman(const QList<double> &a, const QList<double> &b);
};

} // namespace montaj
