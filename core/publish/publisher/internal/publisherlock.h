#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QLockFile>

#include <memory>

namespace montaj {

// The one-publisher-per-SQLite-workspace rule: a QLockFile next to the database
// ("<db>.publisher.lock") held for as long as a Publisher runs. A lock left by a process that died
// on this machine is taken over; a live holder is never considered stale, however long it runs.
// Not used for PostgreSQL workspaces, where many workers share the work through leases.
class PublisherLock
{
    Q_DECLARE_TR_FUNCTIONS(PublisherLock)

public:
    static QString pathFor(const QString &sqlitePath);
    // "publish.locked" naming the holder (process, host, program) when another publisher runs.
    static Result<std::unique_ptr<QLockFile>> acquire(const QString &sqlitePath);
};

} // namespace montaj
