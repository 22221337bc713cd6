#pragma once

#include "core/sandbox/internal/sandboxrecords.h"

namespace montaj::sandbox {

// A video's public counters at a moment.
struct VideoCounts
{
    qint64 views = 0;
    qint64 likes = 0;
    qint64 comments = 0;
    qint64 shares = 0;
};

// Counters that grow with a video's age along a saturating curve, views = potential ·
// (1 − e^(−age/τ)), likes/comments/shares a fixed share of views: never decreasing, the same for
// the same growth parameters. Not a simulation of an audience.
class VideoCounters
{
public:
    static VideoCounts at(const VideoGrowth &growth, qint64 ageMs);
};

} // namespace montaj::sandbox
