#include "core/platform/internal/videopager.h"

#include "core/platform/internal/platformlog.h"

#include <QPointer>

#include <limits>
#include <memory>

namespace montaj {
namespace {

constexpr int kPageSize = 20; // video/list max_count

struct Paging
{
    QPointer<PlatformApi> api;
    QStringList fields;
    int maxVideos = 0;
    qint64 cursor = 0;
    int pages = 0;
    QList<VideoItem> videos;
    PlatformCallback<QList<VideoItem>> done;
};

void nextPage(const std::shared_ptr<Paging> &paging)
{
    PlatformApi *api = paging->api.data();
    if (!api)
        return; // the API object is gone: nobody is left to answer
    const auto wanted = int(qMin<qsizetype>(kPageSize, paging->maxVideos - paging->videos.size()));
    api->listVideos(paging->cursor, wanted, paging->fields, [paging](Result<VideoPage> page) {
        if (!page)
            return paging->done(page.error());
        ++paging->pages;
        for (const VideoItem &video : page->videos) {
            if (paging->videos.size() < paging->maxVideos)
                paging->videos << video;
        }
        // has_more decides, not the page size: pages may be short while more remain.
        const bool cursorMoved = page->cursor != paging->cursor;
        paging->cursor = page->cursor;
        if (page->hasMore && cursorMoved && paging->videos.size() < paging->maxVideos
            && paging->pages < VideoPager::kMaxPages)
            return nextPage(paging);
        if (page->hasMore && !cursorMoved)
            qCWarning(lcPlatformApi) << "video/list said has_more without moving the cursor; stopping";
        paging->done(paging->videos);
    });
}

} // namespace

void VideoPager::collect(PlatformApi *api, const QStringList &fields, int maxVideos,
                         PlatformCallback<QList<VideoItem>> done)
{
    auto paging = std::make_shared<Paging>();
    paging->api = api;
    paging->fields = fields;
    paging->maxVideos = maxVideos > 0 ? maxVideos : std::numeric_limits<int>::max();
    paging->done = std::move(done);
    nextPage(paging);
}

} // namespace montaj
