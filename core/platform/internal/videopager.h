#pragma once

#include "core/platform/platformapi.h"

namespace montaj {

// Collects a creator's videos by paging through PlatformApi::listVideos while has_more says so —
// pages may hold fewer than asked while more remain — up to a maximum, stopping if the cursor stops
// moving. Works with any PlatformApi. Internal to core/platform.
class VideoPager
{
public:
    static constexpr int kMaxPages = 1000;

    // maxVideos ≤ 0: no limit. `done` is called once.
    static void collect(PlatformApi *api, const QStringList &fields, int maxVideos,
                        PlatformCallback<QList<VideoItem>> done);
};

} // namespace montaj
