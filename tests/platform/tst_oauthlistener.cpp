#include "core/platform/oauthloopbacklistener.h"
#include "core/platform/pkce.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace montaj;

namespace {

QStringList g_log;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log << message;
}

struct Got
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

Got get(QNetworkAccessManager &manager, const QUrl &url)
{
    QNetworkReply *reply = manager.get(QNetworkRequest(url));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    Got got{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
            reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->error()};
    reply->deleteLater();
    return got;
}

Result<void> listenFor(OAuthLoopbackListener &listener, const QString &state)
{
    Result<void> listening = listener.listen();
    return listening ? listener.expectState(state) : listening;
}

QUrl callbackUrl(const OAuthLoopbackListener &listener, const QString &query)
{
    QUrl url = listener.redirectUri();
    url.setQuery(query);
    return url;
}

} // namespace

class TestOAuthListener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_state = QString::fromLatin1(Pkce::generateState()); }

    void listensOnLoopbackOnly()
    {
        OAuthLoopbackListener listener;
        QVERIFY(listenFor(listener, m_state).ok());
        QCOMPARE(listener.address(), QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(listener.address().toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(listener.port() > 0);
        QCOMPARE(listener.redirectUri(),
                 QUrl(QStringLiteral("http://127.0.0.1:%1/callback/").arg(listener.port())));

        const auto addresses = QNetworkInterface::allAddresses();
        auto other = std::find_if(addresses.begin(), addresses.end(), [](const QHostAddress &a) {
            return a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback();
        });
        if (other == addresses.end())
            QSKIP("No non-loopback IPv4 address to try from.");
        QTcpSocket socket;
        socket.connectToHost(*other, listener.port());
        QVERIFY(!socket.waitForConnected(3000)); // not reachable from another interface
        QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
    }

    void givenPortAndBusyPort()
    {
        OAuthLoopbackListener first;
        QVERIFY(listenFor(first, m_state).ok());
        OAuthLoopbackListener second;
        const auto busy = second.listen(first.port());
        QVERIFY(!busy.ok());
        QCOMPARE(busy.error().code, QStringLiteral("platform.oauth_listen_failed"));
        const quint16 port = first.port();
        first.close();
        QVERIFY(!first.isListening());
        QTRY_VERIFY(second.listen(port).ok());
        QCOMPARE(second.port(), port);
    }

    void weakStateIsRefused()
    {
        OAuthLoopbackListener listener;
        QVERIFY(listener.listen().ok());
        QVERIFY(!listener.expectState(QStringLiteral("abc")).ok());
        // With no state expected, every callback is refused.
        QSignalSpy failed(&listener, &OAuthLoopbackListener::failed);
        QNetworkAccessManager manager;
        QCOMPARE(get(manager, callbackUrl(listener, "code=abc&state=")).status, 400);
        QCOMPARE(failed.count(), 1);
    }

    void realGetDeliversTheCodeOnce()
    {
        g_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        QLoggingCategory::setFilterRules(QStringLiteral("montaj.*=true"));
        OAuthLoopbackListener listener;
        QVERIFY(listenFor(listener, m_state).ok());
        QSignalSpy received(&listener, &OAuthLoopbackListener::received);
        QSignalSpy failed(&listener, &OAuthLoopbackListener::failed);
        QNetworkAccessManager manager;
        const QString code = QStringLiteral("SecretCode_X7mQ2pL9vR4tK8nB3cW6*2!4133.va");
        const QString query = "code=" + QString::fromLatin1(QUrl::toPercentEncoding(code))
                              + "&scopes=user.info.basic%2Cvideo.list&state=" + m_state;
        const Got got = get(manager, callbackUrl(listener, query));
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY2(got.status == 200, qPrintable(g_log.join('\n') + QString::fromUtf8(got.body)));
        QVERIFY(got.contentType.startsWith("text/html"));
        QVERIFY(got.body.contains("You can close this tab"));
        QCOMPARE(received.count(), 1);
        QCOMPARE(failed.count(), 0);
        const auto callback = received.at(0).at(0).value<OAuthCallback>();
        QCOMPARE(callback.code, code);
        QCOMPARE(callback.state, m_state);
        QCOMPARE(callback.grantedScopes, QStringList({"user.info.basic", "video.list"}));
        QVERIFY(!listener.isListening()); // single use
        QVERIFY(get(manager, callbackUrl(listener, "code=again&state=" + m_state)).error
                != QNetworkReply::NoError);
        QCOMPARE(received.count(), 1);
        QVERIFY(!g_log.isEmpty());
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(QStringLiteral("SecretCode")), qPrintable(line));
            QVERIFY2(!line.contains(m_state), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("/callback/?")), qPrintable(line));
        }
    }

    void stateMismatchIsRejected()
    {
        OAuthLoopbackListener listener;
        QVERIFY(listenFor(listener, m_state).ok());
        QSignalSpy received(&listener, &OAuthLoopbackListener::received);
        QSignalSpy failed(&listener, &OAuthLoopbackListener::failed);
        QNetworkAccessManager manager;
        QString forged = m_state;
        forged[5] = forged[5] == u'A' ? u'B' : u'A';
        const Got got = get(manager, callbackUrl(listener, "code=abc&scopes=video.publish&state=" + forged));
        QCOMPARE(got.status, 400);
        QCOMPARE(received.count(), 0);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<Error>().code, QStringLiteral("platform.oauth_state_mismatch"));
        QVERIFY(!listener.isListening());
        // A missing state is a mismatch too.
        OAuthLoopbackListener again;
        QVERIFY(listenFor(again, m_state).ok());
        QSignalSpy failedAgain(&again, &OAuthLoopbackListener::failed);
        QCOMPARE(get(manager, callbackUrl(again, "code=abc")).status, 400);
        QCOMPARE(failedAgain.count(), 1);
    }

    void platformErrorIsReported()
    {
        OAuthLoopbackListener listener;
        QVERIFY(listenFor(listener, m_state).ok());
        QSignalSpy failed(&listener, &OAuthLoopbackListener::failed);
        QNetworkAccessManager manager;
        const Got got =
            get(manager, callbackUrl(listener, "error=access_denied&error_description=User%20said%20no&state="
                                                   + m_state));
        QCOMPARE(got.status, 200);
        QVERIFY(got.body.contains("Sign-in did not complete"));
        QCOMPARE(failed.count(), 1);
        const Error error = failed.at(0).at(0).value<Error>();
        QCOMPARE(error.code, QStringLiteral("platform.oauth_access_denied"));
        QCOMPARE(error.context.value("platform_message").toString(), QStringLiteral("User said no"));
    }

    void otherPathsDoNotConsumeTheListener()
    {
        OAuthLoopbackListener listener;
        QVERIFY(listenFor(listener, m_state).ok());
        QSignalSpy received(&listener, &OAuthLoopbackListener::received);
        QNetworkAccessManager manager;
        QUrl favicon = listener.redirectUri();
        favicon.setPath("/favicon.ico");
        QCOMPARE(get(manager, favicon).status, 404);
        QVERIFY(listener.isListening());
        QCOMPARE(
            get(manager, callbackUrl(listener, "code=c1&scopes=user.info.basic&state=" + m_state)).status,
            200);
        QCOMPARE(received.count(), 1);
    }

    void timesOut()
    {
        OAuthLoopbackListener listener;
        QVERIFY(listener.listen(0, std::chrono::milliseconds(150)).ok());
        QSignalSpy failed(&listener, &OAuthLoopbackListener::failed);
        QVERIFY(failed.wait(3000));
        QCOMPARE(failed.at(0).at(0).value<Error>().code, QStringLiteral("platform.oauth_timed_out"));
        QVERIFY(!listener.isListening());
    }

private:
    QString m_state;
};

QTEST_GUILESS_MAIN(TestOAuthListener)
#include "tst_oauthlistener.moc"
