#pragma once

#include "core/foundation/result.h"
#include "core/platform/platformprofile.h"
#include "core/platform/platformtypes.h"

#include <QCoreApplication>

namespace montaj {

// The contract's rules a post must meet before it is sent: a privacy level chosen by the user (and
// offered by creator_info), a title within the limit, branded content never "only me", and a
// FILE_UPLOAD source whose size and chunk plan the platform accepts. Shared by TikTokApi and the
// post screen. Not a media probe (the render module checks codecs, fps and sizes).
class PostRules
{
    Q_DECLARE_TR_FUNCTIONS(PostRules)

public:
    // `creator` (optional) adds: the privacy level is one of its options, and interactions it
    // disables are not turned on.
    static Result<void> checkPost(const PostInfo &post, const MediaLimits &limits,
                                  const CreatorInfo *creator = nullptr);
    static Result<void> checkSource(const VideoSource &source, const MediaLimits &limits);
};

} // namespace montaj
