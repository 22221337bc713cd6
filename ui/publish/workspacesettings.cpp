#include "ui/publish/workspacesettings.h"

#include "core/publish/store/workspacestore.h"

namespace montaj::ui {

Result<WorkspaceSettings> WorkspaceSettings::read(const WorkspaceStore &store)
{
    WorkspaceSettings settings;
    const Result<QString> approval = store.setting(kApprovalRequired, QStringLiteral("false"));
    if (!approval)
        return approval.error();
    settings.approvalRequired = *approval == QLatin1String("true");
    settings.missedPolicy = store.missedPostPolicy();
    return settings;
}

Result<void> WorkspaceSettings::write(WorkspaceStore &store) const
{
    if (Result<void> set = store.setSetting(kApprovalRequired, approvalRequired ? QStringLiteral("true")
                                                                                : QStringLiteral("false"));
        !set)
        return set;
    return store.setSetting(kMissedPolicy, toString(missedPolicy));
}

} // namespace montaj::ui
