#include "core/platform/postrules.h"

#include "core/platform/chunkplan.h"

#include <QLocale>

namespace montaj {

Result<void> PostRules::checkPost(const PostInfo &post, const MediaLimits &limits, const CreatorInfo *creator)
{
    const QVariantMap privacyField{{QStringLiteral("field"), QStringLiteral("privacy_level")}};
    if (post.privacyLevel.isEmpty())
        return Error(QStringLiteral("platform.post_privacy_required"), tr("Choose who can see the post."),
                     privacyField);
    if (creator && !creator->privacyLevelOptions.contains(post.privacyLevel))
        return Error(QStringLiteral("platform.post_privacy_unavailable"),
                     tr("This account cannot post with the chosen visibility. Choose another one."),
                     privacyField);
    if (post.title.size() > limits.maxTitleUtf16)
        return Error(
            QStringLiteral("platform.post_title_too_long"),
            tr("The caption is too long: %1 characters, at most %2.")
                .arg(QLocale().toString(post.title.size()), QLocale().toString(limits.maxTitleUtf16)),
            {{QStringLiteral("field"), QStringLiteral("title")}});
    if (post.brandContentToggle && post.privacyLevel == QLatin1String("SELF_ONLY"))
        return Error(QStringLiteral("platform.post_branded_private"),
                     tr("Branded content cannot be posted with “only me” visibility."), privacyField);
    if (creator
        && ((creator->commentDisabled && !post.disableComment) || (creator->duetDisabled && !post.disableDuet)
            || (creator->stitchDisabled && !post.disableStitch)))
        return Error(QStringLiteral("platform.post_interaction_unavailable"),
                     tr("This account has turned off comments, duets or stitches; they cannot be allowed on "
                        "this post."),
                     {{QStringLiteral("field"), QStringLiteral("disable_comment")}});
    return {};
}

Result<void> PostRules::checkSource(const VideoSource &source, const MediaLimits &limits)
{
    if (source.kind == VideoSource::Kind::PullFromUrl) {
        if (source.videoUrl.scheme() != QLatin1String("https"))
            return Error(QStringLiteral("platform.pull_url_not_https"),
                         tr("The platform only fetches videos from HTTPS addresses."),
                         {{QStringLiteral("field"), QStringLiteral("video_url")}});
        return {};
    }
    if (source.videoSize > limits.maxBytes)
        return Error(QStringLiteral("platform.video_too_large"),
                     tr("The video is larger than the platform accepts (at most %1 bytes).")
                         .arg(QLocale().toString(limits.maxBytes)),
                     {{QStringLiteral("bytes"), source.videoSize}});
    if (!ChunkPlan::isValidUnderBothReadings(source.videoSize, source.chunkSize, source.totalChunkCount))
        return Error(
            QStringLiteral("platform.upload_plan_invalid"),
            tr("The upload's chunk sizes do not follow the platform's rules."),
            {{QStringLiteral("bytes"), source.videoSize}, {QStringLiteral("chunk_size"), source.chunkSize}});
    return {};
}

} // namespace montaj
