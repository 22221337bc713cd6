#pragma once

#include "core/publish/posttypes.h"

#include <QObject>

#include <functional>

#include <optional>

namespace montaj {
class WorkspaceService;
}

namespace montaj::ui {

// "Next free slot": the first of an account's posting times (postingSlots, "HH:mm" in its zone)
// after a given instant that none of its live posts already takes. Pure rules plus one lookup
// through WorkspaceService. Not a scheduler.
class QueueSlots
{
public:
    static constexpr int kSearchDays = 60;

    static std::optional<ScheduledTime> nextFree(const WorkspaceAccount &account, const QList<Post> &posts,
                                                 const QDateTime &afterUtc, int days = kSearchDays);
    // Loads the account's coming posts, then answers in `receiver`'s thread (nullopt: no free slot,
    // or the account has no posting times).
    static void findNextFree(WorkspaceService &service, QObject *receiver, const WorkspaceAccount &account,
                             std::function<void(std::optional<ScheduledTime>)> done);
};

} // namespace montaj::ui
