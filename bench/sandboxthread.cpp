#include "bench/sandboxthread.h"

namespace montaj::bench {

SandboxThread::~SandboxThread()
{
    stop();
}

Result<void> SandboxThread::start(const SandboxOptions &options)
{
    stop();
    m_server = new SandboxServer(options);
    m_server->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("sandbox"));
    m_thread.start();
    Result<void> started;
    QMetaObject::invokeMethod(
        m_server,
        [this, &started] {
            started = m_server->start();
            m_baseUrl = m_server->baseUrl();
            m_stateDir = m_server->stateDir();
        },
        Qt::BlockingQueuedConnection);
    if (!started)
        stop();
    return started;
}

void SandboxThread::stop()
{
    if (!m_server)
        return;
    SandboxServer *server = std::exchange(m_server, nullptr);
    QMetaObject::invokeMethod(
        server,
        [server] {
            server->stop();
            delete server;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Result<void> SandboxThread::setFaultSpec(const QString &spec)
{
    if (!m_server)
        return Error(QStringLiteral("bench.sandbox_stopped"), QStringLiteral("The sandbox is not running."));
    Result<void> applied;
    QMetaObject::invokeMethod(
        m_server, [this, &applied, &spec] { applied = m_server->setFaultSpec(spec); },
        Qt::BlockingQueuedConnection);
    return applied;
}

} // namespace montaj::bench
