#include "core/sandbox/internal/tokenendpoint.h"

#include "core/sandbox/internal/platformids.h"
#include "core/sandbox/internal/sandboxlog.h"
#include "core/sandbox/internal/tokenstore.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace montaj::sandbox {
namespace {

bool validVerifier(const QString &verifier)
{
    static const QRegularExpression kShape(QStringLiteral("^[A-Za-z0-9\\-._~]{43,128}$"));
    return kShape.match(verifier).hasMatch();
}

QJsonObject tokenJson(const QString &access, qint64 accessTtl, const QString &refresh, qint64 refreshTtl,
                      const QString &openId, const QString &scopes)
{
    return {{QStringLiteral("access_token"), access},
            {QStringLiteral("expires_in"), accessTtl},
            {QStringLiteral("open_id"), openId},
            {QStringLiteral("refresh_expires_in"), refreshTtl},
            {QStringLiteral("refresh_token"), refresh},
            {QStringLiteral("scope"), scopes},
            {QStringLiteral("token_type"), QStringLiteral("Bearer")}};
}

HttpResponse noStore(HttpResponse response)
{
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    return response;
}

} // namespace

void TokenEndpoint::registerRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/v2/oauth/token/"), [this](const HttpRequest &r) { return token(r); });
    router.add("POST", QStringLiteral("/v2/oauth/revoke/"),
               [this](const HttpRequest &r) { return revoke(r); });
}

HttpResponse TokenEndpoint::tokenError(int status, const QString &error, const QString &description,
                                       const QString &logId)
{
    return noStore(HttpResponse::json(status, {{QStringLiteral("error"), error},
                                               {QStringLiteral("error_description"), description},
                                               {QStringLiteral("log_id"), logId}}));
}

HttpResponse TokenEndpoint::token(const HttpRequest &request)
{
    const QString logId = PlatformIds::logId(m_context.nowMs());
    if (!request.isFormEncoded())
        return tokenError(
            400, QStringLiteral("invalid_request"),
            QStringLiteral("Send the parameters form-encoded (application/x-www-form-urlencoded)."), logId);
    const FormData form = FormData::parse(request.body);
    if (!PlatformIds::constantTimeEquals(form.value(QStringLiteral("client_key")).toUtf8(),
                                         SandboxServer::demoClientKey().toUtf8())
        || !PlatformIds::constantTimeEquals(form.value(QStringLiteral("client_secret")).toUtf8(),
                                            SandboxServer::demoClientSecret().toUtf8()))
        return tokenError(401, QStringLiteral("invalid_client"),
                          QStringLiteral("Client key or secret is invalid."), logId);
    const QString grantType = form.value(QStringLiteral("grant_type"));
    if (grantType == QLatin1String("authorization_code"))
        return exchangeCode(form, logId);
    if (grantType == QLatin1String("refresh_token"))
        return refresh(form, logId);
    return tokenError(400, QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("grant_type must be authorization_code or refresh_token."), logId);
}

HttpResponse TokenEndpoint::exchangeCode(const FormData &form, const QString &logId)
{
    for (const char *name : {"code", "redirect_uri", "code_verifier"})
        if (form.value(QLatin1String(name)).isEmpty())
            return tokenError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("Missing parameter: %1.").arg(QLatin1String(name)), logId);
    const QString verifier = form.value(QStringLiteral("code_verifier"));
    if (!validVerifier(verifier))
        return tokenError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("code_verifier must be 43-128 characters of [A-Za-z0-9-._~]."),
                          logId);
    TokenStore tokens(m_context.db());
    const QString codeHash = PlatformIds::sha256Hex(form.value(QStringLiteral("code")));
    const auto code = tokens.code(codeHash);
    const qint64 now = m_context.nowMs();
    if (!code)
        return tokenError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("Authorization code is invalid."), logId);
    if (code->used) {
        WriteTransaction transaction(m_context.db());
        if (transaction.begun() && code->grantId > 0 && tokens.revokeGrant(code->grantId))
            transaction.commit();
        qCWarning(lcSandbox) << "authorization code replayed; grant" << code->grantId << "revoked";
        return tokenError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("Authorization code was already used; its tokens are revoked."),
                          logId);
    }
    if (now >= code->expiresAtMs)
        return tokenError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("Authorization code has expired."), logId);
    if (code->clientKey != form.value(QStringLiteral("client_key")))
        return tokenError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("Authorization code was issued to another client."), logId);
    if (code->redirectUri != form.value(QStringLiteral("redirect_uri")))
        return tokenError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("redirect_uri does not match the one used to authorize."), logId);
    if (!PlatformIds::constantTimeEquals(PlatformIds::sha256Hex(verifier).toLatin1(),
                                         code->challenge.toLatin1()))
        return tokenError(
            400, QStringLiteral("invalid_grant"),
            QStringLiteral("code_verifier does not match code_challenge (expected the lower-case "
                           "hex SHA-256 of the verifier)."),
            logId);

    const QString access = PlatformIds::accessToken();
    const QString refreshToken = PlatformIds::refreshToken();
    WriteTransaction transaction(m_context.db());
    const qint64 grantId =
        transaction.begun() ? tokens.insertGrant(code->openId, code->clientKey, code->scopes, now) : 0;
    const bool stored = grantId > 0 && tokens.markCodeUsed(codeHash, grantId)
                        && tokens.insertToken(PlatformIds::sha256Hex(access), QStringLiteral("access"),
                                              grantId, now + m_context.accessLifetimeSec() * 1000)
                        && tokens.insertToken(PlatformIds::sha256Hex(refreshToken), QStringLiteral("refresh"),
                                              grantId, now + m_context.refreshLifetimeSec() * 1000)
                        && transaction.commit();
    if (!stored)
        return tokenError(500, QStringLiteral("server_error"), QStringLiteral("Could not store the grant."),
                          logId);
    qCInfo(lcSandbox) << "tokens issued for open_id" << code->openId << "grant" << grantId;
    return noStore(
        HttpResponse::json(200, tokenJson(access, m_context.accessLifetimeSec(), refreshToken,
                                          m_context.refreshLifetimeSec(), code->openId, code->scopes)));
}

HttpResponse TokenEndpoint::refresh(const FormData &form, const QString &logId)
{
    const QString presented = form.value(QStringLiteral("refresh_token"));
    if (presented.isEmpty())
        return tokenError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("Missing parameter: refresh_token."), logId);
    TokenStore tokens(m_context.db());
    const QString presentedHash = PlatformIds::sha256Hex(presented);
    const auto record = tokens.token(presentedHash);
    const qint64 now = m_context.nowMs();
    if (!record || record->kind != QLatin1String("refresh") || !record->usableAt(now)
        || record->clientKey != form.value(QStringLiteral("client_key")))
        return tokenError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("Refresh token is invalid, expired or revoked."), logId);

    const QString access = PlatformIds::accessToken();
    QString refreshToken = presented;
    qint64 refreshTtl = (record->expiresAtMs - now) / 1000;
    WriteTransaction transaction(m_context.db());
    bool stored = transaction.begun()
                  && tokens.insertToken(PlatformIds::sha256Hex(access), QStringLiteral("access"),
                                        record->grantId, now + m_context.accessLifetimeSec() * 1000);
    if (stored && m_context.rotatingTokens()) {
        refreshToken = PlatformIds::refreshToken();
        refreshTtl = m_context.refreshLifetimeSec();
        stored = tokens.revokeToken(presentedHash)
                 && tokens.insertToken(PlatformIds::sha256Hex(refreshToken), QStringLiteral("refresh"),
                                       record->grantId, now + refreshTtl * 1000);
    }
    if (!stored || !transaction.commit())
        return tokenError(500, QStringLiteral("server_error"), QStringLiteral("Could not store the tokens."),
                          logId);
    qCInfo(lcSandbox) << "tokens refreshed for open_id" << record->openId << "grant" << record->grantId
                      << (m_context.rotatingTokens() ? "(refresh token rotated)" : "");
    return noStore(HttpResponse::json(200, tokenJson(access, m_context.accessLifetimeSec(), refreshToken,
                                                     refreshTtl, record->openId, record->scopes)));
}

HttpResponse TokenEndpoint::revoke(const HttpRequest &request)
{
    const QString logId = PlatformIds::logId(m_context.nowMs());
    const FormData form = FormData::parse(request.body);
    if (!request.isFormEncoded() || form.value(QStringLiteral("token")).isEmpty())
        return tokenError(400, QStringLiteral("invalid_request"), QStringLiteral("Send token form-encoded."),
                          logId);
    if (form.value(QStringLiteral("client_key")) != SandboxServer::demoClientKey()
        || !PlatformIds::constantTimeEquals(form.value(QStringLiteral("client_secret")).toUtf8(),
                                            SandboxServer::demoClientSecret().toUtf8()))
        return tokenError(401, QStringLiteral("invalid_client"),
                          QStringLiteral("Client key or secret is invalid."), logId);
    TokenStore tokens(m_context.db());
    if (const auto record = tokens.token(PlatformIds::sha256Hex(form.value(QStringLiteral("token"))))) {
        WriteTransaction transaction(m_context.db());
        if (!transaction.begun() || !tokens.revokeGrant(record->grantId) || !transaction.commit())
            return tokenError(500, QStringLiteral("server_error"), QStringLiteral("Could not revoke."),
                              logId);
        qCInfo(lcSandbox) << "grant" << record->grantId << "revoked by the client";
    }
    return noStore(HttpResponse::json(200, {}));
}

} // namespace montaj::sandbox
