#include "core/platform/internal/tiktokjson.h"

#include "core/platform/internal/jsonids.h"
#include "core/platform/platformerror.h"

#include <QJsonArray>

namespace montaj {
namespace {

qint64 count(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isString()) { // a long count quoted by quoteLongIntegers()
        bool ok = false;
        const qint64 parsed = value.toString().toLongLong(&ok);
        return ok ? parsed : -1;
    }
    return value.isDouble() ? value.toInteger(-1) : -1;
}

Error malformed(const QString &path, const QString &field)
{
    return PlatformError::make(PlatformErrorKind::MalformedResponse,
                               {{QStringLiteral("path"), path}, {QStringLiteral("field"), field}});
}

} // namespace

QJsonObject TikTokJson::postInfo(const PostInfo &post)
{
    QJsonObject object{{QStringLiteral("title"), post.title},
                       {QStringLiteral("privacy_level"), post.privacyLevel},
                       {QStringLiteral("disable_comment"), post.disableComment},
                       {QStringLiteral("disable_duet"), post.disableDuet},
                       {QStringLiteral("disable_stitch"), post.disableStitch},
                       {QStringLiteral("brand_content_toggle"), post.brandContentToggle},
                       {QStringLiteral("brand_organic_toggle"), post.brandOrganicToggle},
                       {QStringLiteral("is_aigc"), post.isAigc}};
    if (post.videoCoverTimestampMs > 0)
        object.insert(QStringLiteral("video_cover_timestamp_ms"), post.videoCoverTimestampMs);
    return object;
}

QJsonObject TikTokJson::sourceInfo(const VideoSource &source)
{
    if (source.kind == VideoSource::Kind::PullFromUrl)
        return {{QStringLiteral("source"), QStringLiteral("PULL_FROM_URL")},
                {QStringLiteral("video_url"), source.videoUrl.toString(QUrl::FullyEncoded)}};
    return {{QStringLiteral("source"), QStringLiteral("FILE_UPLOAD")},
            {QStringLiteral("video_size"), source.videoSize},
            {QStringLiteral("chunk_size"), source.chunkSize},
            {QStringLiteral("total_chunk_count"), source.totalChunkCount}};
}

QJsonObject TikTokJson::photoPost(const PhotoPost &post)
{
    const bool direct = post.mode == PhotoPost::Mode::DirectPost;
    QJsonObject info{{QStringLiteral("title"), post.title},
                     {QStringLiteral("description"), post.description},
                     {QStringLiteral("disable_comment"), post.disableComment},
                     {QStringLiteral("auto_add_music"), post.autoAddMusic},
                     {QStringLiteral("brand_content_toggle"), post.brandContentToggle},
                     {QStringLiteral("brand_organic_toggle"), post.brandOrganicToggle}};
    if (direct || !post.privacyLevel.isEmpty())
        info.insert(QStringLiteral("privacy_level"), post.privacyLevel);
    QJsonArray images;
    for (const QUrl &url : post.photoUrls)
        images.append(url.toString(QUrl::FullyEncoded));
    return {{QStringLiteral("media_type"), QStringLiteral("PHOTO")},
            {QStringLiteral("post_mode"),
             direct ? QStringLiteral("DIRECT_POST") : QStringLiteral("MEDIA_UPLOAD")},
            {QStringLiteral("post_info"), info},
            {QStringLiteral("source_info"),
             QJsonObject{{QStringLiteral("source"), QStringLiteral("PULL_FROM_URL")},
                         {QStringLiteral("photo_images"), images},
                         {QStringLiteral("photo_cover_index"), post.coverIndex}}}};
}

Result<CreatorInfo> TikTokJson::creatorInfo(const QJsonObject &data, const QString &path)
{
    CreatorInfo info;
    info.username = data.value(QStringLiteral("creator_username")).toString();
    info.nickname = data.value(QStringLiteral("creator_nickname")).toString();
    info.avatarUrl = QUrl(data.value(QStringLiteral("creator_avatar_url")).toString());
    for (const QJsonValue &option : data.value(QStringLiteral("privacy_level_options")).toArray())
        info.privacyLevelOptions << option.toString();
    info.commentDisabled = data.value(QStringLiteral("comment_disabled")).toBool();
    info.duetDisabled = data.value(QStringLiteral("duet_disabled")).toBool();
    info.stitchDisabled = data.value(QStringLiteral("stitch_disabled")).toBool();
    info.maxVideoPostDurationSec = data.value(QStringLiteral("max_video_post_duration_sec")).toInt();
    if (info.privacyLevelOptions.isEmpty())
        return malformed(path, QStringLiteral("privacy_level_options"));
    return info;
}

Result<UploadTicket> TikTokJson::uploadTicket(const QJsonObject &data, const QString &path,
                                              bool needsUploadUrl)
{
    UploadTicket ticket;
    ticket.publishId = idString(data.value(QStringLiteral("publish_id")));
    ticket.uploadUrl = QUrl(data.value(QStringLiteral("upload_url")).toString(), QUrl::StrictMode);
    if (ticket.publishId.isEmpty())
        return malformed(path, QStringLiteral("publish_id"));
    if (needsUploadUrl && (!ticket.uploadUrl.isValid() || ticket.uploadUrl.host().isEmpty()))
        return malformed(path, QStringLiteral("upload_url"));
    return ticket;
}

Result<PublishStatus> TikTokJson::publishStatus(const QJsonObject &data, const QString &path)
{
    PublishStatus status;
    status.rawStatus = data.value(QStringLiteral("status")).toString();
    status.state = PublishStatus::stateFromString(status.rawStatus);
    status.failReason = data.value(QStringLiteral("fail_reason")).toString();
    const QJsonValue ids = data.value(QStringLiteral("publicaly_available_post_id"));
    if (ids.isArray()) {
        for (const QJsonValue &id : ids.toArray())
            status.publicPostIds << idString(id);
    } else if (const QString single = idString(ids); !single.isEmpty()) {
        status.publicPostIds << single;
    }
    status.uploadedBytes = qMax<qint64>(0, count(data, QStringLiteral("uploaded_bytes")));
    if (status.rawStatus.isEmpty())
        return malformed(path, QStringLiteral("status"));
    return status;
}

UserInfo TikTokJson::userInfo(const QJsonObject &data)
{
    const QJsonObject user = data.value(QStringLiteral("user")).toObject();
    UserInfo info;
    info.openId = idString(user.value(QStringLiteral("open_id")));
    info.unionId = idString(user.value(QStringLiteral("union_id")));
    info.avatarUrl = QUrl(user.value(QStringLiteral("avatar_url")).toString());
    info.displayName = user.value(QStringLiteral("display_name")).toString();
    info.username = user.value(QStringLiteral("username")).toString();
    info.bioDescription = user.value(QStringLiteral("bio_description")).toString();
    info.isVerified = user.value(QStringLiteral("is_verified")).toBool();
    info.followerCount = count(user, QStringLiteral("follower_count"));
    info.followingCount = count(user, QStringLiteral("following_count"));
    info.likesCount = count(user, QStringLiteral("likes_count"));
    info.videoCount = count(user, QStringLiteral("video_count"));
    return info;
}

VideoItem TikTokJson::videoItem(const QJsonObject &video)
{
    VideoItem item;
    item.id = idString(video.value(QStringLiteral("id")));
    item.createTime = qMax<qint64>(0, count(video, QStringLiteral("create_time")));
    item.coverImageUrl = QUrl(video.value(QStringLiteral("cover_image_url")).toString());
    item.shareUrl = QUrl(video.value(QStringLiteral("share_url")).toString());
    item.description = video.value(QStringLiteral("video_description")).toString();
    item.title = video.value(QStringLiteral("title")).toString();
    item.durationSec = video.value(QStringLiteral("duration")).toInt();
    item.width = video.value(QStringLiteral("width")).toInt();
    item.height = video.value(QStringLiteral("height")).toInt();
    item.likeCount = count(video, QStringLiteral("like_count"));
    item.commentCount = count(video, QStringLiteral("comment_count"));
    item.shareCount = count(video, QStringLiteral("share_count"));
    item.viewCount = count(video, QStringLiteral("view_count"));
    return item;
}

QList<VideoItem> TikTokJson::videos(const QJsonObject &data)
{
    QList<VideoItem> out;
    for (const QJsonValue &video : data.value(QStringLiteral("videos")).toArray())
        out << videoItem(video.toObject());
    return out;
}

VideoPage TikTokJson::videoPage(const QJsonObject &data)
{
    VideoPage page;
    page.videos = videos(data);
    page.cursor = qMax<qint64>(0, count(data, QStringLiteral("cursor")));
    page.hasMore = data.value(QStringLiteral("has_more")).toBool();
    return page;
}

} // namespace montaj
