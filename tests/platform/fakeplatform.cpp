#include "fakeplatform.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace montaj::test {
namespace {

QString randomToken(const char *prefix)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString token = QString::fromLatin1(prefix);
    for (int i = 0; i < 40; ++i)
        token += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(62)]);
    return token + QStringLiteral("!4321.va");
}

StubReply oauthError(const char *error)
{
    return StubReply::json(400,
                           QByteArray("{\"error\":\"") + error
                               + "\",\"error_description\":\"refused by the fake\",\"log_id\":\"FAKE1\"}");
}

} // namespace

FakePlatform::FakePlatform()
{
    server.setHandler([this](const StubRequest &request) { return handle(request); });
}

void FakePlatform::expectCode(const QString &code, const QByteArray &challenge)
{
    m_expectedCode = code;
    m_expectedChallenge = challenge;
}

QByteArray FakePlatform::envelope(const QByteArray &data, const QByteArray &code)
{
    return "{\"data\":" + data + ",\"error\":{\"code\":\"" + code
           + "\",\"message\":\"\",\"log_id\":\"FAKELOG\"}}";
}

StubReply FakePlatform::handle(const StubRequest &request)
{
    if (request.path == QLatin1String("/v2/oauth/token/"))
        return token(request);
    if (request.path == QLatin1String("/v2/auth/authorize/"))
        return authorize(request);
    const QByteArray bearer = request.header("authorization");
    if (currentAccess.isEmpty() || bearer != "Bearer " + currentAccess.toUtf8()) {
        ++refusedBearer;
        return refusal(401, "access_token_invalid");
    }
    if (routes.contains(request.path))
        return routes.value(request.path)(request);
    return refusal(404, "invalid_params");
}

StubReply FakePlatform::token(const StubRequest &request)
{
    const QUrlQuery form = request.form();
    const auto value = [&form](const char *key) {
        return form.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    if (request.header("content-type") != "application/x-www-form-urlencoded")
        return oauthError("invalid_request");
    if (value("client_key") != clientKey || value("client_secret") != clientSecret)
        return oauthError("invalid_client");
    const QString grantType = value("grant_type");
    if (grantType == QLatin1String("authorization_code")) {
        ++exchangeCalls;
        receivedCodes << value("code");
        receivedVerifiers << value("code_verifier");
        lastRedirectUri = value("redirect_uri");
        if (m_expectedCode.isEmpty() || value("code") != m_expectedCode)
            return oauthError("invalid_grant");
        const QByteArray challenge =
            QCryptographicHash::hash(value("code_verifier").toLatin1(), QCryptographicHash::Sha256).toHex();
        if (!m_expectedChallenge.isEmpty() && challenge != m_expectedChallenge)
            return oauthError("invalid_grant");
        m_expectedCode.clear(); // single use
        return issue();
    }
    if (grantType == QLatin1String("refresh_token")) {
        ++refreshCalls;
        if (currentRefresh.isEmpty() || value("refresh_token") != currentRefresh)
            return oauthError("invalid_grant");
        return issue();
    }
    return oauthError("unsupported_grant_type");
}

StubReply FakePlatform::authorize(const StubRequest &request)
{
    const auto value = [&request](const char *key) {
        return request.query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    if (value("client_key") != clientKey || value("response_type") != QLatin1String("code")
        || value("code_challenge_method") != QLatin1String("S256"))
        return StubReply::json(400, "{}");
    authorizeCode = randomToken("code.");
    expectCode(authorizeCode, value("code_challenge").toLatin1());
    QUrl target(value("redirect_uri"));
    QUrlQuery query;
    query.addQueryItem("code", QString::fromLatin1(QUrl::toPercentEncoding(authorizeCode)));
    query.addQueryItem("scopes", grantedScopes);
    query.addQueryItem("state", QString::fromLatin1(QUrl::toPercentEncoding(value("state"))));
    target.setQuery(query);
    StubReply reply;
    reply.status = 302;
    reply.addHeader("Location", target.toEncoded());
    return reply;
}

StubReply FakePlatform::issue()
{
    currentAccess = randomToken("act.");
    issuedAccess << currentAccess;
    if (rotateRefreshTokens || currentRefresh.isEmpty()) {
        currentRefresh = randomToken("rft.");
        issuedRefresh << currentRefresh;
    }
    const QJsonObject body{{"open_id", openId},
                           {"scope", grantedScopes},
                           {"access_token", currentAccess},
                           {"expires_in", accessLifetimeSec},
                           {"refresh_token", currentRefresh},
                           {"refresh_expires_in", 15552000},
                           {"token_type", "Bearer"}};
    return StubReply::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace montaj::test
