// The sandbox's own HTTP layer and pure rules: request parsing, keep-alive and pipelining over a
// raw socket, loopback-only binding, chunk rules, fault-spec parsing, counters and media rules.

#include "core/sandbox/internal/chunkplan.h"
#include "core/sandbox/internal/faultinjector.h"
#include "core/sandbox/internal/httprequest.h"
#include "core/sandbox/internal/mediarules.h"
#include "core/sandbox/internal/ratelimiter.h"
#include "core/sandbox/internal/videocounters.h"
#include "tests/sandbox/sandboxtestkit.h"

#include <QNetworkInterface>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

using namespace montaj;
using namespace montaj::test;
using namespace montaj::sandbox;

namespace {

// Reads from a raw socket until `count` complete responses (head + Content-Length body) arrived.
QList<QByteArray> readResponses(QTcpSocket &socket, int count, int timeoutMs = 5000)
{
    QByteArray buffer;
    QList<QByteArray> responses;
    QElapsedTimer timer;
    timer.start();
    while (responses.size() < count && timer.elapsed() < timeoutMs) {
        // The server runs in this thread: wait by turning the event loop, never by blocking.
        if (socket.bytesAvailable() == 0) {
            if (socket.state() != QAbstractSocket::ConnectedState)
                break;
            QTest::qWait(5);
            continue;
        }
        buffer += socket.readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                break;
            const QByteArray head = buffer.first(end);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer.size() < end + 4 + length)
                break;
            responses.append(buffer.first(end + 4 + length));
            buffer.remove(0, end + 4 + length);
        }
    }
    return responses;
}

} // namespace

class TestSandboxHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesRequestsFedByteByByte()
    {
        const QByteArray wire =
            "POST /v2/video/list/?fields=id,title&x=a+b%20c&x=2 HTTP/1.1\r\n"
            "Host: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 13\r\n\r\n"
            "{\"cursor\":10}";
        HttpRequestParser parser;
        QByteArray buffer;
        int heads = 0;
        HttpRequestParser::State state = HttpRequestParser::State::NeedMore;
        for (const char c : wire) {
            buffer.append(c);
            do {
                state = parser.feed(buffer);
                heads += state == HttpRequestParser::State::HeadComplete ? 1 : 0;
            } while (state == HttpRequestParser::State::HeadComplete);
        }
        QCOMPARE(state, HttpRequestParser::State::Complete);
        QCOMPARE(heads, 1);
        const HttpRequest request = parser.take();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QString("/v2/video/list/"));
        QCOMPARE(request.query.value("fields"), QString("id,title"));
        QCOMPARE(request.query.values("x"), QStringList({"a b c", "2"}));
        QCOMPARE(request.header("content-type"), QByteArray("application/json"));
        QCOMPARE(request.body, QByteArray("{\"cursor\":10}"));
        QVERIFY(request.wantsKeepAlive());
    }

    void refusesBadRequests_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<int>("status");
        QTest::newRow("garbage") << QByteArray("HELLO\r\n\r\n") << 400;
        QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("http2") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
        QTest::newRow("chunked") << QByteArray(
            "PUT /u HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << 501;
        QTest::newRow("too big") << QByteArray(
            "PUT /u HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999999\r\n\r\n")
                                 << 413;
        QTest::newRow("bad length") << QByteArray("PUT /u HTTP/1.1\r\nHost: x\r\nContent-Length: 12a\r\n\r\n")
                                    << 400;
        QTest::newRow("folding") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n  folded\r\n\r\n") << 400;
    }

    void refusesBadRequests()
    {
        QFETCH(QByteArray, wire);
        QFETCH(int, status);
        HttpRequestParser parser;
        QCOMPARE(parser.feed(wire), HttpRequestParser::State::Failed);
        QCOMPARE(parser.failureStatus(), status);
    }

    void keepAliveAndPipelining()
    {
        auto server = startSandbox(quickOptions());
        QVERIFY(server);
        QCOMPARE(server->baseUrl().host(), QString("127.0.0.1"));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server->port());
        QVERIFY(socket.waitForConnected(3000));
        // Two requests in one write (pipelined), then a third on the same connection.
        socket.write("GET /v2/user/info/?fields=open_id HTTP/1.1\r\nHost: a\r\n\r\n"
                     "GET /nothing HTTP/1.1\r\nHost: a\r\n\r\n");
        QList<QByteArray> answers = readResponses(socket, 2);
        QCOMPARE(answers.size(), 2);
        QVERIFY2(answers[0].startsWith("HTTP/1.1 401 "), answers[0].constData());
        QVERIFY(answers[0].contains("\"access_token_invalid\""));
        QVERIFY(answers[0].contains("Connection: keep-alive"));
        QVERIFY2(answers[1].startsWith("HTTP/1.1 404 "), answers[1].constData());
        socket.write(
            "POST /v2/oauth/token/ HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        answers = readResponses(socket, 1);
        QCOMPARE(answers.size(), 1);
        QVERIFY2(answers[0].startsWith("HTTP/1.1 400 "), answers[0].constData());
        QVERIFY(answers[0].contains("Connection: close"));
        QVERIFY(answers[0].contains("\"invalid_request\""));
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    }

    void answersExpectContinueAndClosesOnMalformed()
    {
        auto server = startSandbox(quickOptions());
        QVERIFY(server);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server->port());
        QVERIFY(socket.waitForConnected(3000));
        socket.write("PUT /upload/00000000000000000000000000000000/ HTTP/1.1\r\nHost: a\r\n"
                     "Expect: 100-continue\r\nContent-Length: 4\r\n\r\n");
        QTRY_VERIFY(socket.bytesAvailable() >= 25);
        QVERIFY(socket.peek(100).startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
        socket.read(25);
        socket.write("abcd");
        QList<QByteArray> answers = readResponses(socket, 1);
        QCOMPARE(answers.size(), 1);
        QVERIFY2(answers[0].startsWith("HTTP/1.1 404 "), answers[0].constData());
        socket.write("NONSENSE\r\n\r\n");
        answers = readResponses(socket, 1);
        QCOMPARE(answers.size(), 1);
        QVERIFY(answers[0].startsWith("HTTP/1.1 400 "));
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    }

    void listensOnLoopbackOnly()
    {
        auto server = startSandbox(quickOptions());
        QVERIFY(server);
        int tried = 0;
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            QTcpSocket socket;
            socket.connectToHost(address, server->port());
            QVERIFY2(!socket.waitForConnected(1000), qPrintable(address.toString()));
            ++tried;
        }
        if (tried == 0)
            QSKIP("no non-loopback IPv4 address on this machine");
    }

    void runsOnAWorkerThread()
    {
        QThread thread;
        thread.start();
        auto *server = new SandboxServer(quickOptions());
        server->moveToThread(&thread);
        bool started = false;
        QMetaObject::invokeMethod(
            server, [&] { started = server->start().ok(); }, Qt::BlockingQueuedConnection);
        QVERIFY(started);
        // The server answers on its own thread while this one blocks.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server->port());
        QVERIFY(socket.waitForConnected(3000));
        socket.write("GET /v2/user/info/?fields=open_id HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        while (socket.waitForReadyRead(3000))
            answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 401 "), answer.constData());
        SandboxTestClient client(server->baseUrl());
        QVERIFY(!client.loginAuto({"user.info.basic"}).accessToken.isEmpty());
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
        thread.quit();
        QVERIFY(thread.wait(5000));
    }

    void chunkRules_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<qint64>("chunk");
        QTest::addColumn<qint64>("count");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("lastChunkBytes");
        const qint64 MiB = 1024 * 1024;
        QTest::newRow("4 MB whole") << qint64(4000000) << qint64(4000000) << qint64(1) << true
                                    << qint64(4000000);
        QTest::newRow("4 MB in two") << qint64(4000000) << qint64(2000000) << qint64(2) << false << qint64(0);
        QTest::newRow("64 MiB one chunk") << 64 * MiB << 64 * MiB << qint64(1) << true << 64 * MiB;
        QTest::newRow("50,000,123 in 10 MB")
            << qint64(50000123) << qint64(10000000) << qint64(5) << true << qint64(10000123);
        QTest::newRow("count not floor")
            << qint64(50000123) << qint64(10000000) << qint64(6) << false << qint64(0);
        QTest::newRow("800 chunks") << 800 * 5 * MiB + 7 << 5 * MiB << qint64(800) << true << 5 * MiB + 7;
        QTest::newRow("1001 chunks") << 1001 * 5 * MiB << 5 * MiB << qint64(1001) << false << qint64(0);
        QTest::newRow("over 4 GiB") << 4096 * MiB + 1 << 64 * MiB << qint64(64) << false << qint64(0);
        QTest::newRow("chunk under 5 MiB") << 20 * MiB << 4 * MiB << qint64(5) << false << qint64(0);
        QTest::newRow("chunk over 64 MiB") << 100 * MiB << 65 * MiB << qint64(1) << false << qint64(0);
        QTest::newRow("100 MiB, 64 MiB chunk") << 100 * MiB << 64 * MiB << qint64(1) << true << 100 * MiB;
        QTest::newRow("5 MiB exactly") << 5 * MiB << 5 * MiB << qint64(1) << true << 5 * MiB;
        QTest::newRow("zero") << qint64(0) << qint64(0) << qint64(1) << false << qint64(0);
    }

    void chunkRules()
    {
        QFETCH(qint64, size);
        QFETCH(qint64, chunk);
        QFETCH(qint64, count);
        QFETCH(bool, valid);
        QFETCH(qint64, lastChunkBytes);
        QString why;
        const auto plan = ChunkPlan::make(size, chunk, count, &why);
        QCOMPARE(plan.has_value(), valid);
        if (!valid) {
            QVERIFY(!why.isEmpty());
            if (count > 1000)
                QVERIFY2(why.contains("1000"), qPrintable(why));
            return;
        }
        QCOMPARE(plan->chunkCount(), int(count));
        const int last = plan->chunkCount() - 1;
        QCOMPARE(plan->chunkLast(last) - plan->chunkFirst(last) + 1, lastChunkBytes);
        QCOMPARE(plan->chunkLast(last), size - 1);
    }

    void faultSpecs()
    {
        QVERIFY(FaultInjector::parse("", 1));
        const auto faults = FaultInjector::parse(
            " latency=40ms; "
            "error_rate=/v2/video/:0.25;http_429=0.1;reset_mid_chunk=1;expire_tokens;moderation_fail=0",
            7);
        QVERIFY(faults);
        QCOMPARE(faults->latencyMs(), 40);
        QVERIFY(faults->expireAccessTokens());
        QVERIFY(!faults->expireRefreshTokens());
        for (const char *bad : {"latency=fast", "error_rate=0.3", "error_rate=/v2/:1.5", "http_429=x",
                                "explode=1", "expire_tokens=some"}) {
            const auto parsed = FaultInjector::parse(QString::fromLatin1(bad), 1);
            QVERIFY2(!parsed, bad);
            QCOMPARE(parsed.error().code, QString("sandbox.bad_fault_spec"));
        }
        // The same seed gives the same decisions.
        auto a = FaultInjector::parse("error_rate=/v2/:0.5", 42).value();
        auto b = FaultInjector::parse("error_rate=/v2/:0.5", 42).value();
        QString sa, sb;
        for (int i = 0; i < 64; ++i) {
            sa += a.failWithServerError("/v2/user/info/") ? '1' : '0';
            sb += b.failWithServerError("/v2/user/info/") ? '1' : '0';
        }
        QCOMPARE(sa, sb);
        QVERIFY(sa.contains('1') && sa.contains('0'));
        QVERIFY(!a.failWithServerError("/upload/x/")); // prefix does not match
    }

    void slidingMinute()
    {
        RateLimiter limiter;
        for (int i = 0; i < 3; ++i)
            QCOMPARE(limiter.acquire("t|x", 3, 1000 + i * 1000), 0);
        QCOMPARE(limiter.acquire("t|x", 3, 10000), 51); // the first call frees a slot at 61 s
        QCOMPARE(limiter.acquire("u|x", 3, 10000), 0);  // another token has its own window
        QCOMPARE(limiter.acquire("t|x", 3, 61000), 0);
    }

    void countersGrowAndSaturate()
    {
        VideoGrowth growth{100000, 86400, 80000, 5000, 2000};
        VideoCounts previous;
        for (qint64 hours = 0; hours <= 24 * 30; hours += 6) {
            const VideoCounts now = VideoCounters::at(growth, hours * 3600 * 1000);
            QVERIFY(now.views >= previous.views);
            QVERIFY(now.likes >= previous.likes);
            QVERIFY(now.views <= growth.potentialViews);
            previous = now;
        }
        QVERIFY(previous.views > 99900);
        QCOMPARE(previous.likes, previous.views * 80000 / 1000000);
        QCOMPARE(VideoCounters::at(growth, 0).views, 0);
        QCOMPARE(VideoCounters::at(growth, 86400000).views, qint64(63212)); // 1 - 1/e
    }

    void mediaRules()
    {
        MediaInfo info;
        info.container = "mov,mp4,m4a,3gp,3g2,mj2";
        info.durationUs = 2000000;
        VideoStreamInfo video;
        video.codec = "h264";
        video.displaySize = QSize(720, 1280);
        video.fpsNum = 30;
        info.videoStreams = {video};
        QCOMPARE(MediaRules::failReason(info, 600), QString());
        info.videoStreams[0].fpsNum = 12;
        QCOMPARE(MediaRules::failReason(info, 600), QString("frame_rate_check_failed"));
        info.videoStreams[0].fpsNum = 60;
        QCOMPARE(MediaRules::failReason(info, 600), QString());
        info.videoStreams[0].displaySize = QSize(320, 240);
        QCOMPARE(MediaRules::failReason(info, 600), QString("picture_size_check_failed"));
        info.videoStreams[0].displaySize = QSize(1080, 1920);
        info.durationUs = 181000000;
        QCOMPARE(MediaRules::failReason(info, 180), QString("duration_check_failed"));
        QCOMPARE(MediaRules::failReason(info, 600), QString());
        info.durationUs = 601000000;
        QCOMPARE(MediaRules::failReason(info, 900), QString("duration_check_failed"));
        info.durationUs = 2000000;
        info.videoStreams[0].codec = "av1";
        QCOMPARE(MediaRules::failReason(info, 600), QString("file_format_check_failed"));
        info.videoStreams[0].codec = "vp9";
        info.container = "matroska,webm";
        QCOMPARE(MediaRules::failReason(info, 600), QString());
        info.container = "avi";
        QCOMPARE(MediaRules::failReason(info, 600), QString("file_format_check_failed"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxHttp)
#include "tst_sandboxhttp.moc"
