#include "ui/reach/reachdistributionchart.h"

#include "ui/reach/logscaleaxis.h"

#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QEvent>

#include <algorithm>
#include <cmath>

namespace montaj::ui {

namespace {

// P25/P75 from P10/P50/P90 with each half log-normal: z(0.75) / z(0.9) = 0.6745 / 1.2816. On the
// log10 scale the chart plots.
double quartile(double p50, double p10or90)
{
    const double ratio = 0.6745 / 1.2816;
    return LogScaleAxis::toAxis(p50) + (LogScaleAxis::toAxis(p10or90) - LogScaleAxis::toAxis(p50)) * ratio;
}

} // namespace

ReachDistributionChart::ReachDistributionChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("reachDistribution"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    redraw();
}

void ReachDistributionChart::setEstimate(const ReachEstimate &estimate)
{
    m_estimate = estimate;
    m_has = true;
    redraw();
}

void ReachDistributionChart::clear()
{
    m_has = false;
    redraw();
}

void ReachDistributionChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        redraw();
    QChartView::changeEvent(event);
}

void ReachDistributionChart::redraw()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Expected views (P10–P90)"));
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    // Short: four labels share the width of one chart (the chart's title says what they are).
    const QStringList labels{tr("1 h", "after posting"), tr("24 h", "after posting"),
                             tr("7 d", "after posting"), tr("30 d", "after posting")};
    auto *series = new QBoxPlotSeries(chart);
    double low = 1.0;
    double high = 10.0;
    if (m_has) {
        low = 1e18;
        high = 1.0;
        for (qsizetype i = 0; i < m_estimate.horizons.size() && i < labels.size(); ++i) {
            const ReachPoint &p = m_estimate.horizons[i];
            auto *set =
                new QBoxSet(LogScaleAxis::toAxis(p.p10), quartile(p.p50, p.p10), LogScaleAxis::toAxis(p.p50),
                            quartile(p.p50, p.p90), LogScaleAxis::toAxis(p.p90), labels[i]);
            series->append(set);
            low = std::min(low, p.p10);
            high = std::max(high, p.p90);
        }
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    x->append(labels);
    auto *y = LogScaleAxis::create(chart, std::max(1.0, low / 1.5), high * 1.5);
    y->setTitleText(tr("Views"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace montaj::ui
