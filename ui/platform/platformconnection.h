#pragma once

#include "core/foundation/error.h"
#include "core/platform/platformtypes.h"
#include "core/platform/tiktokapi.h"
#include "core/platform/tokenstore.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QSettings;

namespace montaj {
class HttpClient;
class OAuthLogin;
class TikTokApi;
} // namespace montaj

namespace montaj::ui {

// The studio's link to a platform account: which platform profile is in use (the in-process
// sandbox unless a real TikTok app is configured), the signed-in account and its granted scopes,
// and the link / unlink actions. Sign-in goes through the system browser and the loopback
// listener. Remembers which account was linked (never a token: those live in the keychain, or
// only in memory where there is none).
class PlatformConnection : public QObject
{
    Q_OBJECT

public:
    using BrowserOpener = std::function<void(const QUrl &)>;

    PlatformConnection(QSettings &settings, std::unique_ptr<TokenStore> store, QObject *parent = nullptr);
    ~PlatformConnection() override;

    // The browser that shows the authorization page; the default is the system browser.
    void setBrowserOpener(BrowserOpener opener) { m_openBrowser = std::move(opener); }

    void useSandbox(const QUrl &baseUrl);
    bool usesSandbox() const { return m_profileId == QLatin1String("sandbox"); }
    bool isReady() const { return m_api != nullptr; }
    QString profileId() const { return m_profileId; }
    // The app in use (profile and credentials, kept in memory only; the secret is a secret).
    ClientCredentials credentials() const { return m_credentials; }

    void linkAccount();
    // A real TikTok app: the user's own client key and secret (kept for this session only).
    void linkTikTok(const QString &clientKey, const QString &clientSecret);
    void unlink();

    AccountSession session() const;
    QString displayName() const { return m_displayName; } // "@username", once known
    bool isLinking() const { return m_login != nullptr; }
    TokenStore &tokenStore() { return *m_store; }
    TikTokApi *api() const { return m_api.get(); }

Q_SIGNALS:
    void changed();
    void failed(const montaj::Error &error);

private:
    Result<void> connectTo(const QString &profileId, const QUrl &baseUrl, const QString &key,
                           const QString &secret);
    void startLogin();
    void restoreRemembered();
    void fetchDisplayName();

    QSettings &m_settings;
    std::unique_ptr<TokenStore> m_store;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<TikTokApi> m_api;
    std::unique_ptr<OAuthLogin> m_login;
    BrowserOpener m_openBrowser;
    QString m_profileId;
    ClientCredentials m_credentials;
    QString m_displayName;
};

} // namespace montaj::ui
