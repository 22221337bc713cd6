#include "core/platform/internal/tokenendpoint.h"

#include "core/platform/apienvelope.h"
#include "core/platform/internal/jsonids.h"
#include "core/platform/platformerror.h"
#include "core/platform/scopereport.h"

#include <QJsonObject>

namespace montaj {

TokenEndpoint::TokenEndpoint(HttpClient *http, QObject *context, QUrl tokenUrl, QString clientKey,
                             QString clientSecret)
    : m_http(http)
    , m_context(context)
    , m_tokenUrl(std::move(tokenUrl))
    , m_clientKey(std::move(clientKey))
    , m_clientSecret(std::move(clientSecret))
{}

void TokenEndpoint::exchange(const QString &code, const QByteArray &codeVerifier, const QUrl &redirectUri,
                             GrantCallback done)
{
    post({{QStringLiteral("client_key"), m_clientKey},
          {QStringLiteral("client_secret"), m_clientSecret},
          {QStringLiteral("code"), code},
          {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
          {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)},
          {QStringLiteral("code_verifier"), QString::fromLatin1(codeVerifier)}},
         std::move(done));
}

void TokenEndpoint::refresh(const QString &refreshToken, GrantCallback done)
{
    post({{QStringLiteral("client_key"), m_clientKey},
          {QStringLiteral("client_secret"), m_clientSecret},
          {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
          {QStringLiteral("refresh_token"), refreshToken}},
         std::move(done));
}

void TokenEndpoint::post(const QList<QPair<QString, QString>> &form, GrantCallback done)
{
    QByteArray body;
    for (const auto &[key, value] : form) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = m_tokenUrl;
    request.setHeader(QByteArrayLiteral("Content-Type"),
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    request.body = body;
    const QString path = m_tokenUrl.path();
    m_http->send(std::move(request), m_context,
                 [done = std::move(done), path](Result<HttpResponse> response) {
                     if (!response)
                         done(response.error());
                     else
                         done(parse(*response, path));
                 });
}

Result<TokenGrant> TokenEndpoint::parse(const HttpResponse &response, const QString &path)
{
    QVariantMap context{{QStringLiteral("path"), path}};
    if (const auto retryAfter = response.retryAfterMs())
        context.insert(QStringLiteral("retry_after_ms"), *retryAfter);
    bool ok = false;
    QJsonObject root = ApiEnvelope::parseObject(response.body, &ok);
    const QJsonValue error = root.value(QStringLiteral("error"));
    if (ok && error.isString() && !error.toString().isEmpty()) { // {"error","error_description","log_id"}
        const QString code = error.toString();
        context.insert(QStringLiteral("platform_code"), code);
        const QString logId = root.value(QStringLiteral("log_id")).toString();
        if (!logId.isEmpty())
            context.insert(QStringLiteral("log_id"), logId);
        const QString description = root.value(QStringLiteral("error_description")).toString();
        if (!description.isEmpty())
            context.insert(QStringLiteral("platform_message"), description.left(300));
        return PlatformError::make(PlatformError::kindForOAuthError(code), context, response.status);
    }
    if (ok && error.isObject()) { // some deployments wrap it in the v2 envelope
        Result<QJsonObject> data = ApiEnvelope::parse(response, path);
        if (!data)
            return data.error();
        root = *data;
    }
    TokenGrant grant;
    grant.openId = idString(root.value(QStringLiteral("open_id")));
    grant.scopes = ScopeReport::parseScopes(root.value(QStringLiteral("scope")).toString());
    grant.accessToken = root.value(QStringLiteral("access_token")).toString();
    grant.expiresInSec = root.value(QStringLiteral("expires_in")).toInteger(0);
    grant.refreshToken = root.value(QStringLiteral("refresh_token")).toString();
    grant.refreshExpiresInSec = root.value(QStringLiteral("refresh_expires_in")).toInteger(0);
    grant.tokenType = root.value(QStringLiteral("token_type")).toString();
    if (!ok || grant.accessToken.isEmpty() || grant.openId.isEmpty() || grant.expiresInSec <= 0) {
        PlatformErrorKind kind = PlatformErrorKind::MalformedResponse;
        if (response.status == 429)
            kind = PlatformErrorKind::RateLimitExceeded;
        else if (response.status >= 500)
            kind = PlatformErrorKind::OAuthServerError;
        return PlatformError::make(kind, context, response.status);
    }
    return grant;
}

} // namespace montaj
