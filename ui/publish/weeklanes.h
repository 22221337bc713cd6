#pragma once

#include <QList>
#include <QString>

namespace montaj::ui {

// Places the chips of one day of the week grid side by side where they overlap: each chip goes in
// the first lane free at its top, and every chip of an overlapping cluster gets the cluster's lane
// count, so the cluster shares the column's width. Pure geometry; not painting.
class WeekLanes
{
public:
    struct Item
    {
        QString id;
        int top = 0; // in pixels, items sorted by top
    };
    struct Placed
    {
        QString id;
        int top = 0;
        int lane = 0;
        int lanes = 1;
    };
    static QList<Placed> place(const QList<Item> &items, int height);
};

} // namespace montaj::ui
