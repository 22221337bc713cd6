#include "core/reach/reachhistory.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace montaj {

QString ReachVideo::observedAt() const
{
    return observedAtUtc.toUTC().toString(Qt::ISODate);
}

double ReachVideo::ageDays() const
{
    if (!postedAtUtc.isValid() || !observedAtUtc.isValid())
        return 0.0;
    return double(postedAtUtc.msecsTo(observedAtUtc)) / 86400000.0;
}

bool ReachVideo::usable() const
{
    return views > 0 && postedAtUtc.isValid() && observedAtUtc.isValid() && ageDays() > 0.0;
}

namespace {

bool postOrder(const ReachVideo &a, const ReachVideo &b)
{
    if (a.postedAtUtc != b.postedAtUtc)
        return a.postedAtUtc < b.postedAtUtc;
    return a.id < b.id;
}

} // namespace

ReachHistory ReachHistory::normalized() const
{
    ReachHistory out;
    out.profileId = profileId;
    out.creator = creator;
    out.followers = followers;
    QHash<QString, qsizetype> byId;
    for (const ReachVideo &v : videos) {
        if (!v.usable())
            continue;
        const auto found = byId.constFind(v.id);
        if (found == byId.constEnd()) {
            byId.insert(v.id, out.videos.size());
            out.videos.append(v);
        } else if (v.observedAtUtc > out.videos.at(*found).observedAtUtc) {
            out.videos[*found] = v;
        }
    }
    std::stable_sort(out.videos.begin(), out.videos.end(), postOrder);
    return out;
}

bool ReachHistory::isNormalized() const
{
    QSet<QString> ids;
    for (qsizetype i = 0; i < videos.size(); ++i) {
        if (!videos.at(i).usable() || ids.contains(videos.at(i).id))
            return false;
        if (i > 0 && postOrder(videos.at(i), videos.at(i - 1)))
            return false;
        ids.insert(videos.at(i).id);
    }
    return true;
}

} // namespace montaj
