#pragma once

#include "core/foundation/result.h"
#include "core/platform/platformapi.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace montaj {

// Asks the platform whether a post already went out: pages through the creator's videos (video/list,
// newest first) back to `since`, looking for one whose title or description is the post's caption
// and whose id is not already another post's. This is how the publisher settles an init whose answer
// was lost before it initialises again. Sees only what the Display API lists (not "only me" videos,
// not photo posts): callers decide what "not found" proves. Not a search of other creators.
class PlatformCheck : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxPages = 50;
    using Done = std::function<void(Result<std::optional<VideoItem>>)>;

    explicit PlatformCheck(PlatformApi *api, QObject *parent = nullptr);

    void find(const QString &caption, const QDateTime &since, const QStringList &excludeIds, Done done);

    static bool matches(const VideoItem &video, const QString &caption);

private:
    void page(qint64 cursor, int pagesLeft);
    void onPage(const Result<VideoPage> &result, int pagesLeft);
    void answer(Result<std::optional<VideoItem>> result);

    QPointer<PlatformApi> m_api;
    QString m_caption;
    qint64 m_sinceSec = 0;
    QStringList m_exclude;
    Done m_done;
};

} // namespace montaj
