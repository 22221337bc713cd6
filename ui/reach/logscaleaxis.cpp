#include "ui/reach/logscaleaxis.h"

#include <QLocale>

namespace montaj::ui {

QCategoryAxis *LogScaleAxis::create(QObject *parent, double low, double high)
{
    auto *axis = new QCategoryAxis(parent);
    const double from = toAxis(low);
    const double to = std::max(toAxis(high), from + 0.1);
    axis->setRange(from, to);
    axis->setStartValue(from - 1e-6);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const QLocale locale;
    for (int k = int(std::ceil(from - 1e-9)); k <= int(std::floor(to + 1e-9)); ++k)
        axis->append(locale.toString(qint64(std::llround(std::pow(10.0, k)))), double(k));
    return axis;
}

} // namespace montaj::ui
