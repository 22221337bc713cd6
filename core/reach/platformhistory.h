#pragma once

#include "core/foundation/result.h"
#include "core/platform/platformtypes.h"
#include "core/reach/reachhistory.h"

#include <QCoreApplication>

#include <functional>

namespace montaj {

class PlatformApi;

// The signed-in creator's history from the platform's Display API (video/list, paged until
// has_more is false or maxVideos): each VideoItem becomes a ReachVideo observed now, the profile is
// the API's platform profile and the creator its session's open_id (or `creator` when given).
// user/info's follower count is added when the scope allows. Also the after-publish counters of
// given videos (video/query). Answers in the API object's thread. Not a cache: the caller keeps it
// (HistoryCsv writes it in Montaj's layout).
class PlatformHistory
{
    Q_DECLARE_TR_FUNCTIONS(PlatformHistory)

public:
    static constexpr int kDefaultMaxVideos = 200;

    static void fetch(PlatformApi &api, int maxVideos, const QString &creator,
                      std::function<void(Result<ReachHistory>)> done);
    // The views of `videoIds` now, asked 20 at a time (video/query's limit) until all are read. An
    // error ends it: counts are "now" values, the next reading asks again.
    static void fetchCounters(PlatformApi &api, const QStringList &videoIds,
                              std::function<void(Result<QList<ReachVideo>>)> done);
    static ReachVideo fromVideoItem(const VideoItem &item, const QDateTime &observedAtUtc);
    static QStringList videoFields();
};

} // namespace montaj
