#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace montaj {

// Where a scheduled post is in its life. Every change is recorded as a PostEvent.
//   Draft → NeedsApproval → Approved → Scheduled → Publishing → Published | Failed | Cancelled
// (a creator working alone may go Draft → Scheduled; Failed and Cancelled posts may be rescheduled).
enum class PostState { Draft, NeedsApproval, Approved, Scheduled, Publishing, Published, Failed, Cancelled };

// What a post sends: a video file, a Montaj project rendered at publish time, or a photo carousel.
enum class PostKind { VideoFile, Project, PhotoCarousel };

// How far a Publishing post has gone on the platform (persisted, so a restarted worker resumes
// instead of sending again).
enum class PublishStage {
    NotStarted, // nothing sent yet
    InitSent,   // init request about to go / gone out, reply not recorded: ask the platform first
    Uploading,  // publish id known; upload in progress (uploadState holds the resume point)
    Processing, // upload complete; polling status
};

// What to do with a post whose time passed while no publisher ran (grace: PublishPolicy::missedAfter).
enum class MissedPostPolicy { PublishNow, Ask, Skip };

// Stable names for files, the database and the CLI ("draft", "needs_approval", …).
QString toString(PostState state);
QString toString(PostKind kind);
QString toString(PublishStage stage);
QString toString(MissedPostPolicy policy);
std::optional<PostState> postStateFromString(const QString &name);
std::optional<PostKind> postKindFromString(const QString &name);
std::optional<PublishStage> publishStageFromString(const QString &name);
std::optional<MissedPostPolicy> missedPostPolicyFromString(const QString &name);

// A platform account posts are scheduled for, as the workspace knows it (no secrets: tokens stay in
// the machine's TokenStore, keyed by profileId + openId).
struct WorkspaceAccount
{
    QString id;        // workspace id (UUID text)
    QString profileId; // "sandbox", "tiktok", "tiktok-us": audiences are never mixed
    QString openId;    // the platform's id, a 19-digit string
    QString username;  // @handle without '@'
    QString displayName;
    QString colour;           // "#rrggbb", the account's colour in the calendar
    QString timeZone;         // IANA, the account's default zone for new posts and slots
    QStringList postingSlots; // "HH:mm" local times in timeZone: queue slots ("next free slot")
    QDateTime createdAt;
};

// The time a post goes out, as the user chose it: a local wall-clock time in an IANA zone. utc is
// derived (ScheduleTime::resolve) and is what publishers compare with.
struct ScheduledTime
{
    QString localDateTime; // "yyyy-MM-ddTHH:mm[:ss]" (QLocale::c()), no offset
    QString timeZone;      // IANA id, e.g. "Europe/Paris"
    QDateTime utc;         // invalid when not scheduled
};

// One scheduled post. Interaction toggles are "allow…" and off by default, as the platform requires;
// privacyLevel is empty until the user chooses one of creator_info's options.
struct Post
{
    QString id; // UUID text
    QString accountId;
    PostKind kind = PostKind::VideoFile;
    QString mediaPath;      // VideoFile
    QString projectPath;    // Project (.montaj), rendered at publish time
    QStringList photoPaths; // PhotoCarousel, 1–35
    QString caption;        // video: post_info.title (≤ 2200 UTF-16 units); photo: description
    QString photoTitle;     // PhotoCarousel only (≤ 90)
    QString privacyLevel;   // no default
    bool allowComment = false;
    bool allowDuet = false;
    bool allowStitch = false;
    bool brandOrganic = false; // "your brand" → brand_organic_toggle ("Promotional content")
    bool brandContent = false; // "branded content" → brand_content_toggle ("Paid partnership")
    bool isAigc = false;
    qint64 coverMs = 0; // video_cover_timestamp_ms / photo cover index for carousels
    ScheduledTime scheduled;
    QString dealId; // brand deal this post delivers (collaborations), may be empty
    PostState state = PostState::Draft;
    QString failCode; // stable code when Failed ("platform.picture_size_check_failed", "publish.missed" …)
    QString failReason;     // translated, for people
    QString publishId;      // the platform's publish id, once known
    QString platformPostId; // the public post id, once known (may stay empty)
    int attempts = 0;
    QDateTime nextAttemptUtc; // retry back-off: not claimed before this
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 0; // optimistic concurrency: bumped by every write
};

// One row of a post's audit history: who changed what, when, and what was sent.
struct PostEvent
{
    qint64 id = 0;
    QString postId;
    QDateTime at;                  // UTC
    QString actor;                 // "user:alice", "worker:host-1234", "import:file.csv"
    std::optional<PostState> from; // empty for "created"
    PostState to = PostState::Draft;
    QString note;       // short, machine-readable ("created", "claimed", "init_sent", "published" …)
    QJsonObject detail; // what was sent / received (never tokens or upload URLs)
};

// Publishing progress a worker persists between steps (fenced by its lease).
struct PublishProgress
{
    PublishStage stage = PublishStage::NotStarted;
    QString publishId;
    QDateTime initSentAt;    // UTC, when the (last) init went out
    QJsonObject uploadState; // Uploader resume point; contains the upload URL: never logged
    QString renderedPath;    // the file rendered from a project for this attempt
};

// A post a worker holds: the row as claimed plus its lease.
struct ClaimedPost
{
    Post post;
    PublishProgress progress;
    QString leaseToken;   // fencing token: every write by the holder must present it
    QDateTime leaseUntil; // UTC
};

// Which posts a list or calendar asks for.
struct PostFilter
{
    QDateTime fromUtc;              // inclusive; invalid = no bound
    QDateTime toUtc;                // exclusive; invalid = no bound
    QStringList accountIds;         // empty = all
    QList<PostState> states;        // empty = all
    bool includeUnscheduled = true; // posts without a time (drafts)
};

} // namespace montaj
