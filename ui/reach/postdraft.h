#pragma once

#include "core/foundation/error.h"
#include "core/publish/posttypes.h"
#include "core/reach/projectdraft.h"
#include "core/reach/reachdraft.h"

#include <optional>

namespace montaj::ui {

// The reach draft a workspace post makes: caption, scheduled time, photo or video, disclosure, and
// the video's length — probed from its file, or read from the project it renders (with that
// project's captions). One place for it, so a post is estimated the same way on the Reach page
// before it goes out and in the follow-up after it went out. Not for posts' validity (core/publish).
struct PostDraft
{
    ReachDraft draft;                         // postAtUtc invalid when the post is not scheduled
    std::optional<ProjectReachFacts> project; // the post renders this (readable) project
    std::optional<Error> projectError;        // … or one that cannot be read
    QString projectPath;

    static PostDraft of(const Post &post, const QTimeZone &audienceZone);
};

} // namespace montaj::ui
