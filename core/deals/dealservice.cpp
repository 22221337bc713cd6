#include "core/deals/dealservice.h"

#include "core/publish/store/workspaceservice.h"

#include <QThread>

#include <atomic>

namespace montaj {

// Lives on the service thread: owns the store there.
class DealWorker : public QObject
{
public:
    std::unique_ptr<DealStore> store;
};

struct DealService::Private
{
    QThread thread;
    DealWorker *worker = nullptr;
    std::atomic_bool open = false;
};

DealService::DealService(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->thread.setObjectName(QStringLiteral("deals"));
    d->worker = new DealWorker;
    d->worker->moveToThread(&d->thread);
    connect(&d->thread, &QThread::finished, d->worker, &QObject::deleteLater);
    d->thread.start();
}

DealService::~DealService()
{
    DealWorker *worker = d->worker;
    QMetaObject::invokeMethod(
        worker, [worker]() { worker->store.reset(); }, Qt::BlockingQueuedConnection);
    d->thread.quit();
    d->thread.wait();
}

Error DealService::notOpenError()
{
    return Error(QStringLiteral("deals.not_open"), tr("The deals are not open yet."));
}

void DealService::follow(WorkspaceService &workspace)
{
    connect(&workspace, &WorkspaceService::opened, this,
            [this](const WorkspaceLocation &location) { open(location); });
    connect(&workspace, &WorkspaceService::changed, this, &DealService::changed);
    if (workspace.isOpen())
        open(workspace.location());
}

void DealService::open(const WorkspaceLocation &location, std::function<void(Result<void>)> done)
{
    auto result = std::make_shared<Result<void>>();
    DealWorker *worker = d->worker;
    Private *p = d.get();
    post(
        this,
        [worker, p, location, result](DealStore *) {
            p->open = false;
            worker->store.reset();
            auto store = DealStore::open(location);
            if (!store) {
                *result = store.error();
                return;
            }
            worker->store = std::move(store).value();
            p->open = true;
        },
        [this, result, done = std::move(done)]() {
            if (result->ok())
                Q_EMIT opened();
            else
                Q_EMIT openFailed(result->error());
            if (done)
                done(*result);
        });
}

bool DealService::isOpen() const
{
    return d->open;
}

void DealService::post(QObject *receiver, std::function<void(DealStore *)> work, std::function<void()> finish)
{
    const QPointer<QObject> guard(receiver ? receiver : this);
    DealWorker *worker = d->worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, guard, work = std::move(work), finish = std::move(finish)]() {
            const quint64 before = worker->store ? worker->store->writeCount() : 0;
            work(worker->store.get());
            const bool wrote = worker->store && worker->store->writeCount() != before;
            if (QObject *target = guard.data())
                QMetaObject::invokeMethod(target, finish, Qt::QueuedConnection);
            // The service outlives its queued work (its destructor waits for it).
            if (wrote)
                QMetaObject::invokeMethod(
                    this, [this]() { Q_EMIT changed(); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace montaj
