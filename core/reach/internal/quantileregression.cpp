#include "core/reach/internal/quantileregression.h"

#include <algorithm>
#include <cmath>

namespace montaj {

std::vector<double> QuantileRegression::solve(std::vector<std::vector<double>> a, std::vector<double> b)
{
    const size_t n = b.size();
    for (size_t c = 0; c < n; ++c) {
        size_t pivot = c;
        for (size_t r = c + 1; r < n; ++r)
            if (std::abs(a[r][c]) > std::abs(a[pivot][c]))
                pivot = r;
        std::swap(a[c], a[pivot]);
        std::swap(b[c], b[pivot]);
        if (std::abs(a[c][c]) < 1e-12)
            continue;
        for (size_t r = 0; r < n; ++r) {
            if (r == c)
                continue;
            const double factor = a[r][c] / a[c][c];
            if (factor == 0.0)
                continue;
            for (size_t j = c; j < n; ++j)
                a[r][j] -= factor * a[c][j];
            b[r] -= factor * b[c];
        }
    }
    std::vector<double> x(n, 0.0);
    for (size_t i = 0; i < n; ++i)
        x[i] = std::abs(a[i][i]) < 1e-12 ? 0.0 : b[i] / a[i][i];
    return x;
}

std::vector<double> QuantileRegression::fit(const std::vector<std::vector<double>> &rows,
                                            const std::vector<double> &y, double tau, int iterations,
                                            double ridge)
{
    if (rows.empty())
        return {};
    const size_t d = rows.front().size();
    std::vector<double> weights(rows.size(), 1.0);
    std::vector<double> beta(d, 0.0);
    for (int it = 0; it < iterations; ++it) {
        std::vector<std::vector<double>> a(d, std::vector<double>(d, 0.0));
        std::vector<double> b(d, 0.0);
        for (size_t i = 0; i < rows.size(); ++i) {
            const std::vector<double> &x = rows[i];
            const double w = weights[i];
            for (size_t p = 0; p < d; ++p) {
                const double wx = w * x[p];
                b[p] += wx * y[i];
                for (size_t q = p; q < d; ++q)
                    a[p][q] += wx * x[q];
            }
        }
        for (size_t p = 0; p < d; ++p) {
            for (size_t q = 0; q < p; ++q)
                a[p][q] = a[q][p];
            a[p][p] += ridge * double(rows.size());
        }
        beta = solve(std::move(a), std::move(b));
        for (size_t i = 0; i < rows.size(); ++i) {
            double fitted = 0.0;
            for (size_t p = 0; p < d; ++p)
                fitted += beta[p] * rows[i][p];
            const double r = y[i] - fitted;
            weights[i] = (r > 0 ? tau : 1.0 - tau) / std::max(std::abs(r), 1e-3);
        }
    }
    return beta;
}

} // namespace montaj
