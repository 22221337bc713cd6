#pragma once

#include "core/foundation/result.h"
#include "core/platform/platformprofile.h"
#include "core/platform/platformtypes.h"

#include <QCoreApplication>

namespace montaj {

// The contract's rules a post must meet before it is sent: a privacy level chosen by the user (and
// offered by creator_info), a title within the limit, branded content never "only me", a
// FILE_UPLOAD source whose size and chunk plan the platform accepts, pull URLs on https, and the
// photo post limits. Shared by TikTokApi and the post screen. Not a media probe (the render module
// checks codecs, fps and sizes).
class PostRules
{
    Q_DECLARE_TR_FUNCTIONS(PostRules)

public:
    // `creator` (optional) adds: the privacy level is one of its options, and interactions it
    // disables are not turned on.
    static Result<void> checkPost(const PostInfo &post, const MediaLimits &limits,
                                  const CreatorInfo *creator = nullptr);
    // `httpOrigin`, when set, is the one origin a PULL_FROM_URL may use plain http on (the sandbox's
    // own loopback media host); everything else must be https.
    static Result<void> checkSource(const VideoSource &source, const MediaLimits &limits,
                                    const QUrl &httpOrigin = {});
    // A photo post: 1 to maxPhotoCount pullable URLs, a cover among them, title and description
    // within their limits, and for a direct post the same privacy and branding rules as a video.
    static Result<void> checkPhotoPost(const PhotoPost &post, const MediaLimits &limits,
                                       const CreatorInfo *creator = nullptr, const QUrl &httpOrigin = {});
    // Whether the platform may pull from `url`: https, or http on exactly `httpOrigin`.
    static Result<void> checkPullUrl(const QUrl &url, const QString &field, const QUrl &httpOrigin = {});
};

} // namespace montaj
