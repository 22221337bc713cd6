#include "ui/reach/postdraft.h"

#include "core/media/mediaprobe.h"

#include <QFileInfo>

#include <algorithm>

namespace montaj::ui {

PostDraft PostDraft::of(const Post &post, const QTimeZone &audienceZone)
{
    PostDraft out;
    ReachDraft &d = out.draft;
    d.postAtUtc = post.scheduled.utc;
    d.caption = post.caption;
    d.isPhoto = post.kind == PostKind::PhotoCarousel;
    d.disclosed = post.brandContent || post.brandOrganic;
    d.audienceZone = audienceZone.isValid() ? audienceZone : QTimeZone::utc();
    if (post.kind == PostKind::VideoFile && QFileInfo::exists(post.mediaPath)) {
        const auto info = MediaProbe::probe(post.mediaPath);
        if (info && info->durationUs > 0)
            d.durationSec = int(std::max<qint64>(1, (info->durationUs + 500'000) / 1'000'000));
    } else if (post.kind == PostKind::Project) {
        // The post renders its project when it goes out: the project says how long it is.
        out.projectPath = post.projectPath;
        auto facts = ProjectReachFacts::read(post.projectPath);
        if (facts) {
            out.project = *facts;
            d = facts->appliedTo(d);
        } else {
            out.projectError = facts.error();
        }
    }
    return out;
}

} // namespace montaj::ui
