#pragma once

#include "core/foundation/result.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace montaj {

// How the sandbox platform runs. Defaults are what the studio uses in-process.
struct SandboxOptions
{
    QString stateDir;  // where sandbox.sqlite lives; empty: a fresh temporary state
    QString faultSpec; // e.g. "latency=50ms;error_rate=/v2/post/publish/video/init/:0.2;reset_mid_chunk=0.1"
    bool autoApprove = false;  // authorize without showing the consent page (tests)
    QString autoApproveScopes; // with autoApprove: grant only these (comma-separated); empty: all asked
    QString tokenProfile =
        QStringLiteral("long"); // "long": 24 h access / 365 d refresh; "rotating": 2 h / 180 d, rotation
    bool unauditedClient = false;
    qint64 uploadUrlLifetimeMs = 60 * 60 * 1000;
    qint64 moderationDelayMs = 1500;
    bool seedDemoWorld = true;     // past videos and LIVE sessions (the two accounts always exist)
    QString autoApproveAccount;    // with autoApprove: the username that approves; empty: the demo creator
    quint64 seed = 20240601;       // the demo world and every injected fault derive from it
    int maxDirectPostsPerDay = 15; // direct posts per creator per 24 h before spam_risk_too_many_posts
    qint64 liveEventIntervalMs = 1500;    // the live session: one gift action this often
    qint64 campaignReviewDelayMs = 60000; // a brand reviews a submitted deliverable after this long
    // The product permissions granted to the demo app itself (scope names). An endpoint whose scopes
    // the app lacks answers scope_permission_missed (401), whatever the user granted.
    QStringList appPermissions = {QStringLiteral("user.info.basic"), QStringLiteral("user.info.profile"),
                                  QStringLiteral("user.info.stats"), QStringLiteral("video.list"),
                                  QStringLiteral("video.publish"),   QStringLiteral("video.upload")};
    // Usernames banned from posting: their post inits answer spam_risk_user_banned_from_posting.
    QStringList bannedAccounts;
    // Extra private accounts tester_1 … tester_N (e.g. to reach the unaudited 5-users-per-24-h cap).
    int privateTesterAccounts = 0;
    // Extra public creators creator_1 … creator_N (like the demo creator: 600 s videos, every privacy
    // option, interactions allowed; no videos), e.g. for agency tests and benchmarks.
    int publicCreatorAccounts = 0;
};

// The embedded platform sandbox: serves the TikTok-shaped endpoints of shared/PLATFORM_API.md (and
// its extensions) over HTTP on 127.0.0.1 only, with persistent state and fault injection, so the
// whole product runs and is tested on one machine. Not a client (core/platform).
// Everything (sockets, SQLite, probing uploads) runs on the event loop of the thread that calls
// start(): the studio should create and start it on a worker thread. See core/sandbox/README.md.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1:port (0 picks a free port).
    Result<void> start(quint16 port = 0);
    void stop();
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT

    // Where sandbox.sqlite and uploads live (a temporary folder when options.stateDir is empty).
    QString stateDir() const;

    // The sandbox's clock (ms since the epoch): wall time plus what advanceClock() added. Token,
    // code and upload-URL expiry, rate-limit windows and video counters all follow it.
    qint64 nowMs() const;
    void advanceClock(qint64 ms);

    // Replaces the injected faults while running (same syntax as SandboxOptions::faultSpec);
    // expire_tokens takes effect at once.
    Result<void> setFaultSpec(const QString &spec);

    // The URL prefix the demo app owns for PULL_FROM_URL (<base>/media/verified/) and the folder
    // behind it (<stateDir>/media/verified): put a file there and it is served (and may be pulled)
    // at verifiedMediaUrl(relative path). Empty before start().
    QString verifiedMediaDir() const;
    QUrl verifiedMediaUrl(const QString &relativePath) const;

    // The sandbox's registered demo app, which the studio uses when no real account is linked.
    static QString demoClientKey();
    static QString demoClientSecret();
    // The seeded accounts: a public creator (600 s videos) and a private one (comments off, 180 s).
    static QString demoCreatorUsername();
    static QString privateCreatorUsername();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace montaj
