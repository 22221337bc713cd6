#pragma once

#include "core/foundation/result.h"
#include "core/publish/posttypes.h"

#include <QCoreApplication>
#include <QStringList>

namespace montaj {

// What the platform allows in a caption and what the composer shows while typing: length in UTF-16
// units against the limit of the post kind (video title 2200, photo title 90, photo description
// 4000), hashtags and mentions found and counted the way the platform links them (Unicode letters,
// digits, '_' and, for mentions, '.'), and the problems in words. Not the disclosure rules
// (collaborations).
class CaptionRules
{
    Q_DECLARE_TR_FUNCTIONS(CaptionRules)

public:
    static constexpr int kVideoTitleLimit = 2200;
    static constexpr int kPhotoTitleLimit = 90;
    static constexpr int kPhotoDescriptionLimit = 4000;
    static constexpr int kMaxHashtags = 100; // beyond this the platform drops links; warn
    static constexpr int kMaxMentions = 20;

    struct Report
    {
        int length = 0; // UTF-16 units
        int limit = 0;
        QStringList hashtags; // without '#', in order, duplicates kept
        QStringList mentions; // without '@'
        QStringList problems; // translated; empty when the caption can be sent
        QStringList warnings; // translated; can be sent, but not as the user may expect (too many tags)
        bool ok() const { return problems.isEmpty(); }
    };

    static Report inspect(const QString &caption, int limit);
    static Report inspect(const Post &post); // the limit of the post's kind (and a photo title's)
    // The limit of a post kind's caption (video/project title, photo description).
    static int captionLimit(PostKind kind);
    static QStringList hashtags(const QString &text);
    static QStringList mentions(const QString &text);
    // "publish.caption_too_long" etc. with the field named, or success.
    static Result<void> check(const Post &post);
};

} // namespace montaj
