#include "core/reach/internal/quantileboost.h"

#include "core/reach/internal/robuststats.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace montaj {

namespace {

// Where one feature may be cut: midpoints between neighbouring values at up to maxBins − 1 evenly
// spaced ranks. A value x is in bin b when x <= cuts[b] (and above cuts[b − 1]).
std::vector<double> cutsOf(std::vector<double> values, int maxBins)
{
    std::sort(values.begin(), values.end());
    std::vector<double> cuts;
    const size_t n = values.size();
    const size_t bins = std::min(n, size_t(std::max(2, maxBins)));
    for (size_t k = 1; k < bins; ++k) {
        const size_t at = k * n / bins;
        if (at == 0 || at >= n || !(values[at - 1] < values[at]))
            continue;
        const double cut = values[at - 1] + (values[at] - values[at - 1]) / 2.0;
        if (cuts.empty() || cut > cuts.back())
            cuts.push_back(cut);
    }
    return cuts;
}

double rounded(double v)
{
    return std::round(v * 1e6) / 1e6;
}

// Grows one tree on the current gradients; leaves move the fit by the learning rate times the
// quantile of the residuals they hold.
class TreeGrower
{
public:
    TreeGrower(const std::vector<std::vector<int>> &bins, const std::vector<std::vector<double>> &cuts,
               const std::vector<double> &gradient, const std::vector<double> &residual, double tau,
               const QuantileBoost::Settings &settings, std::vector<double> &fit)
        : m_bins(bins)
        , m_cuts(cuts)
        , m_gradient(gradient)
        , m_residual(residual)
        , m_tau(tau)
        , m_settings(settings)
        , m_fit(fit)
    {}

    QuantileBoost::Tree grow(std::vector<int> rows)
    {
        node(std::move(rows), 0);
        return std::move(m_tree);
    }

private:
    struct Split
    {
        int feature = -1;
        int bin = -1;
        double gain = 1e-9; // a split must gain more than this
    };

    int node(std::vector<int> rows, int depth)
    {
        const int at = int(m_tree.size());
        m_tree.emplace_back();
        const Split split = depth < m_settings.maxDepth ? best(rows) : Split{};
        if (split.feature < 0) {
            QList<double> left;
            left.reserve(qsizetype(rows.size()));
            for (const int i : rows)
                left.append(m_residual[size_t(i)]);
            const double value = m_settings.learningRate * RobustStats::quantile(std::move(left), m_tau);
            m_tree[size_t(at)].value = value;
            for (const int i : rows)
                m_fit[size_t(i)] += value;
            return at;
        }
        std::vector<int> low;
        std::vector<int> high;
        for (const int i : rows)
            (m_bins[size_t(split.feature)][size_t(i)] <= split.bin ? low : high).push_back(i);
        rows = {};
        m_tree[size_t(at)].feature = split.feature;
        m_tree[size_t(at)].threshold = m_cuts[size_t(split.feature)][size_t(split.bin)];
        const int left = node(std::move(low), depth + 1);
        m_tree[size_t(at)].left = left;
        const int right = node(std::move(high), depth + 1);
        m_tree[size_t(at)].right = right;
        return at;
    }

    // Least squares on the gradient (the loss's hessian is constant): the cut that separates the
    // rows the fit is too low for from those it is too high for, both sides minLeafRows or more.
    Split best(const std::vector<int> &rows) const
    {
        Split out;
        const int n = int(rows.size());
        const int minLeaf = std::max(1, m_settings.minLeafRows);
        if (n < 2 * minLeaf)
            return out;
        double total = 0.0;
        for (const int i : rows)
            total += m_gradient[size_t(i)];
        const double parent = total * total / n;
        for (size_t f = 0; f < m_cuts.size(); ++f) {
            const size_t binCount = m_cuts[f].size() + 1;
            if (binCount < 2)
                continue;
            std::vector<double> sum(binCount, 0.0);
            std::vector<int> count(binCount, 0);
            for (const int i : rows) {
                const int b = m_bins[f][size_t(i)];
                sum[size_t(b)] += m_gradient[size_t(i)];
                ++count[size_t(b)];
            }
            double leftSum = 0.0;
            int leftCount = 0;
            for (size_t b = 0; b + 1 < binCount; ++b) {
                leftSum += sum[b];
                leftCount += count[b];
                if (leftCount < minLeaf)
                    continue;
                const int rightCount = n - leftCount;
                if (rightCount < minLeaf)
                    break;
                const double rightSum = total - leftSum;
                const double gain = leftSum * leftSum / leftCount + rightSum * rightSum / rightCount - parent;
                if (gain > out.gain)
                    out = {int(f), int(b), gain};
            }
        }
        return out;
    }

    const std::vector<std::vector<int>> &m_bins;
    const std::vector<std::vector<double>> &m_cuts;
    const std::vector<double> &m_gradient;
    const std::vector<double> &m_residual;
    const double m_tau;
    const QuantileBoost::Settings &m_settings;
    std::vector<double> &m_fit;
    QuantileBoost::Tree m_tree;
};

} // namespace

QuantileBoost QuantileBoost::fit(const std::vector<std::vector<double>> &rows, const std::vector<double> &y,
                                 double tau, const Settings &settings)
{
    QuantileBoost boost;
    if (rows.empty() || rows.size() != y.size())
        return boost;
    const size_t n = rows.size();
    const size_t d = rows.front().size();
    boost.m_featureCount = int(d);
    boost.m_base = RobustStats::quantile(QList<double>(y.begin(), y.end()), tau);
    std::vector<std::vector<double>> cuts(d);
    std::vector<std::vector<int>> bins(d, std::vector<int>(n, 0));
    for (size_t f = 0; f < d; ++f) {
        std::vector<double> column(n);
        for (size_t i = 0; i < n; ++i)
            column[i] = rows[i][f];
        cuts[f] = cutsOf(column, settings.maxBins);
        for (size_t i = 0; i < n; ++i)
            bins[f][i] = int(std::lower_bound(cuts[f].begin(), cuts[f].end(), column[i]) - cuts[f].begin());
    }
    std::vector<double> fit(n, boost.m_base);
    std::vector<double> residual(n);
    std::vector<double> gradient(n);
    std::vector<int> all(n);
    for (size_t i = 0; i < n; ++i)
        all[i] = int(i);
    std::vector<Tree> trees;
    for (int round = 0; round < settings.rounds; ++round) {
        for (size_t i = 0; i < n; ++i) {
            residual[i] = y[i] - fit[i];
            gradient[i] = residual[i] > 0.0 ? tau : (residual[i] < 0.0 ? tau - 1.0 : 0.0);
        }
        TreeGrower grower(bins, cuts, gradient, residual, tau, settings, fit);
        trees.push_back(grower.grow(all));
    }
    boost.m_trees = std::make_shared<const std::vector<Tree>>(std::move(trees));
    return boost;
}

double QuantileBoost::predict(const double *x) const
{
    if (m_trees->empty())
        return 0.0;
    double v = m_base;
    for (const Tree &tree : *m_trees) {
        size_t at = 0;
        while (tree[at].feature >= 0)
            at = size_t(x[tree[at].feature] <= tree[at].threshold ? tree[at].left : tree[at].right);
        v += tree[at].value;
    }
    return v;
}

QJsonObject QuantileBoost::toJson() const
{
    QJsonArray trees;
    for (const Tree &tree : *m_trees) {
        QJsonArray nodes;
        for (const Node &node : tree) {
            if (node.feature < 0)
                nodes.append(QJsonArray{rounded(node.value)});
            else
                nodes.append(QJsonArray{node.feature, node.threshold, node.left, node.right});
        }
        trees.append(nodes);
    }
    return {{QStringLiteral("base"), rounded(m_base)},
            {QStringLiteral("features"), m_featureCount},
            {QStringLiteral("trees"), trees}};
}

std::optional<QuantileBoost> QuantileBoost::fromJson(const QJsonObject &json, int featureCount,
                                                     QString *field)
{
    const auto fail = [field](const QString &what) {
        if (field)
            *field = what;
        return std::nullopt;
    };
    QuantileBoost boost;
    if (!json.value(QStringLiteral("base")).isDouble())
        return fail(QStringLiteral("base"));
    boost.m_base = json.value(QStringLiteral("base")).toDouble();
    if (json.value(QStringLiteral("features")).toInt(-1) != featureCount)
        return fail(QStringLiteral("features"));
    boost.m_featureCount = featureCount;
    const QJsonArray trees = json.value(QStringLiteral("trees")).toArray();
    std::vector<Tree> read;
    for (qsizetype t = 0; t < trees.size(); ++t) {
        const QJsonArray nodes = trees.at(t).toArray();
        const QString where = QStringLiteral("trees[%1]").arg(t);
        if (nodes.isEmpty())
            return fail(where);
        Tree tree;
        for (qsizetype k = 0; k < nodes.size(); ++k) {
            const QJsonArray a = nodes.at(k).toArray();
            Node node;
            if (a.size() == 1 && a.at(0).isDouble()) {
                node.value = a.at(0).toDouble();
            } else if (a.size() == 4 && a.at(0).isDouble() && a.at(1).isDouble() && a.at(2).isDouble()
                       && a.at(3).isDouble()) {
                node.feature = a.at(0).toInt(-1);
                node.threshold = a.at(1).toDouble();
                node.left = a.at(2).toInt(-1);
                node.right = a.at(3).toInt(-1);
                // Children come after their parent: no cycles, and every path ends at a leaf.
                if (node.feature < 0 || node.feature >= featureCount || node.left <= k || node.right <= k
                    || node.left >= nodes.size() || node.right >= nodes.size())
                    return fail(where + QStringLiteral("[%1]").arg(k));
            } else {
                return fail(where + QStringLiteral("[%1]").arg(k));
            }
            tree.push_back(node);
        }
        read.push_back(std::move(tree));
    }
    boost.m_trees = std::make_shared<const std::vector<Tree>>(std::move(read));
    return boost;
}

} // namespace montaj
