#include "core/publish/store/internal/workspaceworker.h"

#include "core/publish/store/workspacestore.h"

#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcWorkspaceDb)

namespace montaj {

WorkspaceWorker::WorkspaceWorker(std::function<void()> changed)
    : m_changed(std::move(changed))
{}

WorkspaceWorker::~WorkspaceWorker() = default;

Result<void> WorkspaceWorker::open(const WorkspaceLocation &location)
{
    close();
    auto store = WorkspaceStore::open(location);
    if (!store)
        return store.error();
    m_store = std::move(store).value();
    auto watched = m_store->watchExternalChanges(m_changed);
    if (!watched) // the workspace still works; views just miss other people's changes until reloaded
        qCWarning(lcWorkspaceDb) << "cannot watch the workspace for changes:" << watched.error().toString();
    if (location.kind == WorkspaceLocation::Kind::Sqlite) {
        m_poll = new QTimer(this);
        m_poll->setInterval(1000);
        connect(m_poll, &QTimer::timeout, this, &WorkspaceWorker::poll);
        m_poll->start();
    }
    return {};
}

void WorkspaceWorker::close()
{
    delete m_poll;
    m_poll = nullptr;
    m_store.reset();
}

void WorkspaceWorker::run(const std::function<void(WorkspaceStore *)> &work)
{
    const quint64 before = m_store ? m_store->writeCount() : 0;
    work(m_store.get());
    if (m_store && m_store->writeCount() != before)
        m_changed();
}

void WorkspaceWorker::poll()
{
    if (m_store && m_store->checkExternalChanges())
        m_changed();
}

} // namespace montaj
