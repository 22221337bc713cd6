#pragma once

#include "core/platform/tiktokapi.h"
#include "core/publish/publisher/publisher.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace montaj {

class HttpClient;
class TokenStore;

// The registered app Montaj uses on one platform profile: the profile (endpoints, limits) and its
// credentials (clientSecret is a secret).
struct PlatformApp
{
    PlatformProfile profile;
    ClientCredentials credentials;
};

// AccountSessions for the studio and real platforms: restores each workspace account's session from
// the machine's TokenStore (keychain) by its profile and open_id — one TikTokApi per account, kept
// for the next post — and answers "publish.not_signed_in" when this machine holds no sign-in for it.
// Never signs anyone in (that needs the user: OAuthLogin). Not for the sandbox's automatic sign-in.
class TokenStoreAccountSessions : public QObject, public AccountSessions
{
    Q_OBJECT

public:
    // The app for a profile id ("tiktok", "tiktok-us", "sandbox"), or why there is none.
    using AppResolver = std::function<Result<PlatformApp>(const QString &profileId)>;

    // `tokens` and `http` must outlive this object.
    TokenStoreAccountSessions(TokenStore *tokens, HttpClient *http, AppResolver apps,
                              QObject *parent = nullptr);
    ~TokenStoreAccountSessions() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    void acquire(const WorkspaceAccount &account, std::function<void(Result<PlatformApi *>)> done) override;

private:
    struct Session
    {
        std::unique_ptr<TikTokApi> api;
        bool ready = false;
        bool restoring = false;
        QList<std::function<void(Result<PlatformApi *>)>> waiting;
    };
    void finishRestore(const QString &key, const WorkspaceAccount &account, Result<AccountSession> session);

    TokenStore *m_tokens = nullptr;
    HttpClient *m_http = nullptr;
    AppResolver m_apps;
    std::optional<RetryPolicy> m_retry;
    QHash<QString, std::shared_ptr<Session>> m_sessions; // by TokenStore::keyFor(profile, open_id)
};

} // namespace montaj
