#pragma once

#include <QCategoryAxis>

#include <algorithm>
#include <cmath>

namespace montaj::ui {

// A base-10 logarithmic chart axis whose tick labels are written by QLocale — Arabic-Indic digits
// and grouping in Arabic, narrow spaces in French, "100,000" in English — where QLogValueAxis only
// takes a printf format ("100000" in every language). Series plot toAxis(value) against it.
class LogScaleAxis
{
public:
    // An axis from `low` to `high` (values > 0) with a labelled line at every power of ten between
    // (and at 2× and 5× when fewer than two powers fall in the range).
    static QCategoryAxis *create(QObject *parent, double low, double high);
    static double toAxis(double value) { return std::log10(std::max(value, 1e-9)); }
};

} // namespace montaj::ui
