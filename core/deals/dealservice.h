#pragma once

#include "core/deals/dealstore.h"
#include "core/foundation/result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace montaj {

class WorkspaceService;

// The deals for the UI: a DealStore on its own thread (its own connection to the workspace
// database), reached asynchronously so the UI thread never waits on the database. run() executes
// work with the store on that thread and answers in the receiver's thread (dropped when the
// receiver is gone). follow() opens the deals wherever a WorkspaceService opens its workspace and
// relays its changed() (other connections' writes, deals included). Not a cache.
class DealService : public QObject
{
    Q_OBJECT

public:
    explicit DealService(QObject *parent = nullptr);
    ~DealService() override; // stops the thread after pending work

    void follow(WorkspaceService &workspace);
    void open(const WorkspaceLocation &location, std::function<void(Result<void>)> done = {});
    bool isOpen() const;

    // `work` runs on the store thread; `done` in `receiver`'s thread. "deals.not_open" when closed.
    template<typename T>
    void run(QObject *receiver, std::function<Result<T>(DealStore &)> work,
             std::function<void(Result<T>)> done)
    {
        auto result = std::make_shared<std::optional<Result<T>>>();
        post(
            receiver,
            [work = std::move(work), result](DealStore *store) {
                if (store)
                    result->emplace(work(*store));
                else
                    result->emplace(notOpenError());
            },
            [done = std::move(done), result]() {
                if (done)
                    done(std::move(**result));
            });
    }

Q_SIGNALS:
    void changed();
    void opened();
    void openFailed(const montaj::Error &error);

private:
    static Error notOpenError();
    void post(QObject *receiver, std::function<void(DealStore *)> work, std::function<void()> finish);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace montaj
