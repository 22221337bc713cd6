#include "core/publish/publisher/creatorcheck.h"

#include "core/platform/postrules.h"
#include "core/publish/captionrules.h"

#include <QDir>

namespace montaj {
namespace {

Error refusal(const QString &code, const QString &message, const QString &field)
{
    return Error(code, message, {{QStringLiteral("field"), field}});
}

} // namespace

Result<void> CreatorCheck::check(const Post &post, const CreatorInfo &creator, const MediaLimits &limits)
{
    const QString who = creator.username;
    if (post.privacyLevel.isEmpty())
        return refusal(QStringLiteral("publish.privacy_missing"),
                       tr("Choose who can see this post, then schedule it again."),
                       QStringLiteral("privacy_level"));
    if (!creator.privacyLevelOptions.contains(post.privacyLevel))
        return refusal(
            QStringLiteral("publish.privacy_not_offered"),
            tr("@%1 no longer offers the visibility “%2” (it offers %3). Choose another one and "
               "schedule the post again.")
                .arg(who, post.privacyLevel, creator.privacyLevelOptions.join(QStringLiteral(", "))),
            QStringLiteral("privacy_level"));
    if (post.allowComment && creator.commentDisabled)
        return refusal(
            QStringLiteral("publish.interaction_disabled"),
            tr("@%1 has turned comments off: untick “Allow comments” and schedule the post again.").arg(who),
            QStringLiteral("allow_comment"));
    const bool video = post.kind != PostKind::PhotoCarousel;
    if (video && post.allowDuet && creator.duetDisabled)
        return refusal(
            QStringLiteral("publish.interaction_disabled"),
            tr("@%1 has turned duets off: untick “Allow duets” and schedule the post again.").arg(who),
            QStringLiteral("allow_duet"));
    if (video && post.allowStitch && creator.stitchDisabled)
        return refusal(
            QStringLiteral("publish.interaction_disabled"),
            tr("@%1 has turned stitches off: untick “Allow stitches” and schedule the post again.").arg(who),
            QStringLiteral("allow_stitch"));
    if (Result<void> caption = CaptionRules::check(post); !caption)
        return caption;
    if (video)
        return PostRules::checkPost(postInfo(post), limits, &creator);
    return {};
}

PostInfo CreatorCheck::postInfo(const Post &post)
{
    PostInfo info;
    info.title = post.caption;
    info.privacyLevel = post.privacyLevel;
    info.disableComment = !post.allowComment;
    info.disableDuet = !post.allowDuet;
    info.disableStitch = !post.allowStitch;
    info.videoCoverTimestampMs = post.coverMs;
    info.brandContentToggle = post.brandContent;
    info.brandOrganicToggle = post.brandOrganic;
    info.isAigc = post.isAigc;
    return info;
}

PhotoPost CreatorCheck::photoPost(const Post &post, const QList<QUrl> &urls)
{
    PhotoPost photo;
    photo.mode = PhotoPost::Mode::DirectPost;
    photo.title = post.photoTitle;
    photo.description = post.caption;
    photo.privacyLevel = post.privacyLevel;
    photo.disableComment = !post.allowComment;
    photo.brandContentToggle = post.brandContent;
    photo.brandOrganicToggle = post.brandOrganic;
    photo.photoUrls = urls;
    photo.coverIndex = int(qBound(qint64(0), post.coverMs, qint64(std::max(0, int(urls.size()) - 1))));
    return photo;
}

bool CreatorCheck::isPullUrl(const QString &mediaPath)
{
    return mediaPath.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
           || mediaPath.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

Result<QList<QUrl>> CreatorCheck::photoUrls(const Post &post, const QUrl &httpOrigin)
{
    QList<QUrl> urls;
    for (const QString &path : post.photoPaths) {
        if (!isPullUrl(path))
            return refusal(QStringLiteral("publish.photo_not_online"),
                           tr("The photo %1 is a file on this computer, but the platform only fetches photos "
                              "from web addresses (HTTPS) you have verified. Put the photos on your own "
                              "storage, use their addresses, and schedule the post again.")
                               .arg(QDir::toNativeSeparators(path)),
                           QStringLiteral("photo_paths"));
        const QUrl url(path, QUrl::StrictMode);
        if (Result<void> pullable = PostRules::checkPullUrl(url, QStringLiteral("photo_paths"), httpOrigin);
            !pullable)
            return pullable.error();
        urls << url;
    }
    return urls;
}

} // namespace montaj
