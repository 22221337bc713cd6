#pragma once

#include <QList>

#include <vector>

namespace montaj {

// Linear quantile regression (minimizes the pinball loss at quantile tau) by iteratively
// reweighted least squares with a small ridge, deterministic. Rows are design vectors of equal
// length. Internal to core/reach.
class QuantileRegression
{
public:
    static std::vector<double> fit(const std::vector<std::vector<double>> &rows, const std::vector<double> &y,
                                   double tau, int iterations = 60, double ridge = 1e-4);
    // Solves A x = b (Gaussian elimination with partial pivoting); a near-zero pivot gives 0.
    static std::vector<double> solve(std::vector<std::vector<double>> a, std::vector<double> b);
};

} // namespace montaj
