#pragma once

#include "core/foundation/result.h"
#include "core/publish/posttypes.h"

#include <QString>

namespace montaj {
class WorkspaceStore;
}

namespace montaj::ui {

// The workspace-wide choices the studio reads and writes in WorkspaceStore's settings table:
// whether posts need approval before they are scheduled (agencies) and what to do with posts
// missed while no publisher ran. Runs on the store's thread (inside WorkspaceService::run).
// Not the studio's own preferences (UiSettings).
struct WorkspaceSettings
{
    static inline const QString kApprovalRequired = QStringLiteral("publish.approval_required");
    static inline const QString kMissedPolicy = QStringLiteral("publish.missed_policy");

    bool approvalRequired = false;
    MissedPostPolicy missedPolicy = MissedPostPolicy::Ask;

    static Result<WorkspaceSettings> read(const WorkspaceStore &store);
    Result<void> write(WorkspaceStore &store) const;
};

} // namespace montaj::ui
