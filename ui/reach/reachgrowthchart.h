#pragma once

#include "core/reach/reachestimate.h"

#include <QChartView>

namespace montaj::ui {

// Views over the first 30 days on log scales: the estimate's P50 line inside its P10–P90 band and,
// once a post is out, the counters read so far as points. Not interactive.
class ReachGrowthChart : public QChartView
{
    Q_OBJECT

public:
    explicit ReachGrowthChart(QWidget *parent = nullptr);
    // `actuals`: (age in hours, views) read after publishing; may be empty.
    void setCurve(const QList<ReachPoint> &curve, const QList<QPair<double, qint64>> &actuals = {});

protected:
    void changeEvent(QEvent *event) override;

private:
    void redraw();
    QList<ReachPoint> m_curve;
    QList<QPair<double, qint64>> m_actuals;
};

} // namespace montaj::ui
