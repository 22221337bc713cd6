#pragma once

#include "core/foundation/result.h"
#include "core/publish/store/workspacelocation.h"

#include <QObject>

#include <functional>
#include <memory>

class QTimer;

namespace montaj {

class WorkspaceStore;

// WorkspaceService's half on the store thread: owns the WorkspaceStore (opened, used and closed on
// that thread), runs jobs with it and reports writes, its own and other connections' (PostgreSQL
// notifications; SQLite data_version polled every second). Not thread-safe: only its thread calls it.
class WorkspaceWorker : public QObject
{
public:
    // `changed` is called on the store thread after a write.
    explicit WorkspaceWorker(std::function<void()> changed);
    ~WorkspaceWorker() override;

    Result<void> open(const WorkspaceLocation &location);
    void close();
    // Runs `work` with the store (nullptr when none is open); reports a change if it wrote.
    void run(const std::function<void(WorkspaceStore *)> &work);

private:
    void poll();

    std::function<void()> m_changed;
    std::unique_ptr<WorkspaceStore> m_store;
    QTimer *m_poll = nullptr;
};

} // namespace montaj
