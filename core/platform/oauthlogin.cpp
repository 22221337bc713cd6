#include "core/platform/oauthlogin.h"

#include "core/platform/platformerror.h"

#include <QPointer>

namespace montaj {

OAuthLogin::OAuthLogin(PlatformApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    connect(&m_listener, &OAuthLoopbackListener::received, this, &OAuthLogin::onCallback);
    connect(&m_listener, &OAuthLoopbackListener::failed, this, [this](const Error &error) {
        m_active = false;
        m_request = AuthorizationRequest{}; // the verifier is not needed any more
        Q_EMIT failed(error);
    });
}

Result<QUrl> OAuthLogin::start(const QStringList &scopes, quint16 port, std::chrono::milliseconds timeout)
{
    if (Result<void> listening = m_listener.listen(port, timeout); !listening)
        return listening.error();
    Result<AuthorizationRequest> request = m_api->beginAuthorization(scopes, m_listener.redirectUri());
    if (!request) {
        m_listener.close();
        return request.error();
    }
    if (Result<void> expected = m_listener.expectState(request->state); !expected) {
        m_listener.close();
        return expected.error();
    }
    m_request = *request;
    m_active = true;
    return m_request.url;
}

void OAuthLogin::cancel()
{
    if (!m_active)
        return;
    m_active = false;
    m_listener.close();
    m_request = AuthorizationRequest{};
    Q_EMIT failed(PlatformError::make(PlatformErrorKind::Cancelled));
}

void OAuthLogin::onCallback(const OAuthCallback &callback)
{
    if (!m_active)
        return;
    QPointer<OAuthLogin> self(this);
    m_api->exchangeCode(m_request, callback, [self](Result<AccountSession> session) {
        if (OAuthLogin *login = self.data())
            login->finish(std::move(session));
    });
}

void OAuthLogin::finish(Result<AccountSession> session)
{
    if (!m_active)
        return;
    m_active = false;
    m_request = AuthorizationRequest{}; // the verifier is not needed any more
    if (session)
        Q_EMIT signedIn(*session);
    else
        Q_EMIT failed(session.error());
}

} // namespace montaj
