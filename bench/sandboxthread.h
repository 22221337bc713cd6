#pragma once

#include "core/foundation/result.h"
#include "core/sandbox/sandboxserver.h"

#include <QThread>
#include <QUrl>

namespace montaj::bench {

// Runs a SandboxServer on a thread of its own, as the studio does, so that the benchmark's main
// thread is only the client (and a peer program can run while the main thread blocks on it).
// Not a sandbox of its own: every call is forwarded to the server in its thread and waited for.
class SandboxThread
{
public:
    SandboxThread() = default;
    ~SandboxThread();
    SandboxThread(const SandboxThread &) = delete;
    SandboxThread &operator=(const SandboxThread &) = delete;

    Result<void> start(const SandboxOptions &options);
    void stop();
    QUrl baseUrl() const { return m_baseUrl; }
    QString stateDir() const { return m_stateDir; }
    Result<void> setFaultSpec(const QString &spec);

private:
    QThread m_thread;
    SandboxServer *m_server = nullptr;
    QUrl m_baseUrl;
    QString m_stateDir;
};

} // namespace montaj::bench
