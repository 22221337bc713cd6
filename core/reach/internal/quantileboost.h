#pragma once

#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace montaj {

// Gradient-boosted regression trees for one quantile (Friedman's TreeBoost with quantile leaves):
// each round grows a small tree on the pinball loss's gradient (the sign of what is left), then
// sets each leaf to the tau-quantile of what is left in it, times the learning rate. Features are
// cut at up to `maxBins` quantile bins found once, so a round is linear in rows. Deterministic.
// What ReachModel uses to correct its linear median for the shape of a creator's history.
// Internal to core/reach.
class QuantileBoost
{
public:
    // Fixed for the reach model (docs/reach.md, "Fixed hyperparameters"): small trees, many small steps.
    struct Settings
    {
        int rounds = 200;
        double learningRate = 0.05;
        int maxDepth = 3;     // up to 8 leaves
        int minLeafRows = 50; // no leaf learns from fewer rows
        int maxBins = 255;
    };
    // A tree node: a leaf when feature < 0. Rows with x[feature] <= threshold go left.
    struct Node
    {
        int feature = -1;
        double threshold = 0.0;
        int left = -1;
        int right = -1;
        double value = 0.0;
    };
    using Tree = std::vector<Node>;

    // Rows are design vectors of equal length; y the values to fit (the same count).
    static QuantileBoost fit(const std::vector<std::vector<double>> &rows, const std::vector<double> &y,
                             double tau, const Settings &settings);

    bool isEmpty() const { return m_trees->empty(); }
    int featureCount() const { return m_featureCount; }
    const std::vector<Tree> &trees() const { return *m_trees; }
    // The fitted value for a design vector of featureCount() values; 0 for an empty boost.
    double predict(const double *x) const;

    QJsonObject toJson() const;
    // Checks every node (features in range, children inside the tree, no cycles); on a bad value
    // nullopt and `field` names it.
    static std::optional<QuantileBoost> fromJson(const QJsonObject &json, int featureCount, QString *field);

private:
    double m_base = 0.0;
    int m_featureCount = 0;
    // Shared between copies (never changed after a fit or a read): models are copied per estimate.
    std::shared_ptr<const std::vector<Tree>> m_trees = std::make_shared<const std::vector<Tree>>();
};

} // namespace montaj
