#include "ui/platform/platformconnection.h"

#include "core/platform/httpclient.h"
#include "core/platform/oauthlogin.h"
#include "core/platform/platformprofile.h"
#include "core/platform/tiktokapi.h"
#include "core/sandbox/sandboxserver.h"

#include <QDesktopServices>
#include <QSettings>

namespace montaj::ui {
namespace {
const QString kLinkedProfile = QStringLiteral("accounts/profile");
const QString kLinkedOpenId = QStringLiteral("accounts/openId");
const QStringList kScopes{QStringLiteral("user.info.basic"), QStringLiteral("user.info.profile"),
                          QStringLiteral("user.info.stats"), QStringLiteral("video.list"),
                          QStringLiteral("video.publish"),   QStringLiteral("video.upload")};
} // namespace

PlatformConnection::PlatformConnection(QSettings &settings, std::unique_ptr<TokenStore> store,
                                       QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_store(std::move(store))
    , m_http(std::make_unique<HttpClient>())
    , m_openBrowser([](const QUrl &url) { QDesktopServices::openUrl(url); })
{}

PlatformConnection::~PlatformConnection() = default;

Result<void> PlatformConnection::connectTo(const QString &profileId, const QUrl &baseUrl, const QString &key,
                                           const QString &secret)
{
    auto profile = PlatformProfile::load(profileId, baseUrl);
    if (!profile)
        return profile.error();
    m_login.reset();
    m_api =
        std::make_unique<TikTokApi>(*profile, ClientCredentials{key, secret}, m_http.get(), m_store.get());
    connect(m_api.get(), &PlatformApi::sessionChanged, this, &PlatformConnection::changed);
    m_profileId = profileId;
    m_credentials = ClientCredentials{key, secret};
    return {};
}

void PlatformConnection::useSandbox(const QUrl &baseUrl)
{
    if (auto connected = connectTo(QStringLiteral("sandbox"), baseUrl, SandboxServer::demoClientKey(),
                                   SandboxServer::demoClientSecret());
        !connected) {
        Q_EMIT failed(connected.error());
        return;
    }
    restoreRemembered();
    Q_EMIT changed();
}

void PlatformConnection::restoreRemembered()
{
    const QString openId = m_settings.value(kLinkedOpenId).toString();
    if (openId.isEmpty() || m_settings.value(kLinkedProfile).toString() != m_profileId)
        return;
    m_api->restoreSession(openId, [this](Result<AccountSession> restored) {
        if (!restored) // e.g. a memory-only sign-in from an earlier run: sign in again
            m_settings.remove(kLinkedOpenId);
        else
            fetchDisplayName();
        Q_EMIT changed();
    });
}

void PlatformConnection::fetchDisplayName()
{
    m_api->userInfo({QStringLiteral("open_id"), QStringLiteral("display_name"), QStringLiteral("username")},
                    [this](Result<UserInfo> info) {
                        if (info) {
                            m_displayName = info->username.isEmpty() ? info->displayName
                                                                     : QLatin1Char('@') + info->username;
                            Q_EMIT changed();
                        }
                    });
}

void PlatformConnection::linkAccount()
{
    if (m_api)
        startLogin();
}

void PlatformConnection::linkTikTok(const QString &clientKey, const QString &clientSecret)
{
    if (auto connected = connectTo(QStringLiteral("tiktok"), {}, clientKey.trimmed(), clientSecret.trimmed());
        !connected) {
        Q_EMIT failed(connected.error());
        return;
    }
    startLogin();
}

void PlatformConnection::startLogin()
{
    m_login = std::make_unique<OAuthLogin>(m_api.get());
    connect(m_login.get(), &OAuthLogin::signedIn, this, [this](const AccountSession &session) {
        m_settings.setValue(kLinkedProfile, session.profileId);
        m_settings.setValue(kLinkedOpenId, session.openId);
        m_login.release()->deleteLater();
        fetchDisplayName();
        Q_EMIT changed();
    });
    connect(m_login.get(), &OAuthLogin::failed, this, [this](const Error &error) {
        m_login.release()->deleteLater();
        Q_EMIT failed(error);
        Q_EMIT changed();
    });
    auto url = m_login->start(kScopes);
    if (!url) {
        m_login.reset();
        Q_EMIT failed(url.error());
        return;
    }
    Q_EMIT changed();
    m_openBrowser(*url);
}

void PlatformConnection::unlink()
{
    m_displayName.clear();
    m_settings.remove(kLinkedOpenId);
    m_settings.remove(kLinkedProfile);
    if (m_api)
        m_api->signOut([this](Result<void>) { Q_EMIT changed(); });
    Q_EMIT changed();
}

AccountSession PlatformConnection::session() const
{
    return m_api ? m_api->session() : AccountSession{};
}

} // namespace montaj::ui
