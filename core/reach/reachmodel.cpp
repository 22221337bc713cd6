#include "core/reach/reachmodel.h"

#include "core/reach/internal/quantileregression.h"
#include "core/reach/internal/robuststats.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace montaj {

namespace {

const char *const kFeatureNames[ReachFeatures::Count] = {
    "intercept", "lower_quartile", "upper_quartile", "lag1",  "lag2",         "lag3",
    "lag4",      "lag5",           "earlier",        "age",   "photo",        "duration",
    "like_rate", "own_history",    "caption_length", "scale", "inverse_count"};
const char *const kTailNames[3] = {"intercept", "scale", "inverse_count"};

double dot(const ReachModel::Coefficients &beta, const std::array<double, ReachFeatures::Count> &x)
{
    double v = 0.0;
    for (size_t i = 0; i < x.size(); ++i)
        v += beta[i] * x[i];
    return v;
}

double tailValue(const ReachModel::TailCoefficients &t, const std::array<double, ReachFeatures::Count> &x)
{
    return t[0] + t[1] * x[ReachFeatures::Scale] + t[2] * x[ReachFeatures::InverseCount];
}

// The names of ReachModel::kShapeFeatures, as a model file lists them.
QJsonArray shapeFeatureNames()
{
    QJsonArray names;
    for (const ReachFeatures::Index f : ReachModel::kShapeFeatures)
        names.append(QLatin1String(kFeatureNames[f]));
    return names;
}

// The tails' two halves of the training rows (0 or 1 per row): creators dealt, largest first, to
// the half with fewer rows; one creator's rows (or rows without creators), the earlier and the later
// half in their order.
std::vector<int> halvesOf(const QList<ReachModel::TrainingRow> &rows)
{
    std::vector<int> half(size_t(rows.size()), 0);
    QHash<QString, int> groupRows;
    for (const ReachModel::TrainingRow &r : rows)
        ++groupRows[r.group];
    if (groupRows.size() < 2) {
        for (qsizetype i = 0; i < rows.size(); ++i)
            half[size_t(i)] = i < rows.size() / 2 ? 0 : 1;
        return half;
    }
    QStringList groups = groupRows.keys();
    std::sort(groups.begin(), groups.end(), [&groupRows](const QString &a, const QString &b) {
        return groupRows.value(a) != groupRows.value(b) ? groupRows.value(a) > groupRows.value(b) : a < b;
    });
    QHash<QString, int> groupHalf;
    qsizetype rowsIn[2] = {0, 0};
    for (const QString &g : groups) {
        const int h = rowsIn[0] <= rowsIn[1] ? 0 : 1;
        groupHalf.insert(g, h);
        rowsIn[h] += groupRows.value(g);
    }
    for (qsizetype i = 0; i < rows.size(); ++i)
        half[size_t(i)] = groupHalf.value(rows[i].group);
    return half;
}

QJsonArray toArray(const double *values, size_t n)
{
    QJsonArray a;
    for (size_t i = 0; i < n; ++i)
        a.append(values[i]);
    return a;
}

} // namespace

ReachModel ReachModel::builtIn()
{
    // Fitted once with `montajctl reach fit` on the public creators' file described in docs/reach.md
    // (4,677 videos of 345 creators): what a studio with one creator starts from (`montajctl reach
    // fit` replaces it). The backtest never uses it: it fits its own on the other half of the
    // creators it is given. A resource of this library, so it cannot be missing or unreadable;
    // read once (every ReachEstimator starts from it), never changed.
    static const ReachModel model = [] {
        QFile file(QStringLiteral(":/montaj/reach/builtin-model.json"));
        Result<ReachModel> read =
            file.open(QIODevice::ReadOnly)
                ? fromJson(QJsonDocument::fromJson(file.readAll()).object())
                : Result<ReachModel>(Error(QStringLiteral("reach.bad_model"), file.errorString()));
        if (!read) // a broken build, not a user's input
            qFatal("ReachModel::builtIn: %s", qPrintable(read.error().toString()));
        ReachModel m = *read;
        m.m_trainingRows = 0;
        m.m_source = QStringLiteral("built-in");
        return m;
    }();
    return model;
}

std::array<double, ReachFeatures::Count> ReachModel::design(const ReachFeatures &f) const
{
    std::array<double, ReachFeatures::Count> x = f.x;
    const double n = double(f.historyCount);
    const double k = kScalePseudoVideos;
    x[ReachFeatures::Scale] =
        std::sqrt((k * m_pooledDispersion * m_pooledDispersion + n * f.dispersion * f.dispersion) / (k + n));
    x[ReachFeatures::Intercept] = 1.0;
    x[ReachFeatures::InverseCount] = f.historyCount > 0 ? 1.0 / n : 1.0;
    return x;
}

double ReachModel::shapeCorrection(const std::array<double, ReachFeatures::Count> &x) const
{
    if (m_boost.isEmpty())
        return 0.0;
    std::array<double, kShapeFeatures.size()> shape{};
    for (size_t i = 0; i < kShapeFeatures.size(); ++i)
        shape[i] = x[size_t(kShapeFeatures[i])];
    return m_boost.predict(shape.data());
}

double ReachModel::shapeCorrection(const ReachFeatures &f) const
{
    return shapeCorrection(design(f));
}

double ReachModel::recentFormCorrection(const ReachFeatures &f) const
{
    if (m_boost.isEmpty())
        return 0.0;
    auto x = design(f);
    const double withLags = shapeCorrection(x);
    for (const auto i : {ReachFeatures::Lag1, ReachFeatures::Lag2, ReachFeatures::Lag3, ReachFeatures::Lag4,
                         ReachFeatures::Lag5})
        x[size_t(i)] = 0.0;
    return withLags - shapeCorrection(x);
}

double ReachModel::predictMedian(const ReachFeatures &f,
                                 const std::array<double, ReachFeatures::Count> &x) const
{
    return f.level + dot(m_coefficients, x) + shapeCorrection(x);
}

std::array<double, ReachModel::kQuantiles> ReachModel::predict(const ReachFeatures &f) const
{
    const auto x = design(f);
    const double p50 = predictMedian(f, x);
    std::array<double, kQuantiles> out{p50 + tailValue(m_lowTail, x), p50, p50 + tailValue(m_highTail, x)};
    std::sort(out.begin(), out.end());
    return out;
}

double ReachModel::ageSlope(double featureAgeSlope) const
{
    return featureAgeSlope + coefficient(ReachFeatures::Age);
}

ReachModel ReachModel::fitMedian(const QList<TrainingRow> &rows, const QString &source)
{
    ReachModel m;
    m.m_source = source;
    m.m_trainingRows = int(rows.size());
    QList<double> dispersions;
    for (const TrainingRow &r : rows)
        dispersions.append(r.features.dispersion);
    m.m_pooledDispersion = std::max(0.05, RobustStats::median(dispersions));
    std::vector<std::array<double, ReachFeatures::Count>> rowsX;
    std::vector<std::vector<double>> design;
    std::vector<double> y;
    for (const TrainingRow &r : rows) {
        rowsX.push_back(m.design(r.features));
        design.emplace_back(rowsX.back().begin(), rowsX.back().end());
        y.push_back(r.actualLog10 - r.features.level);
    }
    const std::vector<double> beta = QuantileRegression::fit(design, y, 0.5);
    std::copy(beta.begin(), beta.end(), m.m_coefficients.begin());
    // The trees learn what the straight lines leave, from the history's shape alone.
    std::vector<std::vector<double>> shape;
    std::vector<double> left;
    for (size_t i = 0; i < rowsX.size(); ++i) {
        std::vector<double> s;
        for (const ReachFeatures::Index f : kShapeFeatures)
            s.push_back(rowsX[i][size_t(f)]);
        shape.push_back(std::move(s));
        left.push_back(y[i] - dot(m.m_coefficients, rowsX[i]));
    }
    m.m_boost = QuantileBoost::fit(shape, left, 0.5, boostSettings());
    return m;
}

Result<ReachModel> ReachModel::fit(const QList<TrainingRow> &rows, const QString &source)
{
    if (rows.size() < kMinTrainingRows)
        return Error(QStringLiteral("reach.too_few_rows"),
                     tr("Too little history to fit a model: %1 videos with enough earlier videos, %2 "
                        "needed.")
                         .arg(rows.size())
                         .arg(kMinTrainingRows));
    ReachModel m = fitMedian(rows, source);
    // The tails are fitted on what the median misses for creators it did not learn from (trees
    // miss less on their own rows, which would make the range too narrow): each row estimated by a
    // median fitted on the other half of the rows (halvesOf). A half with too few rows to fit on is
    // estimated by the straight lines alone, as before the trees.
    const std::vector<int> half = halvesOf(rows);
    ReachModel lines = m;
    lines.m_boost = QuantileBoost();
    std::vector<double> residuals(size_t(rows.size()), 0.0);
    for (int h = 0; h < 2; ++h) {
        QList<TrainingRow> others;
        for (qsizetype i = 0; i < rows.size(); ++i)
            if (half[size_t(i)] != h)
                others.append(rows[i]);
        const ReachModel partial = others.size() >= kMinTrainingRows ? fitMedian(others, source) : lines;
        for (qsizetype i = 0; i < rows.size(); ++i)
            if (half[size_t(i)] == h)
                residuals[size_t(i)] =
                    rows[i].actualLog10
                    - partial.predictMedian(rows[i].features, partial.design(rows[i].features));
    }
    std::vector<std::vector<double>> tailDesign;
    for (const TrainingRow &r : rows) {
        const auto x = m.design(r.features);
        tailDesign.push_back({1.0, x[ReachFeatures::Scale], x[ReachFeatures::InverseCount]});
    }
    const std::vector<double> low = QuantileRegression::fit(tailDesign, residuals, 0.1);
    const std::vector<double> high = QuantileRegression::fit(tailDesign, residuals, 0.9);
    std::copy(low.begin(), low.end(), m.m_lowTail.begin());
    std::copy(high.begin(), high.end(), m.m_highTail.begin());
    return m;
}

QJsonObject ReachModel::toJson() const
{
    QJsonObject median;
    for (size_t i = 0; i < m_coefficients.size(); ++i)
        median.insert(QLatin1String(kFeatureNames[i]), m_coefficients[i]);
    QJsonObject json{
        {QStringLiteral("format"), QStringLiteral("montaj-reach-model")},
        {QStringLiteral("version"), 3},
        {QStringLiteral("source"), m_source},
        {QStringLiteral("training_rows"), m_trainingRows},
        {QStringLiteral("pooled_dispersion"), m_pooledDispersion},
        {QStringLiteral("p50"), median},
        {QStringLiteral("p10_tail"), toArray(m_lowTail.data(), m_lowTail.size())},
        {QStringLiteral("p90_tail"), toArray(m_highTail.data(), m_highTail.size())},
        {QStringLiteral("tail_terms"), QJsonArray{QLatin1String(kTailNames[0]), QLatin1String(kTailNames[1]),
                                                  QLatin1String(kTailNames[2])}}};
    if (!m_boost.isEmpty()) {
        QJsonObject trees = m_boost.toJson();
        trees.insert(QStringLiteral("feature_names"), shapeFeatureNames());
        json.insert(QStringLiteral("p50_trees"), trees);
    }
    return json;
}

Result<ReachModel> ReachModel::fromJson(const QJsonObject &json)
{
    const Error bad(QStringLiteral("reach.bad_model"), tr("This is not a reach model Montaj can read."));
    // Version 2 (before the trees) is still read: its median is the straight lines alone, and so is
    // a version 3 file without "p50_trees" (a version 2 model saved again). Qt's parser gives no
    // infinities or NaN.
    const int version = json.value(QStringLiteral("version")).toInt();
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("montaj-reach-model")
        || (version != 2 && version != 3))
        return bad;
    ReachModel m;
    m.m_source = json.value(QStringLiteral("source")).toString();
    m.m_trainingRows = json.value(QStringLiteral("training_rows")).toInt();
    m.m_pooledDispersion = json.value(QStringLiteral("pooled_dispersion")).toDouble(-1.0);
    if (!(m.m_pooledDispersion > 0.0))
        return Error(bad).with(QStringLiteral("field"), QStringLiteral("pooled_dispersion"));
    const QJsonObject median = json.value(QStringLiteral("p50")).toObject();
    for (size_t i = 0; i < m.m_coefficients.size(); ++i) {
        const QJsonValue v = median.value(QLatin1String(kFeatureNames[i]));
        if (!v.isDouble())
            return Error(bad).with(QStringLiteral("field"),
                                   QString(QStringLiteral("p50.") + QLatin1String(kFeatureNames[i])));
        m.m_coefficients[i] = v.toDouble();
    }
    const auto readTail = [&json](const QString &key, TailCoefficients &out) {
        const QJsonArray a = json.value(key).toArray();
        if (a.size() != 3)
            return false;
        for (qsizetype i = 0; i < 3; ++i) {
            if (!a.at(i).isDouble())
                return false;
            out[size_t(i)] = a.at(i).toDouble();
        }
        return true;
    };
    if (!readTail(QStringLiteral("p10_tail"), m.m_lowTail))
        return Error(bad).with(QStringLiteral("field"), QStringLiteral("p10_tail"));
    if (!readTail(QStringLiteral("p90_tail"), m.m_highTail))
        return Error(bad).with(QStringLiteral("field"), QStringLiteral("p90_tail"));
    if (version == 3 && json.contains(QStringLiteral("p50_trees"))) {
        const QJsonObject trees = json.value(QStringLiteral("p50_trees")).toObject();
        if (trees.value(QStringLiteral("feature_names")).toArray() != shapeFeatureNames())
            return Error(bad).with(QStringLiteral("field"), QStringLiteral("p50_trees.feature_names"));
        QString field;
        std::optional<QuantileBoost> boost =
            QuantileBoost::fromJson(trees, int(kShapeFeatures.size()), &field);
        if (!boost)
            return Error(bad).with(QStringLiteral("field"), QString(QStringLiteral("p50_trees.") + field));
        m.m_boost = std::move(*boost);
    }
    return m;
}

} // namespace montaj
