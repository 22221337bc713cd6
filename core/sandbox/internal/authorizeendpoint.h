#pragma once

#include "core/sandbox/internal/formdata.h"
#include "core/sandbox/internal/router.h"
#include "core/sandbox/internal/sandboxcontext.h"

#include <QCoreApplication>
#include <QHash>

namespace montaj::sandbox {

// The sign-in half of Login Kit for Desktop: GET /v2/auth/authorize/ checks the app, the loopback
// redirect_uri, response_type, the S256 challenge and the scopes, then shows the consent page (or,
// with autoApprove, redirects straight back); POST /v2/auth/authorize/ takes the page's answer and
// redirects with a single-use code (only its hash is stored). Not the token endpoint (TokenEndpoint).
class AuthorizeEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(AuthorizeEndpoint)

public:
    explicit AuthorizeEndpoint(SandboxContext &context)
        : m_context(context)
    {}

    void registerRoutes(Router &router);
    static QStringList knownScopes();
    static constexpr qint64 kCodeLifetimeMs = 5 * 60 * 1000;

private:
    struct AuthorizeRequest
    {
        QString clientKey;
        QString redirectUri;
        QString state;
        QStringList scopes;
        QString challenge;
    };
    struct PendingConsent
    {
        AuthorizeRequest request;
        qint64 expiresAtMs = 0;
    };

    HttpResponse authorizePage(const HttpRequest &request);
    HttpResponse authorizeAnswer(const HttpRequest &request);
    // A redirect to the app carrying a fresh code and the granted scopes, or access_denied.
    HttpResponse approve(const AuthorizeRequest &request, const QString &openId, const QStringList &granted);
    static HttpResponse redirectBack(const QString &redirectUri, const FormData::Pairs &pairs);
    static bool isLoopbackRedirect(const QString &uri);
    QString defaultOpenId() const;

    SandboxContext &m_context;
    QHash<QString, PendingConsent> m_pending; // consent id → the request the page was shown for
};

} // namespace montaj::sandbox
