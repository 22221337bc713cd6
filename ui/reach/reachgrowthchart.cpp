#include "ui/reach/reachgrowthchart.h"

#include "ui/reach/logscaleaxis.h"

#include <QAreaSeries>
#include <QChart>
#include <QEvent>
#include <QLineSeries>
#include <QScatterSeries>

#include <algorithm>

namespace montaj::ui {

ReachGrowthChart::ReachGrowthChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("reachGrowth"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    redraw();
}

void ReachGrowthChart::setCurve(const QList<ReachPoint> &curve, const QList<QPair<double, qint64>> &actuals)
{
    m_curve = curve;
    m_actuals = actuals;
    redraw();
}

void ReachGrowthChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        redraw();
    QChartView::changeEvent(event);
}

void ReachGrowthChart::redraw()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Views over time"));
    chart->setAnimationOptions(QChart::NoAnimation);
    // Both axes are logarithmic; the series hold log10 values (LogScaleAxis). The y axis is made
    // once the range is known, and the series attached to it then.
    auto *x = LogScaleAxis::create(chart, 1.0, 720.0);
    x->setTitleText(tr("Hours after posting"));
    chart->addAxis(x, Qt::AlignBottom);
    QList<QAbstractSeries *> plotted;
    const auto at = [](double hours, double views) {
        return QPointF(LogScaleAxis::toAxis(hours), LogScaleAxis::toAxis(views));
    };
    double low = 1.0;
    double high = 10.0;
    if (!m_curve.isEmpty()) {
        auto *lower = new QLineSeries(chart);
        auto *upper = new QLineSeries(chart);
        auto *median = new QLineSeries(chart);
        low = 1e18;
        high = 1.0;
        for (const ReachPoint &p : m_curve) {
            lower->append(at(p.ageHours, std::max(1.0, p.p10)));
            upper->append(at(p.ageHours, p.p90));
            median->append(at(p.ageHours, p.p50));
            low = std::min(low, p.p10);
            high = std::max(high, p.p90);
        }
        auto *band = new QAreaSeries(upper, lower);
        band->setName(tr("P10–P90"));
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(60);
        band->setBrush(fill);
        band->setPen(Qt::NoPen);
        median->setName(tr("Expected (P50)"));
        chart->addSeries(band);
        chart->addSeries(median);
        plotted << band << median;
    }
    if (!m_actuals.isEmpty()) {
        auto *actual = new QScatterSeries(chart);
        actual->setName(tr("Actual"));
        actual->setMarkerSize(8.0);
        for (const auto &a : m_actuals) {
            if (a.first >= 1.0 && a.second > 0) {
                actual->append(at(std::min(a.first, 720.0), double(a.second)));
                low = std::min(low, double(a.second));
                high = std::max(high, double(a.second));
            }
        }
        chart->addSeries(actual);
        plotted << actual;
    }
    auto *y = LogScaleAxis::create(chart, std::max(1.0, low / 1.5), high * 1.5);
    y->setTitleText(tr("Views"));
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : plotted) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace montaj::ui
