#include "core/publish/store/workspaceservice.h"

#include "core/publish/store/internal/workspaceworker.h"

#include <QMutex>
#include <QMutexLocker>
#include <QThread>

#include <atomic>

namespace montaj {

struct WorkspaceService::Private
{
    QThread thread;
    WorkspaceWorker *worker = nullptr; // lives on `thread`, deleted when it finishes
    mutable QMutex mutex;
    WorkspaceLocation location;
    std::atomic_bool open = false;
};

WorkspaceService::WorkspaceService(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->thread.setObjectName(QStringLiteral("workspace"));
    d->worker = new WorkspaceWorker([this]() {
        QMetaObject::invokeMethod(
            this, [this]() { Q_EMIT changed(); }, Qt::QueuedConnection);
    });
    d->worker->moveToThread(&d->thread);
    connect(&d->thread, &QThread::finished, d->worker, &QObject::deleteLater);
    d->thread.start();
}

WorkspaceService::~WorkspaceService()
{
    // Queued behind pending work: that work finishes, then the store closes on its own thread.
    WorkspaceWorker *worker = d->worker;
    QMetaObject::invokeMethod(
        worker, [worker]() { worker->close(); }, Qt::BlockingQueuedConnection);
    d->thread.quit();
    d->thread.wait();
}

Error WorkspaceService::notOpenError()
{
    return Error(QStringLiteral("workspace.not_open"), tr("No workspace is open."));
}

void WorkspaceService::open(const WorkspaceLocation &location, std::function<void(Result<void>)> done)
{
    auto result = std::make_shared<Result<void>>();
    WorkspaceWorker *worker = d->worker;
    Private *p = d.get();
    post(
        this,
        [worker, p, location, result](WorkspaceStore *) {
            p->open = false;
            *result = worker->open(location);
            QMutexLocker lock(&p->mutex);
            p->location = location;
            p->open = result->ok();
        },
        [this, location, result, done = std::move(done)]() {
            if (result->ok())
                Q_EMIT opened(location);
            if (done)
                done(*result);
        });
}

bool WorkspaceService::isOpen() const
{
    return d->open;
}

WorkspaceLocation WorkspaceService::location() const
{
    QMutexLocker lock(&d->mutex);
    return d->location;
}

void WorkspaceService::post(QObject *receiver, std::function<void(WorkspaceStore *)> work,
                            std::function<void()> finish)
{
    // A null receiver answers through the service itself (alive until the worker has stopped).
    const QPointer<QObject> guard(receiver ? receiver : this);
    WorkspaceWorker *worker = d->worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, guard, work = std::move(work), finish = std::move(finish)]() {
            worker->run(work);
            // Queued calls to a receiver destroyed meanwhile are dropped with its events.
            if (QObject *target = guard.data())
                QMetaObject::invokeMethod(target, finish, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace montaj
