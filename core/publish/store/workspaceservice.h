#pragma once

#include "core/foundation/result.h"
#include "core/publish/store/workspacelocation.h"
#include "core/publish/store/workspacestore.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace montaj {

// The workspace for the UI: a WorkspaceStore living on its own thread, reached asynchronously so the
// UI thread never waits on the database. run() executes work with the store on that thread and
// answers in the caller's thread (dropped when the receiver is gone). changed() tells views to
// reload: after writes made through this service, and for writes by others (PostgreSQL: LISTEN/NOTIFY
// on the "montaj_workspace" channel; SQLite: PRAGMA data_version polled every second).
// Not a cache and not the publisher.
class WorkspaceService : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceService(QObject *parent = nullptr);
    ~WorkspaceService() override; // stops the thread after pending work

    // Opens (and migrates) the store on the service thread; closes the previous one.
    void open(const WorkspaceLocation &location, std::function<void(Result<void>)> done);
    bool isOpen() const;
    WorkspaceLocation location() const;

    // `work` runs on the store thread; `done` is called in `receiver`'s thread afterwards unless
    // `receiver` was destroyed. Errors "workspace.not_open" when no store is open.
    template<typename T>
    void run(QObject *receiver, std::function<Result<T>(WorkspaceStore &)> work,
             std::function<void(Result<T>)> done)
    {
        auto result = std::make_shared<std::optional<Result<T>>>();
        post(
            receiver,
            [work = std::move(work), result](WorkspaceStore *store) {
                if (store)
                    result->emplace(work(*store));
                else
                    result->emplace(notOpenError());
            },
            [done = std::move(done), result]() { done(std::move(**result)); });
    }

Q_SIGNALS:
    void changed();
    void opened(const montaj::WorkspaceLocation &location);

private:
    static Error notOpenError();
    // Runs `work` on the store thread, then `finish` in receiver's thread (if alive).
    void post(QObject *receiver, std::function<void(WorkspaceStore *)> work, std::function<void()> finish);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace montaj
