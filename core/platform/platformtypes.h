#pragma once

#include "core/foundation/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace montaj {

class ChunkPlan;

// Callbacks of PlatformApi: called once, later, in the API object's thread.
template<typename T>
using PlatformCallback = std::function<void(Result<T>)>;

// What the app knows about a signed-in account. No secrets: tokens stay inside the API object.
struct AccountSession
{
    QString profileId;
    QString openId;
    QStringList requestedScopes; // empty after a restore
    QStringList grantedScopes;
    QDateTime accessExpiresAt;
    QDateTime refreshExpiresAt;
    bool isSignedIn() const { return !openId.isEmpty(); }
};

// One authorization attempt: the URL to open in the browser plus what the code exchange needs.
// codeVerifier is a secret: keep it in memory, never log or persist it.
struct AuthorizationRequest
{
    QUrl url;
    QString state;
    QByteArray codeVerifier;
    QUrl redirectUri;
    QStringList scopes;
};

// POST /v2/post/publish/creator_info/query/
struct CreatorInfo
{
    QString username;
    QString nickname;
    QUrl avatarUrl;
    QStringList privacyLevelOptions;
    bool commentDisabled = false;
    bool duetDisabled = false;
    bool stitchDisabled = false;
    int maxVideoPostDurationSec = 0;
};

// post_info of a direct post. privacyLevel has no default on purpose: the user picks it.
struct PostInfo
{
    QString title;
    QString privacyLevel;
    bool disableComment = false;
    bool disableDuet = false;
    bool disableStitch = false;
    qint64 videoCoverTimestampMs = 0;
    bool brandContentToggle = false;
    bool brandOrganicToggle = false;
    bool isAigc = false;
};

// source_info: FILE_UPLOAD (with a ChunkPlan's numbers) or PULL_FROM_URL.
struct VideoSource
{
    enum class Kind { FileUpload, PullFromUrl };
    Kind kind = Kind::FileUpload;
    qint64 videoSize = 0;
    qint64 chunkSize = 0;
    int totalChunkCount = 0;
    QUrl videoUrl;

    static VideoSource fileUpload(const ChunkPlan &plan);
    static VideoSource pullFromUrl(const QUrl &url);
};

// A photo post (content/init, media_type PHOTO): 1–35 JPEG or WebP photos the platform pulls from
// https URLs under a prefix the app owner verified (the sandbox: its own verified media host).
// DirectPost publishes it (privacyLevel required, chosen by the user); MediaUpload sends it to the
// creator's inbox to finish in the app.
struct PhotoPost
{
    enum class Mode { DirectPost, MediaUpload };
    Mode mode = Mode::DirectPost;
    QString title;       // ≤ 90 UTF-16 units
    QString description; // ≤ 4000 UTF-16 units
    QString privacyLevel;
    bool disableComment = false;
    bool autoAddMusic = false;
    bool brandContentToggle = false;
    bool brandOrganicToggle = false;
    QList<QUrl> photoUrls;
    int coverIndex = 0; // from 0, one of photoUrls
};

// video/init, inbox/video/init and content/init answers. uploadUrl (FILE_UPLOAD only) is valid for
// one hour; PULL_FROM_URL and photo posts have none.
struct UploadTicket
{
    QString publishId;
    QUrl uploadUrl;
};

// status/fetch
struct PublishStatus
{
    enum class State {
        ProcessingUpload,
        ProcessingDownload,
        SendToUserInbox,
        PublishComplete,
        Failed,
        Unknown
    };
    State state = State::Unknown;
    QString rawStatus;
    QString failReason;
    QStringList publicPostIds; // "publicaly_available_post_id" (sic); may stay empty
    qint64 uploadedBytes = 0;

    bool isTerminal() const
    {
        return state == State::PublishComplete || state == State::Failed || state == State::SendToUserInbox;
    }
    static State stateFromString(const QString &status);
};

// GET /v2/user/info/. Counts are -1 when the field was not asked for or not granted.
struct UserInfo
{
    QString openId;
    QString unionId;
    QUrl avatarUrl;
    QString displayName;
    QString username;
    QString bioDescription;
    bool isVerified = false;
    qint64 followerCount = -1;
    qint64 followingCount = -1;
    qint64 likesCount = -1;
    qint64 videoCount = -1;
};

// One video of video/list or video/query. Counts are -1 when absent.
struct VideoItem
{
    QString id;
    qint64 createTime = 0; // seconds since the epoch
    QUrl coverImageUrl;    // expires after 6 h
    QUrl shareUrl;
    QString description;
    QString title;
    int durationSec = 0;
    int width = 0;
    int height = 0;
    qint64 likeCount = -1;
    qint64 commentCount = -1;
    qint64 shareCount = -1;
    qint64 viewCount = -1;
};

// One page of video/list.
struct VideoPage
{
    QList<VideoItem> videos;
    qint64 cursor = 0; // ms; pass back to get the next page
    bool hasMore = false;
};

} // namespace montaj
