#include "core/reach/reachmodel.h"

#include "core/reach/internal/quantileregression.h"
#include "core/reach/internal/robuststats.h"

#include <QJsonArray>

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
    ReachModel m;
    // Fitted once with `montajctl reach fit` on the public creators' file described in docs/reach.md
    // (4,677 videos of 345 creators) and rounded to 2 decimals: what a studio with one creator starts
    // from (`montajctl reach fit` replaces it). The backtest never uses these: it fits its own on
    // the other half of the creators it is given.
    m.m_coefficients = {0.02, 0.59,  0.03,  0.17,  0.10, 0.02, -0.03, 0.02, -0.07,
                        0.14, -0.12, -0.09, -0.08, 0.46, 0.00, 0.04,  0.28};
    m.m_lowTail = {-0.18, -0.68, -0.24};
    m.m_highTail = {0.41, 0.92, 0.01};
    m.m_pooledDispersion = 0.37;
    m.m_trainingRows = 0;
    m.m_source = QStringLiteral("built-in");
    return m;
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

std::array<double, ReachModel::kQuantiles> ReachModel::predict(const ReachFeatures &f) const
{
    const auto x = design(f);
    const double p50 = f.level + dot(m_coefficients, x);
    std::array<double, kQuantiles> out{p50 + tailValue(m_lowTail, x), p50, p50 + tailValue(m_highTail, x)};
    std::sort(out.begin(), out.end());
    return out;
}

double ReachModel::ageSlope(double featureAgeSlope) const
{
    return featureAgeSlope + coefficient(ReachFeatures::Age);
}

Result<ReachModel> ReachModel::fit(const QList<TrainingRow> &rows, const QString &source)
{
    if (rows.size() < kMinTrainingRows)
        return Error(QStringLiteral("reach.too_few_rows"),
                     tr("Too little history to fit a model: %1 videos with enough earlier videos, %2 "
                        "needed.")
                         .arg(rows.size())
                         .arg(kMinTrainingRows));
    ReachModel m;
    m.m_source = source;
    m.m_trainingRows = int(rows.size());
    QList<double> dispersions;
    for (const TrainingRow &r : rows)
        dispersions.append(r.features.dispersion);
    m.m_pooledDispersion = std::max(0.05, RobustStats::median(dispersions));
    std::vector<std::vector<double>> design;
    std::vector<std::array<double, ReachFeatures::Count>> rowsX;
    std::vector<double> y;
    design.reserve(size_t(rows.size()));
    for (const TrainingRow &r : rows) {
        const auto x = m.design(r.features);
        rowsX.push_back(x);
        design.emplace_back(x.begin(), x.end());
        y.push_back(r.actualLog10 - r.features.level);
    }
    const std::vector<double> beta = QuantileRegression::fit(design, y, 0.5);
    std::copy(beta.begin(), beta.end(), m.m_coefficients.begin());
    // The tails: what the median leaves, on the dispersion and the history's length.
    std::vector<std::vector<double>> tailDesign;
    std::vector<double> residuals;
    for (size_t i = 0; i < rowsX.size(); ++i) {
        tailDesign.push_back({1.0, rowsX[i][ReachFeatures::Scale], rowsX[i][ReachFeatures::InverseCount]});
        residuals.push_back(y[i] - dot(m.m_coefficients, rowsX[i]));
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
    return {
        {QStringLiteral("format"), QStringLiteral("montaj-reach-model")},
        {QStringLiteral("version"), 2},
        {QStringLiteral("source"), m_source},
        {QStringLiteral("training_rows"), m_trainingRows},
        {QStringLiteral("pooled_dispersion"), m_pooledDispersion},
        {QStringLiteral("p50"), median},
        {QStringLiteral("p10_tail"), toArray(m_lowTail.data(), m_lowTail.size())},
        {QStringLiteral("p90_tail"), toArray(m_highTail.data(), m_highTail.size())},
        {QStringLiteral("tail_terms"), QJsonArray{QLatin1String(kTailNames[0]), QLatin1String(kTailNames[1]),
                                                  QLatin1String(kTailNames[2])}}};
}

Result<ReachModel> ReachModel::fromJson(const QJsonObject &json)
{
    const Error bad(QStringLiteral("reach.bad_model"), tr("This is not a reach model Montaj can read."));
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("montaj-reach-model")
        || json.value(QStringLiteral("version")).toInt() != 2)
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
    return m;
}

} // namespace montaj
