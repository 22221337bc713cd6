// Fault injection (latency, 500s by path, replies lost after the request was served, 429s,
// connection reset halfway through a chunk, expired tokens, failed moderation), reproducible with a
// seed; and no secret ever reaching the state file or the log.

#include "tests/sandbox/sandboxtestkit.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace montaj;
using namespace montaj::test;

namespace {

QStringList g_log;
QMutex g_logMutex;
QtMessageHandler g_previous = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << QString::fromLatin1(context.category ? context.category : "") + ": " + message;
    }
    if (g_previous)
        g_previous(type, context, message);
}

QString statusSequence(SandboxServer &server, int count)
{
    SandboxTestClient client(server.baseUrl());
    const Tokens tokens = client.loginAuto({"user.info.basic"});
    QString sequence;
    for (int i = 0; i < count; ++i) {
        const HttpResult r = client.get("/v2/user/info/?fields=open_id", tokens.accessToken);
        sequence += r.status == 500 ? 'E' : (r.status == 200 ? '.' : '?');
        if (r.status == 500 && r.code() != "internal_error")
            return "wrong code " + r.code();
    }
    return sequence;
}

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badSpecStopsTheStart()
    {
        SandboxOptions options = quickOptions();
        options.faultSpec = "latency=soon";
        SandboxServer server(options);
        const auto started = server.start();
        QVERIFY(!started);
        QCOMPARE(started.error().code, QString("sandbox.bad_fault_spec"));
        QCOMPARE(server.port(), quint16(0));
        options.faultSpec.clear();
        options.tokenProfile = "short";
        SandboxServer other(options);
        QCOMPARE(other.start().error().code, QString("sandbox.bad_option"));
    }

    void latencyDelaysEveryAnswer()
    {
        SandboxOptions options = quickOptions();
        options.faultSpec = "latency=150ms";
        auto server = startSandbox(options);
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(client.get("/v2/user/info/?fields=open_id").status, 401);
        QVERIFY2(timer.elapsed() >= 140, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(server->setFaultSpec(""));
        timer.restart();
        QCOMPARE(client.get("/v2/user/info/?fields=open_id").status, 401);
        QVERIFY(timer.elapsed() < 140);
    }

    void errorRateIsReproducibleWithTheSeed()
    {
        SandboxOptions options = quickOptions();
        options.faultSpec = "error_rate=/v2/user/:0.4";
        options.seed = 1234;
        auto a = startSandbox(options);
        auto b = startSandbox(options);
        QVERIFY(a && b);
        const QString first = statusSequence(*a, 30);
        const QString second = statusSequence(*b, 30);
        QCOMPARE(first, second);
        QVERIFY2(first.contains('E') && first.contains('.'), qPrintable(first));
        QVERIFY(!first.contains('?'));
        options.seed = 4321;
        auto c = startSandbox(options);
        QVERIFY(statusSequence(*c, 30) != first);
        // Only the matching prefix fails.
        SandboxTestClient client(a->baseUrl());
        const Tokens tokens = client.loginAuto(kAllScopes);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(client.postJson("/v2/video/list/?fields=id", {}, tokens.accessToken).status, 200);
    }

    void http429EverywhereButOAuth()
    {
        SandboxOptions options = quickOptions();
        options.faultSpec = "http_429=1";
        auto server = startSandbox(options);
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        const Tokens tokens = client.loginAuto(kAllScopes); // authorize and token are not affected
        QVERIFY(!tokens.accessToken.isEmpty());
        const HttpResult r = client.postJson("/v2/post/publish/creator_info/query/", {}, tokens.accessToken);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.code(), QString("rate_limit_exceeded"));
        QCOMPARE(r.header("Retry-After"), QByteArray("1"));
    }

    void resetHalfwayThroughAChunk()
    {
        SandboxOptions options = quickOptions();
        options.faultSpec = "reset_mid_chunk=1";
        auto server = startSandbox(options);
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        const Tokens tokens = client.loginAuto(kAllScopes);
        const qint64 size = 3 * 1024 * 1024;
        const HttpResult init = client.initUpload(tokens.accessToken, size, size, 1, "SELF_ONLY");
        const QString publishId = init.data().value("publish_id").toString();
        const QUrl url(init.data().value("upload_url").toString());
        const QByteArray bytes(int(size), 'q');

        const HttpResult broken = client.putChunk(url, bytes, 0, size);
        QCOMPARE(broken.status, 0);
        QVERIFY2(broken.error == QNetworkReply::RemoteHostClosedError
                     || broken.error == QNetworkReply::UnknownNetworkError,
                 qPrintable(QString::number(broken.error)));
        QJsonObject status =
            client.postJson("/v2/post/publish/status/fetch/", {{"publish_id", publishId}}, tokens.accessToken)
                .data();
        QCOMPARE(status.value("uploaded_bytes").toInteger(), 0);

        // curl sees the reset too.
        QTemporaryDir dir;
        QFile file(dir.filePath("chunk.bin"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const int rc = runProcess("curl", {"-sS", "-o", "/dev/null", "-X", "PUT", "--data-binary",
                                           "@" + file.fileName(), "-H", "Content-Type: video/mp4", "-H",
                                           QString("Content-Range: bytes 0-%1/%2").arg(size - 1).arg(size),
                                           url.toString()});
        QVERIFY2(rc > 0, qPrintable(QString::number(rc))); // curl reports a transfer error

        QVERIFY(server->setFaultSpec(""));
        QCOMPARE(client.putChunk(url, bytes, 0, size).status, 201);
    }

    void dropReplyActsThenLosesTheAnswer()
    {
        SandboxOptions options = quickOptions();
        options.faultSpec = "drop_reply=/v2/post/publish/video/init/:1";
        options.maxDirectPostsPerDay = 1;
        auto server = startSandbox(options);
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        const Tokens tokens = client.loginAuto(kAllScopes);
        // Other paths answer normally, on the same keep-alive connection.
        QCOMPARE(client.postJson("/v2/post/publish/creator_info/query/", {}, tokens.accessToken).status, 200);
        const HttpResult lost = client.initUpload(tokens.accessToken, 2000, 2000, 1, "SELF_ONLY");
        QVERIFY2(lost.error != QNetworkReply::NoError, qPrintable(QString::number(lost.error)));
        QVERIFY(!lost.body.contains("publish_id"));

        // curl sees a reply cut short (exit 18), not an empty one it could silently send again.
        const int rc = runProcess("curl", {"-sS", "-o", "/dev/null", "-X", "POST", "-H",
                                           "Authorization: Bearer " + tokens.accessToken, "-H",
                                           "Content-Type: application/json", "--data", "{}",
                                           server->baseUrl().toString() + "/v2/post/publish/video/init/"});
        QCOMPARE(rc, 18);

        // The first init was performed: the creator's one direct post of the day is used up.
        QVERIFY(server->setFaultSpec(""));
        const HttpResult again = client.initUpload(tokens.accessToken, 2000, 2000, 1, "SELF_ONLY");
        QCOMPARE(again.status, 200);
        QCOMPARE(again.code(), QString("spam_risk_too_many_posts"));
        QCOMPARE(server->setFaultSpec("drop_reply=/v2/:2").error().code, QString("sandbox.bad_fault_spec"));
        QCOMPARE(server->setFaultSpec("drop_reply=0.5").error().code, QString("sandbox.bad_fault_spec"));
    }

    void expiredTokensAndRefresh()
    {
        QTemporaryDir state;
        SandboxOptions options = quickOptions();
        options.stateDir = state.path();
        auto server = startSandbox(options);
        QVERIFY(server);
        Tokens tokens;
        {
            SandboxTestClient client(server->baseUrl());
            tokens = client.loginAuto(kAllScopes);
            QCOMPARE(client.get("/v2/user/info/?fields=open_id", tokens.accessToken).status, 200);
            QVERIFY(server->setFaultSpec("expire_tokens"));
            const HttpResult expired = client.get("/v2/user/info/?fields=open_id", tokens.accessToken);
            QCOMPARE(expired.status, 401);
            QCOMPARE(expired.code(), QString("access_token_invalid"));
            const Tokens fresh = SandboxTestClient::tokensOf(client.refresh(tokens.refreshToken));
            QCOMPARE(client.get("/v2/user/info/?fields=open_id", fresh.accessToken).status, 200);
        }
        server.reset();
        options.faultSpec = "expire_tokens=all";
        server = startSandbox(options);
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        QCOMPARE(client.refresh(tokens.refreshToken).tokenError(), QString("invalid_grant"));
    }

    void moderationFails()
    {
        SandboxOptions options = quickOptions();
        options.faultSpec = "moderation_fail=1";
        auto server = startSandbox(options);
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        const Tokens tokens = client.loginAuto(kAllScopes);
        const HttpResult init = client.initUpload(tokens.accessToken, 2000, 2000, 1, "SELF_ONLY");
        QCOMPARE(
            client.putChunk(QUrl(init.data().value("upload_url").toString()), QByteArray(2000, 'm'), 0, 2000)
                .status,
            201);
        const QJsonObject status =
            client.waitForOutcome(tokens.accessToken, init.data().value("publish_id").toString());
        QCOMPARE(status.value("status").toString(), QString("FAILED"));
        QCOMPARE(status.value("fail_reason").toString(), QString("spam_risk"));
    }

    void noSecretInStateOrLog()
    {
        QLoggingCategory::setFilterRules("montaj.sandbox.debug=true");
        {
            QMutexLocker lock(&g_logMutex);
            g_log.clear();
        }
        g_previous = qInstallMessageHandler(captureLog);
        QTemporaryDir state;
        SandboxOptions options;
        options.stateDir = state.path();
        options.tokenProfile = "rotating";
        auto server = startSandbox(options);
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        QStringList secrets = {SandboxServer::demoClientSecret()};

        // Consent page, code exchange (one wrong verifier first), rotation, replayed code.
        const Pkce pkce = Pkce::make();
        secrets << pkce.verifier;
        const HttpResult page =
            client.send(QNetworkRequest(client.authorizeUrl(kAllScopes, pkce.challenge)), "GET");
        const HtmlForm form = HtmlForm::parse(QString::fromUtf8(page.body));
        QList<QPair<QString, QString>> fields;
        for (const FormInput &input : form.inputs)
            if (input.type == "hidden" || input.type == "checkbox"
                || (input.type == "radio" && input.checked))
                fields.append(qMakePair(input.name, input.value));
        fields.append(qMakePair(QString("decision"), QString("approve")));
        const QString code = SandboxTestClient::queryValue(
            SandboxTestClient::redirectQuery(client.postForm(form.action, fields)), "code");
        QVERIFY(!code.isEmpty());
        secrets << code;
        QCOMPARE(client.exchange(code, Pkce::make().verifier).status, 400);
        const Tokens first = SandboxTestClient::tokensOf(client.exchange(code, pkce.verifier));
        const Tokens second = SandboxTestClient::tokensOf(client.refresh(first.refreshToken));
        QVERIFY(!second.refreshToken.isEmpty());
        secrets << first.accessToken << first.refreshToken << second.accessToken << second.refreshToken;
        QCOMPARE(client.get("/v2/user/info/?fields=open_id", second.accessToken).status, 200);
        QCOMPARE(client.refresh(first.refreshToken).status, 400);
        QCOMPARE(client.exchange(code, pkce.verifier).status, 400);
        server.reset();
        qInstallMessageHandler(g_previous);
        QLoggingCategory::setFilterRules("");

        QByteArray stored;
        for (QDirIterator it(state.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            stored += file.readAll();
        }
        QVERIFY(stored.size() > 10000);
        // The hashes are what is stored.
        QVERIFY(stored.contains(
            QCryptographicHash::hash(second.accessToken.toUtf8(), QCryptographicHash::Sha256).toHex()));
        QString log;
        {
            QMutexLocker lock(&g_logMutex);
            log = g_log.join('\n');
        }
        QVERIFY(log.contains("POST /v2/oauth/token/ -> 200"));
        for (const QString &secret : std::as_const(secrets)) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!stored.contains(secret.toUtf8()), qPrintable("stored: " + secret.left(6)));
            QVERIFY2(!log.contains(secret), qPrintable("logged: " + secret.left(6)));
            // Not even the URL-encoded form.
            QVERIFY(!log.contains(QString::fromLatin1(QUrl::toPercentEncoding(secret))));
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
