#pragma once

#include "core/foundation/result.h"
#include "core/media/mediainfo.h"
#include "core/platform/platformprofile.h"

#include <QCoreApplication>

namespace montaj {

// Checks a probed video against the platform's media limits (container, codec, frame rate, sides,
// duration, size) and the creator's own longest allowed video, before anything is sent, so a post
// the platform would refuse fails at once with the reason in words. Errors use the codes the
// platform's own refusals map to ("platform.media_frame_rate_rejected" …) so both read the same.
// Pure. Not the export presets' stricter rules (ExportCheck).
class MediaRuleCheck
{
    Q_DECLARE_TR_FUNCTIONS(MediaRuleCheck)

public:
    static Result<void> check(const MediaInfo &info, const MediaLimits &limits, int creatorMaxSec,
                              const QString &creatorName);
};

} // namespace montaj
