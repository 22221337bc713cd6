#pragma once

#include <QDateTime>
#include <QList>
#include <QTimeZone>
#include <QWidget>

namespace montaj::ui {

// "Best time to post in the next 7 days" for one account: 7 rows (days, in the account's zone) ×
// 24 columns (hours), each cell coloured by the expected 7-day views of the draft posted then; the
// best cell is outlined. Clicking a cell offers that time (timeChosen). Painted; mirrors for
// right-to-left layouts. Not the estimator: the page computes the values.
class BestTimeHeatmap : public QWidget
{
    Q_OBJECT

public:
    explicit BestTimeHeatmap(QWidget *parent = nullptr);

    // values[day × 24 + hour]: P50 views; `start` is the first day's 00:00 in `zone`.
    void setValues(const QList<double> &values, const QDateTime &start, const QTimeZone &zone);
    void clear();
    QDateTime bestTime() const; // UTC; invalid when empty
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void timeChosen(const QDateTime &utc);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF cellRect(int day, int hour) const;
    int cellAt(const QPointF &pos) const;
    QDateTime cellTime(int index) const;

    QList<double> m_values;
    QDateTime m_start;
    QTimeZone m_zone = QTimeZone::utc();
    int m_best = -1;
};

} // namespace montaj::ui
