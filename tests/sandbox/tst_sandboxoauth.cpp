// Login Kit for Desktop against the sandbox: the consent page in HTML, auto-approve, hex-S256 PKCE,
// single-use expiring codes, both token profiles with rotation, revocation.

#include "tests/sandbox/sandboxtestkit.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace montaj;
using namespace montaj::test;

namespace {

// Stands in for the app's redirect listener on 127.0.0.1: remembers the request line it got.
class RedirectListener : public QObject
{
public:
    RedirectListener()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received += socket->readAll();
                    if (!m_received.contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 20\r\n"
                                  "Connection: close\r\n\r\nYou can close this.\n");
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QString redirectUri() const
    {
        return QString("http://127.0.0.1:%1/callback/").arg(m_server.serverPort());
    }
    QByteArray requestLine() const { return m_received.left(m_received.indexOf("\r\n")); }

private:
    QTcpServer m_server;
    QByteArray m_received;
};

const QRegularExpression kAccessShape("^act\\.[A-Za-z0-9]{40,}![0-9]{4}\\.va$");
const QRegularExpression kRefreshShape("^rft\\.[A-Za-z0-9]{40,}![0-9]{4}\\.va$");
const QRegularExpression kNineteenDigits("^[1-9][0-9]{18}$");

} // namespace

class TestSandboxOAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void consentPageFlowToTheRedirectListener()
    {
        SandboxOptions options;
        options.autoApprove = false;
        auto server = startSandbox(options);
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        RedirectListener listener;
        const Pkce pkce = Pkce::make();
        const QStringList asked = {"user.info.basic", "user.info.stats", "video.list", "video.publish"};

        const HttpResult page = client.send(
            QNetworkRequest(client.authorizeUrl(asked, pkce.challenge, "s-123", listener.redirectUri())),
            "GET");
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        const QString html = QString::fromUtf8(page.body);
        QVERIFY(html.contains("127.0.0.1:" + QString::number(QUrl(listener.redirectUri()).port())));
        const HtmlForm form = HtmlForm::parse(html);
        QCOMPARE(form.method, QString("post"));
        QCOMPARE(form.action, QString("/v2/auth/authorize/"));
        QStringList scopeBoxes, accounts;
        QString consentId, privateAccount;
        for (const FormInput &input : form.inputs) {
            if (input.type == "checkbox" && input.name == "scope") {
                QVERIFY(input.checked);
                scopeBoxes << input.value;
            } else if (input.type == "radio" && input.name == "account") {
                accounts << input.label;
                if (input.label.contains("@quiet_maker"))
                    privateAccount = input.value;
            } else if (input.type == "hidden" && input.name == "consent_id") {
                consentId = input.value;
            }
        }
        QCOMPARE(scopeBoxes, asked);
        QCOMPARE(accounts.size(), 2);
        QVERIFY(!consentId.isEmpty());
        QVERIFY(kNineteenDigits.match(privateAccount).hasMatch());
        QVERIFY(html.contains("Read your statistics"));

        // Approve as the private account without user.info.stats; the browser follows the 302.
        QNetworkRequest post(server->baseUrl().resolved(QUrl(form.action)));
        post.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
        const QByteArray body = SandboxTestClient::encodeForm({{"consent_id", consentId},
                                                               {"account", privateAccount},
                                                               {"scope", "user.info.basic"},
                                                               {"scope", "video.list"},
                                                               {"scope", "video.publish"},
                                                               {"decision", "approve"}});
        const HttpResult landed = client.send(post, "POST", body, true);
        QCOMPARE(landed.status, 200);
        QCOMPARE(landed.body, QByteArray("You can close this.\n"));
        const QByteArray line = listener.requestLine();
        QVERIFY2(line.startsWith("GET /callback/?"), line.constData());
        const QUrlQuery callback(QUrl::fromEncoded(line.split(' ').at(1)));
        QCOMPARE(callback.queryItemValue("state"), QString("s-123"));
        QCOMPARE(callback.queryItemValue("scopes", QUrl::FullyDecoded),
                 QString("user.info.basic,video.list,video.publish"));
        const QString code = callback.queryItemValue("code", QUrl::FullyDecoded);
        QVERIFY(!code.isEmpty());

        const HttpResult exchanged = client.exchange(code, pkce.verifier, listener.redirectUri());
        QCOMPARE(exchanged.status, 200);
        QCOMPARE(exchanged.header("Cache-Control"), QByteArray("no-store"));
        const Tokens tokens = SandboxTestClient::tokensOf(exchanged);
        QVERIFY2(kAccessShape.match(tokens.accessToken).hasMatch(), qPrintable(tokens.accessToken.left(8)));
        QVERIFY(kRefreshShape.match(tokens.refreshToken).hasMatch());
        QCOMPARE(tokens.openId, privateAccount);
        QCOMPARE(tokens.scope, QString("user.info.basic,video.list,video.publish"));
        QCOMPARE(tokens.expiresIn, 86400);
        QCOMPARE(tokens.refreshExpiresIn, 365 * 86400);
        QCOMPARE(exchanged.json().value("token_type").toString(), QString("Bearer"));

        const HttpResult me = client.get("/v2/user/info/?fields=open_id,display_name", tokens.accessToken);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.data().value("user").toObject().value("open_id").toString(), privateAccount);
        QCOMPARE(me.data().value("user").toObject().value("display_name").toString(), QString("Quiet Maker"));

        // The page cannot be answered twice.
        QCOMPARE(client.send(post, "POST", body).status, 400);
    }

    void denyingRedirectsWithAccessDenied()
    {
        SandboxOptions options;
        auto server = startSandbox(options);
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        const HttpResult page =
            client.send(QNetworkRequest(client.authorizeUrl({"user.info.basic"}, "abc", "s9")), "GET");
        const HtmlForm form = HtmlForm::parse(QString::fromUtf8(page.body));
        QString consentId;
        for (const FormInput &input : form.inputs)
            if (input.name == "consent_id")
                consentId = input.value;
        const HttpResult denied =
            client.postForm(form.action, {{"consent_id", consentId}, {"decision", "deny"}});
        QCOMPARE(denied.status, 302);
        const auto query = SandboxTestClient::redirectQuery(denied);
        QCOMPARE(SandboxTestClient::queryValue(query, "error"), QString("access_denied"));
        QCOMPARE(SandboxTestClient::queryValue(query, "state"), QString("s9"));
        QVERIFY(SandboxTestClient::queryValue(query, "code").isEmpty());
        QVERIFY(QUrl::fromEncoded(denied.header("Location"))
                    .toString()
                    .startsWith(SandboxTestClient::kRedirectUri));
    }

    void autoApproveGrantsFewerScopes()
    {
        SandboxOptions options = quickOptions();
        options.autoApproveScopes = "user.info.basic,video.list";
        auto server = startSandbox(options);
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        const Pkce pkce = Pkce::make();
        const HttpResult redirect =
            client.send(QNetworkRequest(client.authorizeUrl(
                            {"user.info.basic", "video.list", "video.publish"}, pkce.challenge)),
                        "GET");
        QCOMPARE(redirect.status, 302);
        const auto query = SandboxTestClient::redirectQuery(redirect);
        QCOMPARE(SandboxTestClient::queryValue(query, "scopes"), QString("user.info.basic,video.list"));
        QCOMPARE(SandboxTestClient::queryValue(query, "state"), QString("st4te"));
        const Tokens tokens = SandboxTestClient::tokensOf(
            client.exchange(SandboxTestClient::queryValue(query, "code"), pkce.verifier));
        QCOMPARE(tokens.scope, QString("user.info.basic,video.list"));
        const HttpResult refused =
            client.postJson("/v2/post/publish/creator_info/query/", {}, tokens.accessToken);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.code(), QString("scope_not_authorized"));
    }

    void autoApproveAsANamedAccount()
    {
        SandboxOptions options = quickOptions();
        options.publicCreatorAccounts = 3;
        auto server = startSandbox(options);
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        const auto login = [&](const QString &account) -> QString {
            const Pkce pkce = Pkce::make();
            QUrl url = client.authorizeUrl({"user.info.basic", "video.publish"}, pkce.challenge);
            if (!account.isEmpty())
                url = QUrl::fromEncoded(url.toEncoded() + "&account=" + account.toUtf8());
            const HttpResult redirect = client.send(QNetworkRequest(url), "GET");
            const auto query = SandboxTestClient::redirectQuery(redirect);
            const QString code = SandboxTestClient::queryValue(query, "code");
            if (code.isEmpty())
                return SandboxTestClient::queryValue(query, "error");
            const Tokens tokens = SandboxTestClient::tokensOf(client.exchange(code, pkce.verifier));
            const QJsonObject info =
                client.postJson("/v2/post/publish/creator_info/query/", {}, tokens.accessToken).data();
            return info.value("creator_username").toString() + "/"
                   + QString::number(info.value("max_video_post_duration_sec").toInt()) + "/"
                   + QString::number(info.value("privacy_level_options").toArray().size());
        };
        QCOMPARE(login(""), QString("montaj_demo/600/3"));
        QCOMPARE(login("creator_3"), QString("creator_3/600/3"));
        QCOMPARE(login("creator_1"), QString("creator_1/600/3"));
        QCOMPARE(login("quiet_maker"), QString("quiet_maker/180/3"));
        QCOMPARE(login("creator_4"), QString("invalid_request"));
    }

    void authorizeValidation_data()
    {
        QTest::addColumn<QString>("clientKey");
        QTest::addColumn<QString>("redirectUri");
        QTest::addColumn<QString>("extra");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        const QString key = SandboxServer::demoClientKey();
        const QString ok = SandboxTestClient::kRedirectUri;
        QTest::newRow("unknown client") << "nope" << ok << "" << 400 << "";
        QTest::newRow("https elsewhere") << key << "https://evil.example/cb"
                                         << "" << 400 << "";
        QTest::newRow("no port") << key << "http://127.0.0.1/callback/"
                                 << "" << 400 << "";
        QTest::newRow("lan address") << key << "http://192.168.1.5:8080/callback/"
                                     << "" << 400 << "";
        QTest::newRow("localhost ok") << key << "http://localhost:9000/cb"
                                      << "" << 302 << "";
        QTest::newRow("no challenge") << key << ok << "nochallenge" << 302 << "invalid_request";
        QTest::newRow("plain method") << key << ok << "plain" << 302 << "invalid_request";
        QTest::newRow("token flow") << key << ok << "token" << 302 << "unsupported_response_type";
        QTest::newRow("unknown scope") << key << ok << "badscope" << 302 << "invalid_scope";
    }

    void authorizeValidation()
    {
        QFETCH(QString, clientKey);
        QFETCH(QString, redirectUri);
        QFETCH(QString, extra);
        QFETCH(int, status);
        QFETCH(QString, error);
        auto server = startSandbox(quickOptions());
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        QList<QPair<QString, QString>> q = {
            {"client_key", clientKey},
            {"scope", extra == "badscope" ? "user.info.basic,video.delete" : "user.info.basic"},
            {"redirect_uri", redirectUri},
            {"state", "xyz"},
            {"response_type", extra == "token" ? "token" : "code"},
            {"code_challenge_method", extra == "plain" ? "plain" : "S256"}};
        if (extra != "nochallenge")
            q.append({"code_challenge", QString(64, 'a')});
        const HttpResult result =
            client.get("/v2/auth/authorize/?" + QString::fromLatin1(SandboxTestClient::encodeForm(q)));
        QCOMPARE(result.status, status);
        if (status == 400) {
            QVERIFY(result.header("Content-Type").startsWith("text/html"));
            QVERIFY(result.header("Location").isEmpty());
            return;
        }
        const auto query = SandboxTestClient::redirectQuery(result);
        QCOMPARE(SandboxTestClient::queryValue(query, "error"), error);
        QCOMPARE(SandboxTestClient::queryValue(query, "state"), QString("xyz"));
        QCOMPARE(SandboxTestClient::queryValue(query, "code").isEmpty(), !error.isEmpty());
    }

    void pkceMismatchIsRefused()
    {
        auto server = startSandbox(quickOptions());
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        const Pkce pkce = Pkce::make();
        const HttpResult redirect =
            client.send(QNetworkRequest(client.authorizeUrl({"user.info.basic"}, pkce.challenge)), "GET");
        const QString code =
            SandboxTestClient::queryValue(SandboxTestClient::redirectQuery(redirect), "code");

        const HttpResult wrong = client.exchange(code, Pkce::make().verifier);
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.tokenError(), QString("invalid_grant"));
        QVERIFY(wrong.json().value("error_description").toString().contains("code_verifier"));
        QVERIFY(!wrong.json().value("log_id").toString().isEmpty());
        QVERIFY(!wrong.json().contains("access_token"));
        QCOMPARE(client.exchange(code, "short").tokenError(), QString("invalid_request"));

        // An RFC 7636 (base64url) challenge does not match what TikTok desktop checks (hex).
        const Pkce other = Pkce::make();
        const QString base64Challenge = QString::fromLatin1(
            QCryptographicHash::hash(other.verifier.toUtf8(), QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        const HttpResult rfcRedirect =
            client.send(QNetworkRequest(client.authorizeUrl({"user.info.basic"}, base64Challenge)), "GET");
        const QString rfcCode =
            SandboxTestClient::queryValue(SandboxTestClient::redirectQuery(rfcRedirect), "code");
        QCOMPARE(client.exchange(rfcCode, other.verifier).tokenError(), QString("invalid_grant"));

        // A failed attempt does not burn the code for the rightful client.
        QCOMPARE(client.exchange(code, pkce.verifier).status, 200);
    }

    void codesAreSingleUseAndExpire()
    {
        auto server = startSandbox(quickOptions());
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        const Pkce pkce = Pkce::make();
        QString code = SandboxTestClient::queryValue(
            SandboxTestClient::redirectQuery(client.send(
                QNetworkRequest(client.authorizeUrl({"user.info.basic"}, pkce.challenge)), "GET")),
            "code");
        const Tokens first = SandboxTestClient::tokensOf(client.exchange(code, pkce.verifier));
        QVERIFY(!first.accessToken.isEmpty());
        QCOMPARE(client.get("/v2/user/info/?fields=open_id", first.accessToken).status, 200);
        const HttpResult again = client.exchange(code, pkce.verifier);
        QCOMPARE(again.status, 400);
        QCOMPARE(again.tokenError(), QString("invalid_grant"));
        // Replaying a code revokes what it was exchanged for.
        const HttpResult revoked = client.get("/v2/user/info/?fields=open_id", first.accessToken);
        QCOMPARE(revoked.status, 401);
        QCOMPARE(revoked.code(), QString("access_token_invalid"));
        QCOMPARE(client.refresh(first.refreshToken).tokenError(), QString("invalid_grant"));

        code = SandboxTestClient::queryValue(
            SandboxTestClient::redirectQuery(client.send(
                QNetworkRequest(client.authorizeUrl({"user.info.basic"}, pkce.challenge)), "GET")),
            "code");
        server->advanceClock(5 * 60 * 1000 + 1000);
        const HttpResult late = client.exchange(code, pkce.verifier);
        QCOMPARE(late.tokenError(), QString("invalid_grant"));
        QVERIFY(late.json().value("error_description").toString().contains("expired"));
    }

    void tokenEndpointRefusals()
    {
        auto server = startSandbox(quickOptions());
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        const Pkce pkce = Pkce::make();
        const QString code = SandboxTestClient::queryValue(
            SandboxTestClient::redirectQuery(client.send(
                QNetworkRequest(client.authorizeUrl({"user.info.basic"}, pkce.challenge)), "GET")),
            "code");
        HttpResult r = client.postForm("/v2/oauth/token/", {{"client_key", SandboxServer::demoClientKey()},
                                                            {"client_secret", "wrong"},
                                                            {"grant_type", "authorization_code"},
                                                            {"code", code}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.tokenError(), QString("invalid_client"));
        QCOMPARE(client.exchange(code, pkce.verifier, "http://127.0.0.1:1/other/").tokenError(),
                 QString("invalid_grant"));
        r = client.postForm("/v2/oauth/token/", {{"client_key", SandboxServer::demoClientKey()},
                                                 {"client_secret", SandboxServer::demoClientSecret()},
                                                 {"grant_type", "password"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.tokenError(), QString("unsupported_grant_type"));
        r = client.postJson("/v2/oauth/token/", {{"grant_type", "authorization_code"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.tokenError(), QString("invalid_request"));
        QVERIFY(r.json().contains("error_description"));
        QVERIFY(r.json().contains("log_id"));
        QVERIFY(!r.json().contains("data")); // not the v2 envelope
    }

    void refreshLongProfile()
    {
        auto server = startSandbox(quickOptions());
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        const Tokens tokens = client.loginAuto({"user.info.basic"});
        QCOMPARE(tokens.expiresIn, 86400);
        server->advanceClock(86400 * 1000 + 1000);
        const HttpResult expired = client.get("/v2/user/info/?fields=open_id", tokens.accessToken);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.code(), QString("access_token_invalid"));

        const HttpResult refreshed = client.refresh(tokens.refreshToken);
        QCOMPARE(refreshed.status, 200);
        const Tokens next = SandboxTestClient::tokensOf(refreshed);
        QVERIFY(next.accessToken != tokens.accessToken);
        QCOMPARE(next.refreshToken, tokens.refreshToken); // the long profile keeps its refresh token
        QVERIFY(next.refreshExpiresIn < 365 * 86400 && next.refreshExpiresIn > 363 * 86400);
        QCOMPARE(next.openId, tokens.openId);
        QCOMPARE(next.scope, QString("user.info.basic"));
        QCOMPARE(client.get("/v2/user/info/?fields=open_id", next.accessToken).status, 200);
        QCOMPARE(client.refresh(tokens.refreshToken).status, 200);
        server->advanceClock(366LL * 86400 * 1000);
        QCOMPARE(client.refresh(tokens.refreshToken).tokenError(), QString("invalid_grant"));
    }

    void refreshRotatingProfileKillsTheOldToken()
    {
        SandboxOptions options = quickOptions();
        options.tokenProfile = "rotating";
        auto server = startSandbox(options);
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        const Tokens tokens = client.loginAuto({"user.info.basic", "video.list"});
        QCOMPARE(tokens.expiresIn, 7200);
        QCOMPARE(tokens.refreshExpiresIn, 180 * 86400);
        const Tokens second = SandboxTestClient::tokensOf(client.refresh(tokens.refreshToken));
        QVERIFY(kRefreshShape.match(second.refreshToken).hasMatch());
        QVERIFY(second.refreshToken != tokens.refreshToken);
        QCOMPARE(second.refreshExpiresIn, 180 * 86400);
        const HttpResult old = client.refresh(tokens.refreshToken);
        QCOMPARE(old.status, 400);
        QCOMPARE(old.tokenError(), QString("invalid_grant"));
        const Tokens third = SandboxTestClient::tokensOf(client.refresh(second.refreshToken));
        QVERIFY(!third.accessToken.isEmpty());
        QCOMPARE(client.get("/v2/user/info/?fields=open_id", third.accessToken).status, 200);
        server->advanceClock(7200 * 1000);
        QCOMPARE(client.get("/v2/user/info/?fields=open_id", third.accessToken).status, 401);
    }

    void revokeEndsTheGrant()
    {
        auto server = startSandbox(quickOptions());
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        const Tokens tokens = client.loginAuto({"user.info.basic"});
        const HttpResult revoked =
            client.postForm("/v2/oauth/revoke/", {{"client_key", SandboxServer::demoClientKey()},
                                                  {"client_secret", SandboxServer::demoClientSecret()},
                                                  {"token", tokens.accessToken}});
        QCOMPARE(revoked.status, 200);
        QCOMPARE(client.get("/v2/user/info/?fields=open_id", tokens.accessToken).status, 401);
        QCOMPARE(client.refresh(tokens.refreshToken).tokenError(), QString("invalid_grant"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxOAuth)
#include "tst_sandboxoauth.moc"
