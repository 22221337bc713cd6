#pragma once

#include "core/foundation/error.h"
#include "core/sandbox/sandboxserver.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace montaj::ui {

// Runs the platform sandbox inside the studio, on its own thread (its SQLite state and upload
// checks never touch the UI thread), for as long as no real account is linked. Says when it is
// listening or why it could not start.
class SandboxHost : public QObject
{
    Q_OBJECT

public:
    explicit SandboxHost(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxHost() override;

    void start();
    bool isRunning() const { return m_url.isValid(); }
    QUrl baseUrl() const { return m_url; }

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const montaj::Error &error);

private:
    QThread m_thread;
    SandboxServer *m_server; // lives on m_thread
    QUrl m_url;
};

} // namespace montaj::ui
