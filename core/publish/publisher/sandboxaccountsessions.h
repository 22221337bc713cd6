#pragma once

#include "core/platform/memorytokenstore.h"
#include "core/platform/tiktokapi.h"
#include "core/publish/publisher/publisher.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace montaj {

class HttpClient;

// AccountSessions for the embedded sandbox (studio without a real account, tests, the agency
// benchmark): signs each workspace account in through the sandbox's real authorize and token
// endpoints, relying on its autoApprove and its sandbox-only `account=<username>` parameter to pick
// the creator, with one TikTokApi and one in-memory token store per account. Signs in again when a
// session can no longer be renewed. Never for real platforms (TokenStoreAccountSessions).
class SandboxAccountSessions : public QObject, public AccountSessions
{
    Q_OBJECT

public:
    // `http` must outlive this object; the sandbox at `sandboxBase` must run with autoApprove. `app`:
    // the sandbox's demo app (SandboxServer::demoClientKey() / demoClientSecret()).
    SandboxAccountSessions(QUrl sandboxBase, ClientCredentials app, HttpClient *http,
                           QObject *parent = nullptr);
    ~SandboxAccountSessions() override;

    void setScopes(const QStringList &scopes) { m_scopes = scopes; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }

    // By account.username; "publish.account_mismatch" when account.openId is set and differs.
    void acquire(const WorkspaceAccount &account, std::function<void(Result<PlatformApi *>)> done) override;

    // Signs `api` (a TikTokApi of the sandbox profile) in as `username` through the authorize endpoint
    // (autoApprove + account=) and the code exchange. Answers in `api`'s thread.
    static void signIn(TikTokApi *api, HttpClient *http, const QString &username, const QStringList &scopes,
                       std::function<void(Result<AccountSession>)> done);

    static QStringList defaultScopes();

private:
    struct Session
    {
        std::unique_ptr<MemoryTokenStore> tokens;
        std::unique_ptr<TikTokApi> api;
        bool signedIn = false;
        bool signingIn = false;
        QList<std::function<void(Result<PlatformApi *>)>> waiting;
    };
    static Error mismatch(const WorkspaceAccount &account, const QString &openId);
    void finishSignIn(const QString &key, const WorkspaceAccount &account, Result<AccountSession> session);

    QUrl m_base;
    ClientCredentials m_app;
    HttpClient *m_http = nullptr;
    QStringList m_scopes;
    std::optional<RetryPolicy> m_retry;
    QHash<QString, std::shared_ptr<Session>> m_sessions; // by username
};

} // namespace montaj
