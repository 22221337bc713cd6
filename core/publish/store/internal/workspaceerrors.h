#pragma once

#include "core/foundation/error.h"
#include "core/publish/posttypes.h"

#include <QCoreApplication>
#include <QSqlError>

namespace montaj {

// The workspace store's errors, with their stable codes and translated messages, in one place.
// Never carries a password: locations are passed as their display() text.
class WorkspaceErrors
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceErrors)

public:
    static Error badLocation(const QString &text);
    static Error openFailed(const QString &where, const QString &reason);
    static Error driverMissing(const QString &where, const QString &driver);
    static Error folderMissing(const QString &where, const QString &folder);
    static Error tooNew(const QString &where, int found, int supported);
    static Error database(const QSqlError &error, const QString &where);
    static Error postNotFound(const QString &id);
    static Error accountNotFound(const QString &id);
    static Error accountInUse(const QString &id, qint64 posts);
    static Error accountExists(const QString &profileId, const QString &openId);
    static Error conflict(const QString &id);
    static Error postLocked(const QString &id, PostState state);
    static Error noTime(const QString &id);
    static Error badInitialState(PostState state);
    static Error workerOnly(PostState to);
    static Error leaseLost(const QString &id);
    // Post::failReason of a post skipped by the "skip" missed-post policy.
    static QString missedReason();
};

} // namespace montaj
