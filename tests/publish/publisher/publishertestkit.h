#pragma once

#include "core/foundation/result.h"
#include "core/platform/httpclient.h"
#include "core/platform/platformapi.h"
#include "core/publish/publisher/publisher.h"
#include "core/publish/publisher/sandboxaccountsessions.h"
#include "core/publish/store/workspacestore.h"
#include "core/sandbox/sandboxserver.h"

#include <QEventLoop>
#include <QHash>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>
#include <optional>

namespace montaj::test {

// What the publisher tests share: a sandbox on loopback (autoApprove, fast moderation, public
// creators creator_1…creator_3), a SQLite workspace in a temporary folder with those accounts, the
// test's own store connection, sessions signed in through the sandbox, and fast publisher options.
class PublisherKit
{
public:
    static SandboxOptions sandboxOptions();
    bool setUp(SandboxOptions options = sandboxOptions());
    // Switches the kit to another workspace (a PostgreSQL database) with the same three accounts.
    bool openWorkspace(const WorkspaceLocation &where);
    void tearDown();

    PublisherOptions options() const; // fast: small delays, the kit's work folder
    std::unique_ptr<Publisher> publisher(const PublisherOptions &options, AccountSessions *with = nullptr);
    std::unique_ptr<Publisher> publisher() { return publisher(options()); }

    // A due video post (scheduled `offsetSec` from now) for creator_N.
    Post videoPost(int creator, const QString &mediaPath, const QString &caption, qint64 offsetSec = -5,
                   const QString &privacy = QStringLiteral("PUBLIC_TO_EVERYONE"));
    Post create(const Post &post);                  // stored, or a failed QVERIFY-friendly empty id
    Post reload(const QString &postId) const;       // the stored row
    QStringList notes(const QString &postId) const; // history notes, oldest first
    // Videos on the platform for creator_N whose title is `caption` (the duplicate counter).
    int videosTitled(int creator, const QString &caption);
    PlatformApi *api(int creator); // signed in through the kit's sessions

    // Restarts the sandbox on the same port with the same state (offline tests).
    void stopSandbox();
    bool restartSandbox();

    static QString okVideo();        // 360×640, 30 fps, 1 s, H.264
    static QString twelveFpsVideo(); // 360×640, 12 fps: refused by the media rules

    // New sessions: nobody signed in yet (the kit signs every creator in once to learn its open_id).
    void resetSessions();
    QString path(const QString &name) const { return dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> dir; // fresh for every setUp()
    SandboxOptions sandboxOpts;
    quint16 sandboxPort = 0;
    std::unique_ptr<SandboxServer> sandbox;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<SandboxAccountSessions> sessions;
    WorkspaceLocation location;
    std::unique_ptr<WorkspaceStore> store;
    QList<WorkspaceAccount> accounts; // creator_1 … creator_3
};

// Calls `call` and runs the event loop until its callback answers (or the time is up).
template<typename T>
Result<T> await(const std::function<void(std::function<void(Result<T>)>)> &call, int timeoutMs = 20000)
{
    auto result = std::make_shared<std::optional<Result<T>>>();
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    call([result, &loop](Result<T> r) {
        result->emplace(std::move(r));
        loop.quit();
    });
    if (!result->has_value())
        loop.exec();
    if (!result->has_value())
        return Error("test.timeout", "No answer in time.");
    return std::move(**result);
}

} // namespace montaj::test
