#include "ui/reach/logscaleaxis.h"

#include <QLocale>

#include <algorithm>

namespace montaj::ui {

QCategoryAxis *LogScaleAxis::create(QObject *parent, double low, double high)
{
    auto *axis = new QCategoryAxis(parent);
    const double from = toAxis(low);
    const double to = std::max(toAxis(high), from + 0.1);
    axis->setRange(from, to);
    axis->setStartValue(from - 1e-6);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // A line at every power of ten; when fewer than two fall in the range (a narrow estimate), also
    // at 2× and 5× so the axis is never unlabelled.
    QList<qint64> ticks;
    for (int k = int(std::floor(from)); k <= int(std::ceil(to)); ++k)
        ticks.append(qint64(std::llround(std::pow(10.0, k))));
    const auto inRange = [from, to](qint64 v) {
        const double a = toAxis(double(v));
        return a >= from - 1e-9 && a <= to + 1e-9;
    };
    if (std::count_if(ticks.begin(), ticks.end(), inRange) < 2) {
        const QList<qint64> powers = ticks;
        for (qint64 p : powers)
            ticks << 2 * p << 5 * p;
        std::sort(ticks.begin(), ticks.end());
    }
    const QLocale locale;
    for (qint64 v : std::as_const(ticks))
        if (inRange(v) && v >= 1)
            axis->append(locale.toString(v), toAxis(double(v)));
    return axis;
}

} // namespace montaj::ui
