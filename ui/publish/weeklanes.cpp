#include "ui/publish/weeklanes.h"

#include <algorithm>

namespace montaj::ui {

QList<WeekLanes::Placed> WeekLanes::place(const QList<Item> &items, int height)
{
    QList<Placed> placed;
    QList<int> laneEnds; // bottom of the last chip in each lane of the current cluster
    qsizetype clusterStart = 0;
    int clusterEnd = -1;
    auto close = [&] {
        const int lanes = std::max(1, static_cast<int>(laneEnds.size()));
        for (qsizetype i = clusterStart; i < placed.size(); ++i)
            placed[i].lanes = lanes;
        laneEnds.clear();
        clusterStart = placed.size();
    };
    for (const Item &item : items) {
        if (item.top >= clusterEnd)
            close();
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) > item.top)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(0);
        laneEnds[lane] = item.top + height;
        clusterEnd = std::max(clusterEnd, item.top + height);
        placed.append({item.id, item.top, lane, 1});
    }
    close();
    return placed;
}

} // namespace montaj::ui
