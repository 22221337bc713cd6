#include "core/publish/publisher/internal/platformcheck.h"

#include "core/publish/publisher/internal/publisherlog.h"

namespace montaj {
namespace {

QString normalized(const QString &text)
{
    return text.simplified();
}

} // namespace

PlatformCheck::PlatformCheck(PlatformApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

bool PlatformCheck::matches(const VideoItem &video, const QString &caption)
{
    const QString wanted = normalized(caption);
    if (wanted.isEmpty())
        return false;
    return normalized(video.title) == wanted || normalized(video.description) == wanted;
}

void PlatformCheck::find(const QString &caption, const QDateTime &since, const QStringList &excludeIds,
                         Done done)
{
    m_caption = caption;
    m_sinceSec = since.toSecsSinceEpoch();
    m_exclude = excludeIds;
    m_done = std::move(done);
    page(0, kMaxPages);
}

void PlatformCheck::page(qint64 cursor, int pagesLeft)
{
    PlatformApi *api = m_api.data();
    if (!api)
        return;
    QPointer<PlatformCheck> self(this);
    const QStringList fields = {QStringLiteral("id"), QStringLiteral("create_time"), QStringLiteral("title"),
                                QStringLiteral("video_description")};
    api->listVideos(cursor, 20, fields, [self, pagesLeft](Result<VideoPage> result) {
        if (self)
            self->onPage(result, pagesLeft);
    });
}

void PlatformCheck::answer(Result<std::optional<VideoItem>> result)
{
    Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(std::move(result));
}

void PlatformCheck::onPage(const Result<VideoPage> &result, int pagesLeft)
{
    if (!m_done)
        return;
    if (!result)
        return answer(result.error());
    bool older = false; // the page reached videos made before `since`: nothing further back matters
    for (const VideoItem &video : result->videos) {
        if (video.createTime < m_sinceSec) {
            older = true;
            continue;
        }
        if (!m_exclude.contains(video.id) && matches(video, m_caption)) {
            qCInfo(lcPublisher) << "found the post on the platform as video" << video.id;
            return answer(std::optional<VideoItem>(video));
        }
    }
    if (older || !result->hasMore || pagesLeft <= 1)
        return answer(std::optional<VideoItem>());
    page(result->cursor, pagesLeft - 1);
}

} // namespace montaj
