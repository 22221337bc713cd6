#pragma once

#include "core/earnings/earningsreport.h"

#include <QGroupBox>

class QChartView;
class QComboBox;
class QLabel;

namespace montaj::ui {

// Earnings over time on the Earnings page: a bar chart of the amount per day (the last 31 days
// with gifts) or per month (the last 24), in the chosen currency, with the period's total and the
// tax estimate. Shows; the page computes the breakdowns.
class HistoryPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    void showHistory(const Breakdown &days, const Breakdown &months, int taxBasisPoints);
    bool byMonth() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void redraw();

    QComboBox *m_period;
    QChartView *m_chart;
    QLabel *m_total;
    QLabel *m_tax;
    Breakdown m_days;
    Breakdown m_months;
    int m_taxBasisPoints = 0;
};

} // namespace montaj::ui
