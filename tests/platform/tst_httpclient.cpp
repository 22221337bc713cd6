#include "core/platform/httpclient.h"
#include "core/platform/platformerror.h"
#include "stubhttpserver.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace montaj;
using montaj::test::StubHttpServer;
using montaj::test::StubReply;
using montaj::test::StubRequest;

namespace {

QStringList g_log;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log << message;
}

// Sends and waits (spinning the event loop) for the one callback.
std::optional<Result<HttpResponse>> run(HttpClient &client, HttpRequest request, int timeoutMs = 10000)
{
    std::optional<Result<HttpResponse>> result;
    client.send(std::move(request), nullptr, [&](Result<HttpResponse> r) { result = std::move(r); });
    QElapsedTimer clock;
    clock.start();
    while (!result && clock.elapsed() < timeoutMs)
        QTest::qWait(5);
    return result;
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<StubHttpServer>();
        QVERIFY(m_server->listen());
    }

    void getReturnsStatusHeadersAndBody()
    {
        m_server->setHandler([](const StubRequest &) {
            StubReply reply = StubReply::json(200, "{\"hello\":1}");
            reply.addHeader("X-Montaj-Test", "yes");
            return reply;
        });
        HttpClient client;
        HttpRequest request;
        request.url = m_server->url("/v2/user/info/?fields=open_id");
        const auto result = run(client, request);
        QVERIFY(result.has_value());
        QVERIFY(result->ok());
        QCOMPARE((*result)->status, 200);
        QCOMPARE((*result)->body, QByteArray("{\"hello\":1}"));
        QCOMPARE((*result)->header("x-montaj-test"), QByteArray("yes"));
        QCOMPARE((*result)->header("content-type"), QByteArray("application/json"));
        QCOMPARE(m_server->requests().at(0).method, QByteArray("GET"));
        QCOMPARE(m_server->requests().at(0).target, QByteArray("/v2/user/info/?fields=open_id"));
        QCOMPARE(client.pendingCount(), 0);
    }

    void errorStatusesAreResponses()
    {
        m_server->setHandler([](const StubRequest &) { return StubReply::json(503, "down"); });
        HttpClient client;
        HttpRequest request;
        request.url = m_server->url("/x");
        const auto result = run(client, request);
        QVERIFY(result->ok());
        QCOMPARE((*result)->status, 503);
        QCOMPARE((*result)->body, QByteArray("down"));
    }

    void postSendsBodyAndHeaders()
    {
        m_server->setHandler([](const StubRequest &) { return StubReply::json(200, "{}"); });
        HttpClient client;
        HttpRequest request;
        request.method = "POST";
        request.url = m_server->url("/v2/video/list/");
        request.setHeader("Content-Type", "application/json; charset=UTF-8");
        request.setHeader("Authorization", "Bearer act.xyz");
        request.body = "{\"max_count\":20}";
        QVERIFY(run(client, request)->ok());
        const StubRequest got = m_server->requests().at(0);
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.body, QByteArray("{\"max_count\":20}"));
        QCOMPARE(got.header("content-type"), QByteArray("application/json; charset=UTF-8"));
        QCOMPARE(got.header("authorization"), QByteArray("Bearer act.xyz"));
        QCOMPARE(got.header("content-length"), QByteArray("16"));
        QVERIFY(got.header("expect").isEmpty()); // no 100-continue round trip
    }

    void totalTimeout()
    {
        m_server->setHandler([](const StubRequest &) { return StubReply::hang(); });
        HttpClient client;
        HttpRequest request;
        request.url = m_server->url("/slow");
        request.totalTimeout = std::chrono::milliseconds(300);
        QElapsedTimer clock;
        clock.start();
        const auto result = run(client, request);
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().code, QStringLiteral("platform.network_timeout"));
        QCOMPARE(PlatformError::actionOf(result->error()), RecoveryAction::Retry);
        QVERIFY(clock.elapsed() >= 250);
        QVERIFY(clock.elapsed() < 5000);
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        HttpClient client;
        HttpRequest request;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        const auto result = run(client, request);
        QCOMPARE(result->error().code, QStringLiteral("platform.network_failure"));
    }

    void cancellation()
    {
        m_server->setHandler([](const StubRequest &) { return StubReply::hang(); });
        HttpClient client;
        HttpRequest request;
        request.url = m_server->url("/hang");
        std::optional<Result<HttpResponse>> result;
        int calls = 0;
        const auto id = client.send(request, nullptr, [&](Result<HttpResponse> r) {
            ++calls;
            result = std::move(r);
        });
        QTRY_COMPARE(m_server->requestCount(), 1);
        client.cancel(id);
        QVERIFY(!result.has_value()); // never re-entrant
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error().code, QStringLiteral("platform.cancelled"));
        QTRY_COMPARE(m_server->openConnections(), 0); // the transfer really stopped
        QTest::qWait(50);
        QCOMPARE(calls, 1);
        QCOMPARE(client.pendingCount(), 0);
        client.cancel(id); // unknown by now: harmless
    }

    void largeUploadFromFileRange()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("big.bin");
        QByteArray content(24 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator random(7);
        random.fillRange(reinterpret_cast<quint32 *>(content.data()), content.size() / 4);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(content), content.size());
        }
        const qint64 offset = 3000001;
        const qint64 length = 15000000;
        QByteArray receivedHash;
        qint64 receivedSize = 0;
        m_server->setHandler([&](const StubRequest &r) {
            receivedHash = QCryptographicHash::hash(r.body, QCryptographicHash::Sha256);
            receivedSize = r.body.size();
            return StubReply::json(201, "");
        });
        HttpClient client;
        HttpRequest request;
        request.method = "PUT";
        request.url = m_server->url("/upload/abc");
        request.setHeader("Content-Type", "video/mp4");
        request.setHeader("Content-Range", "bytes 3000001-18000000/25165824");
        request.bodyFilePath = path;
        request.bodyFileOffset = offset;
        request.bodyFileLength = length;
        qint64 lastSent = 0;
        qint64 lastTotal = 0;
        int progressCalls = 0;
        std::optional<Result<HttpResponse>> result;
        client.send(
            request, nullptr, [&](Result<HttpResponse> r) { result = std::move(r); },
            [&](qint64 sent, qint64 total) {
                QVERIFY(sent >= lastSent);
                lastSent = sent;
                lastTotal = total;
                ++progressCalls;
            });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY(result->ok());
        QCOMPARE((*result)->status, 201);
        QCOMPARE(receivedSize, length);
        QCOMPARE(receivedHash,
                 QCryptographicHash::hash(content.mid(offset, length), QCryptographicHash::Sha256));
        QCOMPARE(m_server->requests().at(0).method, QByteArray("PUT"));
        QCOMPARE(m_server->requests().at(0).header("content-length"), QByteArray("15000000"));
        QCOMPARE(m_server->requests().at(0).header("content-range"),
                 QByteArray("bytes 3000001-18000000/25165824"));
        QVERIFY(progressCalls >= 1);
        QCOMPARE(lastSent, length);
        QCOMPARE(lastTotal, length);
    }

    void fileRangeBeyondTheFileFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("small.bin");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(100, 'x'));
        file.close();
        HttpClient client;
        HttpRequest request;
        request.method = "PUT";
        request.url = m_server->url("/upload");
        request.bodyFilePath = path;
        request.bodyFileOffset = 50;
        request.bodyFileLength = 51;
        QCOMPARE(run(client, request)->error().code, QStringLiteral("platform.file_read_failed"));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void logsOnlyMethodPathStatusAndDuration()
    {
        m_server->setHandler([](const StubRequest &) {
            return StubReply::json(200, "{\"access_token\":\"act.BODYSECRET\"}");
        });
        g_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        QLoggingCategory::setFilterRules(QStringLiteral("montaj.*=true"));
        HttpClient client;
        HttpRequest request;
        request.method = "POST";
        request.url = m_server->url("/v2/oauth/token/?code=QUERYSECRET");
        request.setHeader("Authorization", "Bearer act.HEADERSECRET");
        request.body = "client_secret=FORMSECRET";
        const auto result = run(client, request);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(result->ok());
        const QString log = g_log.join('\n');
        QVERIFY2(log.contains("POST /v2/oauth/token/ -> 200 in "), qPrintable(log));
        for (const char *secret : {"QUERYSECRET", "HEADERSECRET", "FORMSECRET", "BODYSECRET", "code="})
            QVERIFY2(!log.contains(secret), qPrintable(log));
    }

    void destroyedContextGetsNoCallback()
    {
        m_server->setHandler([](const StubRequest &) {
            StubReply reply = StubReply::json(200, "{}");
            reply.delayMs = 100;
            return reply;
        });
        HttpClient client;
        auto *context = new QObject;
        bool called = false;
        HttpRequest request;
        request.url = m_server->url("/late");
        client.send(request, context, [&](Result<HttpResponse>) { called = true; });
        delete context;
        QTRY_COMPARE(client.pendingCount(), 0);
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void manyConcurrentRequests()
    {
        m_server->setHandler([](const StubRequest &r) {
            StubReply reply = StubReply::json(200, r.path.toUtf8());
            reply.delayMs = 20;
            return reply;
        });
        HttpClient client;
        QMap<int, QByteArray> bodies;
        for (int i = 0; i < 24; ++i) {
            HttpRequest request;
            request.url = m_server->url(QStringLiteral("/n/%1").arg(i));
            client.send(request, nullptr,
                        [&bodies, i](Result<HttpResponse> r) { bodies[i] = r.ok() ? r->body : "fail"; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(bodies.size(), 24, 15000);
        for (int i = 0; i < 24; ++i)
            QCOMPARE(bodies[i], QStringLiteral("/n/%1").arg(i).toUtf8());
    }

    void destroyingTheClientAbortsQuietly()
    {
        m_server->setHandler([](const StubRequest &) { return StubReply::hang(); });
        bool called = false;
        {
            HttpClient client;
            HttpRequest request;
            request.url = m_server->url("/hang");
            client.send(request, nullptr, [&](Result<HttpResponse>) { called = true; });
            QTRY_COMPARE(m_server->requestCount(), 1);
        }
        QTRY_COMPARE(m_server->openConnections(), 0);
        QVERIFY(!called);
    }

private:
    std::unique_ptr<StubHttpServer> m_server;
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
