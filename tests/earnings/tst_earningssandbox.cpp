// End to end against a real SandboxServer over loopback: sign in (OAuth with autoApprove), list
// the LIVE sessions over REST, bring the past ones into the ledger by replaying them over the
// WebSocket (totals equal to the platform's), follow the running session live, drop the socket and
// reconnect (also with a refused token) without counting anything twice.

#include "core/earnings/ledgerthread.h"
#include "core/earnings/livehistorysync.h"
#include "core/earnings/livesessionmonitor.h"
#include "core/platform/httpclient.h"
#include "core/platform/liveapi.h"
#include "core/platform/liveeventstream.h"
#include "core/platform/memorytokenstore.h"
#include "core/platform/oauthlogin.h"
#include "core/platform/tiktokapi.h"
#include "core/sandbox/sandboxserver.h"
#include "earningstesthelpers.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace montaj;
using namespace montaj::test;

class TestEarningsSandbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<MemoryTokenStore> m_store;
    std::unique_ptr<TikTokApi> m_api;
    std::unique_ptr<LiveApi> m_live;

    QList<LiveSessionInfo> sessions()
    {
        std::optional<Result<QList<LiveSessionInfo>>> listed;
        m_live->listSessions([&listed](Result<QList<LiveSessionInfo>> r) { listed = std::move(r); });
        if (!QTest::qWaitFor([&] { return listed.has_value(); }, 10000) || !listed->ok())
            return {};
        return listed->value();
    }

    // The stream's open socket (an old one may still wait for its deferred delete).
    static QWebSocket *socketOf(LiveEventStream &stream)
    {
        for (QWebSocket *socket : stream.findChildren<QWebSocket *>())
            if (socket->state() == QAbstractSocket::ConnectedState)
                return socket;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions options;
        options.autoApprove = true;
        options.liveEventIntervalMs = 25; // the running session: a gift action every 25 ms
        options.stateDir = m_dir.filePath("sandbox");
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY(m_server->start().ok());
        auto profile = PlatformProfile::load("sandbox", m_server->baseUrl());
        QVERIFY(profile.ok());
        m_http = std::make_unique<HttpClient>();
        m_store = std::make_unique<MemoryTokenStore>();
        m_api = std::make_unique<TikTokApi>(
            *profile, ClientCredentials{SandboxServer::demoClientKey(), SandboxServer::demoClientSecret()},
            m_http.get(), m_store.get());
        m_live = std::make_unique<LiveApi>(m_api.get());
        QVERIFY(!m_live->isSignedIn());

        OAuthLogin login(m_api.get());
        QSignalSpy signedIn(&login, &OAuthLogin::signedIn);
        QSignalSpy failed(&login, &OAuthLogin::failed);
        const auto url = login.start({"user.info.basic"});
        QVERIFY(url.ok());
        QNetworkAccessManager browser;
        browser.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = browser.get(QNetworkRequest(*url));
        QTRY_VERIFY_WITH_TIMEOUT(signedIn.count() + failed.count() > 0, 10000);
        QCOMPARE(failed.count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        reply->deleteLater();
        QVERIFY(m_live->isSignedIn());
    }

    void cleanupTestCase()
    {
        m_live.reset();
        m_api.reset();
        m_http.reset();
        m_server.reset();
    }

    void pastSessionsComeIntoTheLedgerWithThePlatformsTotals()
    {
        const QList<LiveSessionInfo> listed = sessions();
        QCOMPARE(listed.size(), 7);
        QVERIFY(listed[0].live);
        QVERIFY(!listed[1].live && listed[1].giftCount > 0 && listed[1].coinTotal > 0);
        QVERIFY(m_live->eventsUrl(listed[1].id)->toString().startsWith("ws://127.0.0.1:"));
        QVERIFY(!m_live->eventsUrl("../x").ok());

        LedgerThread ledger(m_dir.filePath("history.sqlite"));
        LiveHistorySync sync(m_live.get(), &ledger);
        QSignalSpy synced(&sync, &LiveHistorySync::sessionSynced);
        QSignalSpy finished(&sync, &LiveHistorySync::finished);
        QSignalSpy failed(&sync, &LiveHistorySync::failed);
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 20000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(finished.at(0).at(0).toInt(), 6);
        QCOMPARE(synced.count(), 6);
        qint64 platformCoins = 0, ledgerCoins = 0;
        for (const QList<QVariant> &args : std::as_const(synced)) {
            const SessionSyncResult r = args.at(0).value<SessionSyncResult>();
            QVERIFY2(r.matchesPlatform(), qPrintable(r.sessionId));
            QVERIFY(r.stats.inserted > 0);
            platformCoins += r.platformCoins;
            ledgerCoins += r.ledgerCoins;
        }
        QCOMPARE(ledgerCoins, platformCoins);
        // A second run finds everything in place and replays nothing.
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2, 20000);
        QCOMPARE(finished.at(1).at(0).toInt(), 0);
        std::optional<Result<QList<EarningsSession>>> saved;
        ledger.run<QList<EarningsSession>>(
            this, [](EarningsLedger &l) { return l.sessions(); },
            [&saved](Result<QList<EarningsSession>> r) { saved = std::move(r); });
        QTRY_VERIFY(saved.has_value());
        QCOMPARE((*saved)->size(), 7);
    }

    void liveSessionSurvivesReconnectsWithoutDoubleCounting()
    {
        const QList<LiveSessionInfo> listed = sessions();
        QVERIFY(!listed.isEmpty() && listed[0].live);
        const QString liveId = listed[0].id;

        LedgerThread ledger(m_dir.filePath("live.sqlite"));
        LiveSessionMonitor monitor;
        monitor.setSnapshotInterval(100);
        monitor.reset(liveId);
        LiveEventStream stream(m_live.get());
        stream.setRetry(50, 400, 6);
        QList<LiveGiftEvent> received;
        connect(&stream, &LiveEventStream::eventReceived, &monitor, [&](const LiveGiftEvent &e) {
            received << e;
            monitor.ingest(e);
        });
        connect(&monitor, &LiveSessionMonitor::giftsCounted, &ledger,
                [&ledger](const QList<GiftRecord> &gifts) { ledger.append(gifts, EntrySource::Live); });
        QSignalSpy opened(&stream, &LiveEventStream::opened);
        QSignalSpy failed(&stream, &LiveEventStream::failed);
        stream.start(liveId);
        QTRY_VERIFY_WITH_TIMEOUT(received.size() >= 40 && stream.state() == LiveEventStream::State::Open,
                                 10000);

        // Drop the connection under the stream's feet: it reconnects and the session is replayed.
        const qsizetype beforeDrop = received.size();
        QVERIFY(socketOf(stream));
        socketOf(stream)->abort();
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(received.size() >= 2 * beforeDrop + 20, 10000);

        // Again, with every access token refused: the session check refreshes it, then it reconnects.
        QVERIFY(m_server->setFaultSpec("expire_tokens").ok());
        const qsizetype beforeSecondDrop = received.size();
        QTRY_VERIFY(socketOf(stream));
        socketOf(stream)->abort();
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 3, 15000);
        QVERIFY(m_server->setFaultSpec("").ok());
        QTRY_VERIFY_WITH_TIMEOUT(received.size() >= beforeSecondDrop + 40, 10000);
        QCOMPARE(failed.count(), 0);
        stream.stop();
        QCOMPARE(stream.state(), LiveEventStream::State::Idle);
        QCOMPARE(stream.connectionCount(), 3);
        QVERIFY(m_api->refreshCount() >= 1);

        // Nothing counted twice: the monitor and the ledger agree with a count by hand.
        monitor.flush();
        const LiveSnapshot snapshot = monitor.snapshot();
        const IndependentTotals byHand = countByHand(received);
        QVERIFY(snapshot.duplicates > 0); // replays did arrive
        QCOMPARE(snapshot.gifts, byHand.gifts);
        QCOMPARE(snapshot.coins, byHand.coins);
        qint64 naive = 0;
        for (const LiveGiftEvent &e : std::as_const(received))
            naive += e.giftType != 1 || e.repeatEnd ? e.repeatCount * e.diamondCount : 0;
        QVERIFY(naive > byHand.coins);
        std::optional<Result<SessionTotals>> totals;
        QTest::qWait(100);
        ledger.run<SessionTotals>(
            this, [liveId](EarningsLedger &l) { return l.sessionTotals(liveId); },
            [&totals](Result<SessionTotals> r) { totals = std::move(r); });
        QTRY_VERIFY(totals.has_value());
        QCOMPARE((*totals)->coins, byHand.coins);
        QCOMPARE((*totals)->gifts, byHand.gifts);
    }

    void unknownSessionFailsClearly()
    {
        LiveEventStream stream(m_live.get());
        stream.setRetry(20, 100, 3);
        QSignalSpy failed(&stream, &LiveEventStream::failed);
        stream.start("1234567890123456789");
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 10000);
        QCOMPARE(failed.at(0).at(0).value<Error>().code, QString("live.session_not_found"));
        QCOMPARE(stream.state(), LiveEventStream::State::Failed);
        stream.start("not-an-id");
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 2, 5000);
        QCOMPARE(failed.at(1).at(0).value<Error>().code, QString("platform.invalid_request"));
    }
};

QTEST_GUILESS_MAIN(TestEarningsSandbox)
#include "tst_earningssandbox.moc"
