#pragma once

#include "core/foundation/error.h"
#include "core/publish/publisher/tokenstoreaccountsessions.h"
#include "core/publish/store/workspacelocation.h"

#include <QObject>
#include <QPointer>
#include <QThread>

namespace montaj {
class Publisher;
class TokenStore;
} // namespace montaj

namespace montaj::ui {

// The studio's own publisher (one creator, or the accounts signed in on this computer): runs a
// Publisher on a thread of its own — its database connection, HTTP client and platform sessions
// live there — restoring sessions from the studio's token store through a CrossThreadTokenStore.
// The UI connects to publisher()'s signals (queued across threads). Not the agency worker
// (`montajctl publish run`), which runs the same Publisher in its own process.
class PublisherHost : public QObject
{
    Q_OBJECT

public:
    // `tokens` is the studio's store (PlatformConnection's); it must outlive this object.
    explicit PublisherHost(TokenStore *tokens, QObject *parent = nullptr);
    ~PublisherHost() override; // stops the publisher (posts in flight keep their progress)

    // Starts (or restarts) publishing from `location`. `apps` answers, in the publisher's thread,
    // which registered app serves a profile: give it copies, not references to UI objects.
    void start(const WorkspaceLocation &location, TokenStoreAccountSessions::AppResolver apps,
               const QString &workDir);
    void stop();
    Publisher *publisher() const { return m_publisher; }
    bool isRunning() const { return m_publisher != nullptr; }

Q_SIGNALS:
    void started(montaj::Publisher *publisher);
    void startFailed(const montaj::Error &error); // e.g. "publish.locked": another publisher runs
    void stoppedRunning();

private:
    struct Worker;
    QThread m_thread;
    Worker *m_worker = nullptr; // lives in m_thread
    QPointer<Publisher> m_publisher;
};

} // namespace montaj::ui
