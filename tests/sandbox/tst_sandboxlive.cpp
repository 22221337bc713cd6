// The LIVE extension: the session list with the totals a correct client counts, a past session
// replayed over a WebSocket (QWebSocket as the client) with streak semantics, and the live session
// replaying everything after a reconnect.

#include "tests/sandbox/sandboxtestkit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QWebSocket>

using namespace montaj;
using namespace montaj::test;

namespace {

struct Received
{
    QList<QJsonObject> events;
    bool closed = false;
    QWebSocketProtocol::CloseCode closeCode = QWebSocketProtocol::CloseCodeNormal;
};

// Connects with a bearer token and collects gift events until closed, `count` events or timeout.
Received collect(const QUrl &url, const QString &token, int count, int timeoutMs = 5000,
                 QAbstractSocket::SocketError *error = nullptr)
{
    QWebSocket socket;
    Received received;
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [&](const QString &message) {
        received.events.append(QJsonDocument::fromJson(message.toUtf8()).object());
    });
    QObject::connect(&socket, &QWebSocket::disconnected, &socket, [&] {
        received.closed = true;
        received.closeCode = socket.closeCode();
    });
    QObject::connect(&socket,
                     qOverload<QAbstractSocket::SocketError>(&QWebSocket::error) /* errorOccurred in 6.5+ */,
                     &socket, [&](QAbstractSocket::SocketError e) {
                         if (error)
                             *error = e;
                     });
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    socket.open(request);
    QElapsedTimer timer;
    timer.start();
    while (!received.closed && received.events.size() < count && timer.elapsed() < timeoutMs
           && !(error && *error != QAbstractSocket::UnknownSocketError))
        QTest::qWait(5);
    const bool closedByServer = received.closed;
    if (!closedByServer)
        socket.close();
    received.closed = closedByServer;
    return received;
}

int g_brokenStreaks = 0;

// Checks the streak rules (counting breaks in g_brokenStreaks) and returns {gifts, coins} counted
// the way the contract says: de-duplicated by msgId, only giftType != 1 or repeatEnd.
QPair<qint64, qint64> countGifts(const QList<QJsonObject> &events)
{
    QHash<QString, int> lastRepeat; // groupId → repeatCount so far
    QSet<QString> seen;
    qint64 gifts = 0, coins = 0;
    for (const QJsonObject &e : events) {
        const QString msgId = e.value("msgId").toString();
        if (seen.contains(msgId))
            continue;
        seen.insert(msgId);
        const int type = e.value("giftType").toInt();
        const int repeat = e.value("repeatCount").toInt();
        const bool end = e.value("repeatEnd").toBool();
        const QString group = e.value("groupId").toString();
        if (type == 1) {
            const int previous = lastRepeat.value(group, 0);
            if (end ? repeat != previous : repeat != previous + 1)
                ++g_brokenStreaks;
            lastRepeat[group] = end ? -1 : repeat;
        }
        if (type != 1 || end) {
            gifts += repeat;
            coins += qint64(repeat) * e.value("diamondCount").toInt();
        }
    }
    return {gifts, coins};
}

} // namespace

class TestSandboxLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pastSessionReplaysWithStreaks()
    {
        auto server = startSandbox(quickOptions());
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        const Tokens tokens = client.loginAuto({"user.info.basic"});
        const HttpResult list = client.get("/x/live/sessions/", tokens.accessToken);
        QCOMPARE(list.code(), QString("ok"));
        const QJsonArray sessions = list.data().value("sessions").toArray();
        QCOMPARE(sessions.size(), 7);
        QCOMPARE(sessions.at(0).toObject().value("status").toString(), QString("live"));
        const QJsonObject past = sessions.at(1).toObject();
        QCOMPARE(past.value("status").toString(), QString("ended"));
        QVERIFY(past.value("end_time").toInteger() > past.value("start_time").toInteger());

        QUrl url = server->baseUrl();
        url.setScheme("ws");
        url.setPath("/x/live/events");
        url.setQuery("session=" + past.value("id").toString());
        const Received received = collect(url, tokens.accessToken, 100000);
        QVERIFY(received.closed);
        QCOMPARE(received.closeCode, QWebSocketProtocol::CloseCodeNormal);
        QCOMPARE(received.events.size(), past.value("event_count").toInt());
        QVERIFY(received.events.size() > 40);
        const QJsonObject first = received.events.first();
        for (const char *field :
             {"msgId", "createTime", "userId", "uniqueId", "giftId", "giftName", "giftType", "diamondCount",
              "repeatCount", "repeatEnd", "groupId", "receiverUserId"})
            QVERIFY2(first.contains(field), field);
        QCOMPARE(first.value("receiverUserId").toString(), tokens.openId);
        QVERIFY(first.value("createTime").toInteger() >= past.value("start_time").toInteger() * 1000);
        int streakEvents = 0, ends = 0;
        for (const QJsonObject &e : received.events) {
            streakEvents += e.value("giftType").toInt() == 1 ? 1 : 0;
            ends += e.value("repeatEnd").toBool() ? 1 : 0;
        }
        QVERIFY(streakEvents > ends && ends > 0);
        g_brokenStreaks = 0;
        const auto [gifts, coins] = countGifts(received.events);
        QCOMPARE(g_brokenStreaks, 0);
        QCOMPARE(gifts, past.value("gift_count").toInteger());
        QCOMPARE(coins, past.value("diamond_total").toInteger());
        // Counting every event (the naive way) would give more.
        qint64 naive = 0;
        for (const QJsonObject &e : received.events)
            naive += e.value("repeatCount").toInt();
        QVERIFY(naive > gifts);
    }

    void liveSessionReplaysAfterReconnect()
    {
        SandboxOptions options = quickOptions();
        options.liveEventIntervalMs = 20;
        auto server = startSandbox(options);
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        const Tokens tokens = client.loginAuto({"user.info.basic"});
        const QString liveId = client.get("/x/live/sessions/", tokens.accessToken)
                                   .data()
                                   .value("sessions")
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value("id")
                                   .toString();
        QUrl url = server->baseUrl();
        url.setScheme("ws");
        url.setPath("/x/live/events");
        url.setQuery("session=" + liveId);
        const Received first = collect(url, tokens.accessToken, 15);
        QVERIFY(first.events.size() >= 15);
        QVERIFY(!first.closed);
        QTest::qWait(100);
        const Received second = collect(url, tokens.accessToken, int(first.events.size()) + 5);
        QVERIFY(second.events.size() >= first.events.size() + 5);
        for (int i = 0; i < first.events.size(); ++i) // a reconnect starts with the same events again
            QCOMPARE(second.events.at(i).value("msgId"), first.events.at(i).value("msgId"));
        QSet<QString> ids;
        qint64 previous = 0;
        for (const QJsonObject &e : second.events) {
            ids.insert(e.value("msgId").toString());
            QVERIFY(e.value("createTime").toInteger() >= previous);
            previous = e.value("createTime").toInteger();
        }
        QCOMPARE(ids.size(), second.events.size());
        g_brokenStreaks = 0;
        countGifts(first.events + second.events);
        QCOMPARE(g_brokenStreaks, 0);
    }

    void refusals()
    {
        auto server = startSandbox(quickOptions());
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        QCOMPARE(client.get("/x/live/sessions/").status, 401);
        const Tokens tokens = client.loginAuto({"user.info.basic"});
        QUrl url = server->baseUrl();
        url.setScheme("ws");
        url.setPath("/x/live/events");
        url.setQuery("session=1234567890123456789");
        QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
        Received received = collect(url, tokens.accessToken, 1, 3000, &error);
        QVERIFY(received.events.isEmpty());
        QVERIFY(error != QAbstractSocket::UnknownSocketError);
        error = QAbstractSocket::UnknownSocketError;
        received = collect(url, "act.wrong!0000.va", 1, 3000, &error);
        QVERIFY(received.events.isEmpty());
        QVERIFY(error != QAbstractSocket::UnknownSocketError);
        // Plain HTTP to the event stream asks for an upgrade.
        const HttpResult plain = client.get("/x/live/events?session=1", tokens.accessToken);
        QCOMPARE(plain.status, 426);
        // The private account has no LIVE sessions.
        SandboxOptions options = quickOptions();
        options.autoApproveAccount = SandboxServer::privateCreatorUsername();
        options.stateDir = server->stateDir();
        server.reset();
        server = startSandbox(options);
        SandboxTestClient other(server->baseUrl());
        const HttpResult none =
            other.get("/x/live/sessions/", other.loginAuto({"user.info.basic"}).accessToken);
        QCOMPARE(none.data().value("sessions").toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxLive)
#include "tst_sandboxlive.moc"
