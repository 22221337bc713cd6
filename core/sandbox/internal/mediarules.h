#pragma once

#include "core/media/mediainfo.h"

#include <QString>

namespace montaj::sandbox {

// The platform's media limits for a posted video (PLATFORM_API.md): MP4/WebM/MOV; H.264, H.265,
// VP8 or VP9; 23–60 fps; 360–4096 px each side; at most 10 minutes and at most the creator's
// maximum. Photos have their own rule. Answers with the status fail_reason, or an empty string when
// the file passes. Not the probing (MediaProbe).
class MediaRules
{
public:
    static QString failReason(const MediaInfo &info, int creatorMaxDurationSec);
    // A photo of a photo post: one JPEG or WebP picture, at most 1080p (the short side ≤ 1080 px
    // and the long side ≤ 1920 px) and at most 20 MB (10^6 bytes).
    static QString photoFailReason(const MediaInfo &info, qint64 fileBytes);
    static constexpr qint64 kMaxPhotoBytes = 20000000;
    static QString unreadableReason() { return QStringLiteral("file_format_check_failed"); }
};

} // namespace montaj::sandbox
