#include "core/sandbox/internal/videocounters.h"

#include <cmath>

namespace montaj::sandbox {

VideoCounts VideoCounters::at(const VideoGrowth &growth, qint64 ageMs)
{
    VideoCounts counts;
    if (ageMs <= 0 || growth.potentialViews <= 0 || growth.tauSeconds <= 0)
        return counts;
    const double x = (double(ageMs) / 1000.0) / double(growth.tauSeconds);
    counts.views = qint64(std::floor(double(growth.potentialViews) * -std::expm1(-x)));
    counts.likes = counts.views * growth.likePpm / 1000000;
    counts.comments = counts.views * growth.commentPpm / 1000000;
    counts.shares = counts.views * growth.sharePpm / 1000000;
    return counts;
}

} // namespace montaj::sandbox
