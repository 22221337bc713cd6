#pragma once

#include "stubhttpserver.h"

#include <QHash>
#include <QStringList>

namespace montaj::test {

// A stand-in for the platform's token endpoint and v2 API, built on StubHttpServer: issues
// act./rft. tokens (rotating refresh tokens by default), checks client credentials, PKCE and the
// bearer token, and answers other v2 paths from `routes` (envelope helpers below). Tests look at
// the tokens it issued to prove none of them leaked. GET /v2/auth/authorize/ consents at once and
// redirects to the redirect_uri with a fresh code, like the sandbox with autoApprove.
class FakePlatform
{
public:
    using Route = std::function<StubReply(const StubRequest &)>;

    FakePlatform();
    bool start() { return server.listen(); }
    QUrl baseUrl() const { return server.url(); }

    // Accepts `code` once, for a verifier whose hex SHA-256 is `challenge` (empty: not checked).
    void expectCode(const QString &code, const QByteArray &challenge);
    void invalidateAccessToken() { currentAccess.clear(); }
    static QByteArray envelope(const QByteArray &data, const QByteArray &code = "ok");
    static StubReply ok(const QByteArray &data) { return StubReply::json(200, envelope(data)); }
    static StubReply refusal(int status, const QByteArray &code)
    {
        return StubReply::json(status, envelope("{}", code));
    }

    StubHttpServer server;
    QString clientKey = QStringLiteral("fake_client_key");
    QString clientSecret = QStringLiteral("cs_FakeClientSecret_0123456789abcdef");
    QString openId = QStringLiteral("723f24d7-e717-40f8-a2b6-cb8464cd23b4");
    QString grantedScopes = QStringLiteral("user.info.basic,video.list,video.publish,video.upload");
    qint64 accessLifetimeSec = 86400;
    bool rotateRefreshTokens = true;
    QHash<QString, Route> routes;

    QString currentAccess;
    QString currentRefresh;
    QStringList issuedAccess;
    QStringList issuedRefresh;
    QStringList receivedCodes;
    QStringList receivedVerifiers;
    QString lastRedirectUri;
    QString authorizeCode; // the code the last authorize redirect carried
    int exchangeCalls = 0;
    int refreshCalls = 0;
    int refusedBearer = 0;

private:
    StubReply handle(const StubRequest &request);
    StubReply token(const StubRequest &request);
    StubReply authorize(const StubRequest &request);
    StubReply issue();

    QString m_expectedCode;
    QByteArray m_expectedChallenge;
};

} // namespace montaj::test
