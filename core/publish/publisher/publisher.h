#pragma once

#include "core/foundation/result.h"
#include "core/publish/posttypes.h"
#include "core/publish/store/workspacelocation.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>

namespace montaj {

class HttpClient;
class PlatformApi;

// Gives the publisher a signed-in PlatformApi for a workspace account (restoring the session from
// the machine's TokenStore, or signing in to the sandbox). Answers once, in the caller's thread.
// The api stays owned by the provider and lives in the publisher's thread.
class AccountSessions
{
public:
    virtual ~AccountSessions() = default;
    virtual void acquire(const WorkspaceAccount &account,
                         std::function<void(Result<PlatformApi *>)> done) = 0;
};

struct PublisherOptions
{
    QString workerId;    // "host:pid" by default; shows in the audit history
    int concurrency = 2; // posts in flight at once
    std::chrono::seconds leaseFor{120};
    std::chrono::milliseconds idlePollInterval{2000}; // look for due posts this often when idle
    std::chrono::seconds missedAfter{15 * 60};
    // Only these accounts. Empty: every account; a post whose account this machine cannot sign in
    // fails with "publish.not_signed_in" (give agency workers the accounts they hold sign-ins for).
    QStringList accountIds;
    QString workDir; // rendered projects and upload state; default: a folder under the data dir
    QString renderPreset = QStringLiteral("tiktok-1080p30"); // export preset for Project posts
    int maxAttempts = 8; // claims of a post before a retryable failure is given up as permanent
    std::chrono::milliseconds retryBaseDelay{5000};          // back-off: full jitter, doubling…
    std::chrono::milliseconds retryMaxDelay{15 * 60 * 1000}; // …up to this (never below Retry-After)
    std::chrono::milliseconds offlineProbeInterval{5000};    // while offline, ask the platform this often
    std::chrono::milliseconds firstPollDelay{1000};          // after the upload, before the first status
    std::chrono::milliseconds pollInterval{2000}; // then this often (never above the status budget)
    // A photo or pull-from-URL post whose init answer was lost: how long the platform may take to
    // show it before Montaj looks a second time (and then asks the user instead of risking a duplicate).
    std::chrono::milliseconds unsureRecheckAfter{5 * 60 * 1000};
};

// The exactly-once publisher: claims due posts from the workspace (lease + fencing token), checks
// them again against creator_info and the media rules, renders projects, uploads in resumable chunks,
// polls the status and records the platform's ids in the transaction that marks the post published.
// An upload the platform accepted is never sent again: progress is persisted before and after every
// platform call, and after a crash or an ambiguous failure the platform is asked (status, video list)
// before anything is re-initialised. Retryable failures back off; permanent ones fail with a reason.
// Pauses while offline. Used in the studio (one creator) and by `montajctl publish run` (agencies).
// Lives in one thread (its store connection and the PlatformApi objects must live there too).
class Publisher : public QObject
{
    Q_OBJECT

public:
    Publisher(WorkspaceLocation location, AccountSessions *sessions, HttpClient *http,
              PublisherOptions options, QObject *parent = nullptr);
    ~Publisher() override;

    Result<void> start(); // opens the store; SQLite: takes the workspace's publisher lock ("publish.locked")
    // Stops claiming; posts in flight are released (their progress kept) once their current step ends.
    void stop();
    void setPaused(bool paused);
    bool isOffline() const;

Q_SIGNALS:
    void postStarted(const QString &postId);
    void postProgress(const QString &postId, montaj::PublishStage stage, qint64 done, qint64 total);
    void postPublished(const QString &postId, const QString &platformPostId);
    void postFailed(const QString &postId, const montaj::Error &error);
    void postRetrying(const QString &postId, const QDateTime &nextAttemptUtc, const montaj::Error &error);
    void offlineChanged(bool offline);
    void stopped();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace montaj
