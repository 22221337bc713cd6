#include "ui/publish/queueslots.h"

#include "core/publish/scheduletime.h"
#include "core/publish/store/workspaceservice.h"
#include "ui/publish/publishtext.h"

#include <algorithm>

namespace montaj::ui {
namespace {
bool takes(const Post &post)
{
    return post.state != PostState::Cancelled && post.state != PostState::Failed
           && post.scheduled.utc.isValid();
}
} // namespace

std::optional<ScheduledTime> QueueSlots::nextFree(const WorkspaceAccount &account, const QList<Post> &posts,
                                                  const QDateTime &afterUtc, int days)
{
    QList<QTime> slots;
    for (const QString &text : account.postingSlots)
        if (const QTime time = QTime::fromString(text.trimmed(), QStringLiteral("HH:mm")); time.isValid())
            slots << time;
    std::sort(slots.begin(), slots.end());
    const QTimeZone zone = ScheduleTime::zone(account.timeZone);
    if (slots.isEmpty() || !zone.isValid())
        return std::nullopt;
    const QDate start = afterUtc.toTimeZone(zone).date();
    for (int day = 0; day <= days; ++day) {
        for (const QTime &slot : slots) {
            ScheduledTime candidate;
            candidate.timeZone = account.timeZone;
            candidate.localDateTime = PublishText::formatLocal(QDateTime(start.addDays(day), slot, Qt::UTC));
            const auto resolved = ScheduleTime::complete(candidate);
            if (!resolved || candidate.utc <= afterUtc)
                continue;
            const bool taken = std::any_of(posts.cbegin(), posts.cend(), [&](const Post &post) {
                return post.accountId == account.id && takes(post)
                       && std::abs(post.scheduled.utc.secsTo(candidate.utc)) < 60;
            });
            if (!taken)
                return candidate;
        }
    }
    return std::nullopt;
}

void QueueSlots::findNextFree(WorkspaceService &service, QObject *receiver, const WorkspaceAccount &account,
                              std::function<void(std::optional<ScheduledTime>)> done)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PostFilter filter;
    filter.fromUtc = now;
    filter.toUtc = now.addDays(kSearchDays + 2);
    filter.accountIds = {account.id};
    filter.includeUnscheduled = false;
    service.run<QList<Post>>(
        receiver, [filter](WorkspaceStore &store) { return store.posts(filter); },
        [account, now, done = std::move(done)](Result<QList<Post>> posts) {
            done(nextFree(account, posts.valueOr(QList<Post>()), now));
        });
}

} // namespace montaj::ui
