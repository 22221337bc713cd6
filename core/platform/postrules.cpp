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

Result<void> PostRules::checkPullUrl(const QUrl &url, const QString &field, const QUrl &httpOrigin)
{
    const bool https = url.scheme() == QLatin1String("https") && !url.host().isEmpty();
    const bool trustedHttp = !httpOrigin.isEmpty() && url.scheme() == QLatin1String("http")
                             && url.host() == httpOrigin.host() && url.port() == httpOrigin.port();
    if (url.isValid() && (https || trustedHttp))
        return {};
    return Error(QStringLiteral("platform.pull_url_not_https"),
                 field == QLatin1String("video_url")
                     ? tr("The platform only fetches videos from HTTPS addresses.")
                     : tr("The platform only fetches media from HTTPS addresses."),
                 {{QStringLiteral("field"), field}});
}

Result<void> PostRules::checkPhotoPost(const PhotoPost &post, const MediaLimits &limits,
                                       const CreatorInfo *creator, const QUrl &httpOrigin)
{
    const qsizetype count = post.photoUrls.size();
    if (count < 1 || count > limits.maxPhotoCount)
        return Error(QStringLiteral("platform.photo_count_invalid"),
                     tr("A photo post has from 1 to %1 photos; this one has %2.")
                         .arg(QLocale().toString(limits.maxPhotoCount), QLocale().toString(count)),
                     {{QStringLiteral("field"), QStringLiteral("photo_images")}});
    if (post.coverIndex < 0 || post.coverIndex >= count)
        return Error(QStringLiteral("platform.photo_cover_invalid"),
                     tr("Choose one of the post's photos as its cover."),
                     {{QStringLiteral("field"), QStringLiteral("photo_cover_index")}});
    if (post.title.size() > limits.maxPhotoTitleUtf16)
        return Error(
            QStringLiteral("platform.post_title_too_long"),
            tr("The title is too long: %1 characters, at most %2.")
                .arg(QLocale().toString(post.title.size()), QLocale().toString(limits.maxPhotoTitleUtf16)),
            {{QStringLiteral("field"), QStringLiteral("title")}});
    if (post.description.size() > limits.maxPhotoDescriptionUtf16)
        return Error(QStringLiteral("platform.post_description_too_long"),
                     tr("The description is too long: %1 characters, at most %2.")
                         .arg(QLocale().toString(post.description.size()),
                              QLocale().toString(limits.maxPhotoDescriptionUtf16)),
                     {{QStringLiteral("field"), QStringLiteral("description")}});
    for (const QUrl &url : post.photoUrls)
        if (Result<void> ok = checkPullUrl(url, QStringLiteral("photo_images"), httpOrigin); !ok)
            return ok;
    if (post.mode != PhotoPost::Mode::DirectPost)
        return {};
    // A direct post follows the video rules (a photo post has no duets or stitches to allow).
    PostInfo asPost;
    asPost.privacyLevel = post.privacyLevel;
    asPost.disableComment = post.disableComment;
    asPost.disableDuet = true;
    asPost.disableStitch = true;
    asPost.brandContentToggle = post.brandContentToggle;
    return checkPost(asPost, limits, creator);
}

Result<void> PostRules::checkSource(const VideoSource &source, const MediaLimits &limits,
                                    const QUrl &httpOrigin)
{
    if (source.kind == VideoSource::Kind::PullFromUrl)
        return checkPullUrl(source.videoUrl, QStringLiteral("video_url"), httpOrigin);
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
