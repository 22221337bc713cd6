#include "core/publish/store/internal/workspaceerrors.h"

#include "core/publish/postlifecycle.h"

namespace montaj {

namespace {
const QString kWhere = QStringLiteral("workspace");
const QString kPost = QStringLiteral("post");
} // namespace

Error WorkspaceErrors::badLocation(const QString &text)
{
    return Error(QStringLiteral("workspace.bad_location"),
                 tr("“%1” is not a workspace: give a file path or a postgresql:// address.").arg(text));
}

Error WorkspaceErrors::openFailed(const QString &where, const QString &reason)
{
    return Error(QStringLiteral("workspace.open_failed"),
                 tr("Could not open the workspace %1: %2").arg(where, reason), {{kWhere, where}});
}

Error WorkspaceErrors::driverMissing(const QString &where, const QString &driver)
{
    return openFailed(where, tr("the Qt SQL driver %1 is not installed").arg(driver))
        .with(QStringLiteral("driver"), driver);
}

Error WorkspaceErrors::folderMissing(const QString &where, const QString &folder)
{
    return openFailed(where, tr("cannot create the folder %1").arg(folder));
}

Error WorkspaceErrors::tooNew(const QString &where, int found, int supported)
{
    return Error(
        QStringLiteral("workspace.too_new"),
        tr("The workspace %1 was written by a newer version of Montaj. Update Montaj to open it.").arg(where),
        {{kWhere, where}, {QStringLiteral("schema"), found}, {QStringLiteral("supported"), supported}});
}

Error WorkspaceErrors::database(const QSqlError &error, const QString &where)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    return Error(QStringLiteral("workspace.db_error"),
                 tr("The workspace database reported an error: %1").arg(text),
                 {{kWhere, where}, {QStringLiteral("native_code"), error.nativeErrorCode()}});
}

Error WorkspaceErrors::postNotFound(const QString &id)
{
    return Error(QStringLiteral("workspace.not_found"), tr("This post no longer exists."), {{kPost, id}});
}

Error WorkspaceErrors::accountNotFound(const QString &id)
{
    return Error(QStringLiteral("workspace.not_found"), tr("This account is not in the workspace."),
                 {{QStringLiteral("account"), id}});
}

Error WorkspaceErrors::accountInUse(const QString &id, qint64 posts)
{
    return Error(QStringLiteral("workspace.account_in_use"),
                 tr("This account still has %n post(s). Delete or move them first.", nullptr, int(posts)),
                 {{QStringLiteral("account"), id}});
}

Error WorkspaceErrors::accountExists(const QString &profileId, const QString &openId)
{
    return Error(QStringLiteral("workspace.account_exists"), tr("This account is already in the workspace."),
                 {{QStringLiteral("profile"), profileId}, {QStringLiteral("open_id"), openId}});
}

Error WorkspaceErrors::conflict(const QString &id)
{
    return Error(QStringLiteral("workspace.conflict"),
                 tr("Someone else changed this post in the meantime. Reload it and try again."),
                 {{kPost, id}});
}

Error WorkspaceErrors::postLocked(const QString &id, PostState state)
{
    return Error(QStringLiteral("workspace.post_locked"),
                 tr("A post that is “%1” cannot be changed.").arg(PostLifecycle::displayName(state)),
                 {{kPost, id}, {QStringLiteral("state"), toString(state)}});
}

Error WorkspaceErrors::noTime(const QString &id)
{
    return Error(QStringLiteral("workspace.no_time"),
                 tr("Choose a date and time before scheduling this post."), {{kPost, id}});
}

Error WorkspaceErrors::badInitialState(PostState state)
{
    return Error(QStringLiteral("publish.bad_transition"),
                 tr("A new post cannot start as “%1”.").arg(PostLifecycle::displayName(state)),
                 {{QStringLiteral("to"), toString(state)}});
}

Error WorkspaceErrors::workerOnly(PostState to)
{
    return Error(QStringLiteral("publish.bad_transition"),
                 tr("Only the publisher can make a post “%1”.").arg(PostLifecycle::displayName(to)),
                 {{QStringLiteral("to"), toString(to)}});
}

Error WorkspaceErrors::leaseLost(const QString &id)
{
    return Error(QStringLiteral("publish.lease_lost"),
                 tr("Another publisher took over this post; this one stopped working on it."), {{kPost, id}});
}

QString WorkspaceErrors::missedReason()
{
    return tr("Its time passed while no publisher was running, and the workspace skips missed posts.");
}

} // namespace montaj
