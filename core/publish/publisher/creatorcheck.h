#pragma once

#include "core/foundation/result.h"
#include "core/platform/platformprofile.h"
#include "core/platform/platformtypes.h"
#include "core/publish/posttypes.h"

#include <QCoreApplication>

namespace montaj {

// A scheduled post checked again, at publish time, against what the platform says about the creator
// now (creator_info: the privacy options offered, interactions turned off, the longest video) and
// the platform's request rules, and turned into what init sends (allow… toggles become disable…).
// Explains every refusal in words so the post fails with a reason the user can act on. Pure.
// Not the media rules (the file itself) and not the caption composer's live hints (CaptionRules).
class CreatorCheck
{
    Q_DECLARE_TR_FUNCTIONS(CreatorCheck)

public:
    static Result<void> check(const Post &post, const CreatorInfo &creator, const MediaLimits &limits);
    static PostInfo postInfo(const Post &post);
    // A direct photo post; `urls` from photoUrls().
    static PhotoPost photoPost(const Post &post, const QList<QUrl> &urls);
    // The carousel's photos as addresses the platform may pull: https (or http on `httpOrigin`,
    // the sandbox's own media host). A photo on this computer is refused: the platform cannot fetch it.
    static Result<QList<QUrl>> photoUrls(const Post &post, const QUrl &httpOrigin = {});
    // A VideoFile post whose media is a web address (PULL_FROM_URL) rather than a file.
    static bool isPullUrl(const QString &mediaPath);
};

} // namespace montaj
