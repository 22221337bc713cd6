#include "core/reach/platformhistory.h"

#include "core/platform/platformapi.h"
#include "core/platform/tiktokapi.h"
#include "core/reach/reachtext.h"

#include <QPointer>
#include <QTimeZone>

namespace montaj {

QStringList PlatformHistory::videoFields()
{
    return {QStringLiteral("id"),
            QStringLiteral("create_time"),
            QStringLiteral("video_description"),
            QStringLiteral("title"),
            QStringLiteral("duration"),
            QStringLiteral("like_count"),
            QStringLiteral("comment_count"),
            QStringLiteral("share_count"),
            QStringLiteral("view_count")};
}

ReachVideo PlatformHistory::fromVideoItem(const VideoItem &item, const QDateTime &observedAtUtc)
{
    ReachVideo v;
    v.id = item.id;
    v.postedAtUtc = QDateTime::fromSecsSinceEpoch(item.createTime, QTimeZone::utc());
    if (item.createTime <= 0)
        v.postedAtUtc = ReachText::timeFromVideoId(item.id);
    v.observedAtUtc = observedAtUtc.toUTC();
    v.views = item.viewCount;
    v.likes = item.likeCount;
    v.comments = item.commentCount;
    v.shares = item.shareCount;
    v.durationSec = item.durationSec > 0 ? item.durationSec : -1;
    v.caption = item.description.isEmpty() ? item.title : item.description;
    v.hashtags = ReachText::hashtagsInCaption(v.caption);
    return v;
}

void PlatformHistory::fetch(PlatformApi &api, int maxVideos, const QString &creator,
                            std::function<void(Result<ReachHistory>)> done)
{
    QPointer<PlatformApi> guard(&api);
    ReachHistory empty;
    empty.profileId = api.profile().id();
    empty.creator = creator.isEmpty() ? api.session().openId : creator;
    api.listAllVideos(videoFields(), maxVideos,
                      [guard, empty, done = std::move(done)](Result<QList<VideoItem>> videos) mutable {
                          if (!videos)
                              return done(videos.error());
                          ReachHistory history = empty;
                          const QDateTime now = QDateTime::currentDateTimeUtc();
                          for (const VideoItem &item : *videos)
                              history.videos.append(fromVideoItem(item, now));
                          history = history.normalized();
                          PlatformApi *platform = guard.data();
                          if (platform == nullptr)
                              return done(history);
                          platform->userInfo(
                              {QStringLiteral("open_id"), QStringLiteral("follower_count")},
                              [history, done = std::move(done)](Result<UserInfo> info) mutable {
                                  if (info && info->followerCount >= 0)
                                      history.followers = info->followerCount;
                                  done(history); // follower count is optional (user.info.stats scope)
                              });
                      });
}

namespace {

// One video/query after another until every id is asked; the counts so far travel along.
void fetchCounterBatches(PlatformApi &api, QStringList ids, QList<ReachVideo> read,
                         std::function<void(Result<QList<ReachVideo>>)> done)
{
    const QStringList batch = ids.mid(0, TikTokApi::kMaxVideoIdsPerQuery);
    ids = ids.mid(TikTokApi::kMaxVideoIdsPerQuery);
    api.queryVideos(
        batch, PlatformHistory::videoFields(),
        [alive = QPointer<PlatformApi>(&api), ids, read, done](Result<QList<VideoItem>> items) mutable {
            if (!items)
                return done(items.error());
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const VideoItem &item : *items)
                read.append(PlatformHistory::fromVideoItem(item, now));
            PlatformApi *next = alive.data();
            if (ids.isEmpty() || next == nullptr) // signed out meanwhile: what was read
                return done(read);
            fetchCounterBatches(*next, ids, std::move(read), std::move(done));
        });
}

} // namespace

void PlatformHistory::fetchCounters(PlatformApi &api, const QStringList &videoIds,
                                    std::function<void(Result<QList<ReachVideo>>)> done)
{
    fetchCounterBatches(api, videoIds, {}, std::move(done));
}

} // namespace montaj
