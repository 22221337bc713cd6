#pragma once

#include "core/reach/reachestimate.h"

#include <QChartView>

namespace montaj::ui {

// The estimate's distribution at 1 h, 24 h, 7 d and 30 d as box plots on a log scale: whiskers at
// P10 and P90, the box from P25 to P75 (read from the same log-normal halves), the line at P50.
// Not interactive.
class ReachDistributionChart : public QChartView
{
    Q_OBJECT

public:
    explicit ReachDistributionChart(QWidget *parent = nullptr);
    void setEstimate(const ReachEstimate &estimate);
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void redraw();
    ReachEstimate m_estimate;
    bool m_has = false;
};

} // namespace montaj::ui
