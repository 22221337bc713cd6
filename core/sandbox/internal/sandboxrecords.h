#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace montaj::sandbox {

// One platform account of the sandbox world (a creator who can sign in).
struct SandboxAccount
{
    QString openId; // 19 digits
    QString unionId;
    QString username;
    QString displayName;
    QString bio;
    QString avatarUrl;
    bool verified = false;
    bool isPrivate = false;
    bool commentDisabled = false;
    bool duetDisabled = false;
    bool stitchDisabled = false;
    int maxDurationSec = 600;
    qint64 followerBase = 0;
    qint64 followingCount = 0;
    qint64 createdAtMs = 0;

    // What creator_info offers: public and private accounts differ (PLATFORM_API.md).
    QStringList privacyLevelOptions() const
    {
        if (isPrivate)
            return {QStringLiteral("FOLLOWER_OF_CREATOR"), QStringLiteral("MUTUAL_FOLLOW_FRIENDS"),
                    QStringLiteral("SELF_ONLY")};
        return {QStringLiteral("PUBLIC_TO_EVERYONE"), QStringLiteral("MUTUAL_FOLLOW_FRIENDS"),
                QStringLiteral("SELF_ONLY")};
    }
};

// How a video's counters grow: they approach their ceilings along 1 - exp(-age / tau).
struct VideoGrowth
{
    qint64 potentialViews = 0;
    qint64 tauSeconds = 86400;
    int likePpm = 0; // likes per million views
    int commentPpm = 0;
    int sharePpm = 0;
};

// One posted video.
struct SandboxVideo
{
    QString id; // 19 digits, top 32 bits are the create time in seconds
    QString openId;
    qint64 createTimeMs = 0;
    QString title;
    QString description;
    int durationSec = 0;
    int width = 0;
    int height = 0;
    QString privacy; // PUBLIC_TO_EVERYONE, SELF_ONLY, …
    VideoGrowth growth;
};

// One publish (direct post or inbox upload) and its upload's progress.
struct SandboxPublish
{
    QString publishId;
    QString openId;
    QString kind; // "direct" or "inbox" (photo posts too: DIRECT_POST or MEDIA_UPLOAD)
    QString uploadId;
    qint64 uploadExpiresMs = 0;
    qint64 videoSize = 0;
    qint64 chunkSize = 0;
    int chunkCount = 0;
    qint64 received = 0;
    QString status; // PROCESSING_DOWNLOAD, PROCESSING_UPLOAD, SEND_TO_USER_INBOX, PUBLISH_COMPLETE, FAILED
    QString failReason;
    QByteArray postInfo; // the post_info JSON the client sent
    QString videoId;     // after PUBLISH_COMPLETE (a photo post's post id)
    qint64 createdAtMs = 0;

    bool uploadComplete() const { return videoSize > 0 && received == videoSize; }
};

// Where a PULL_FROM_URL publish takes its media from: one video URL, or the photos of a photo post.
struct PublishSource
{
    QString publishId;
    QString mediaType;  // "VIDEO" or "PHOTO"
    QStringList paths;  // request paths under the verified prefix ("/media/verified/…"), not URLs
    int coverIndex = 0; // photos: the cover among `paths`
};

// One past LIVE session; its gifts are generated from `seed` (GiftScript).
struct LiveSessionRecord
{
    QString id; // 19 digits
    QString openId;
    QString title;
    qint64 startedAtMs = 0;
    qint64 endedAtMs = 0;
    int actions = 0; // gift actions (a single gift or a streak)
    quint64 seed = 0;
};

} // namespace montaj::sandbox
