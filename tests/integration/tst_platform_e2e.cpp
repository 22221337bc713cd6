// A creator's whole path against the sandbox, over real HTTP on 127.0.0.1: sign in through the
// authorize endpoint and the loopback listener (hex-S256 PKCE), read creator_info, init a direct
// post, upload a real MP4 in chunks, poll until the platform has checked it and published it, and
// see it in the video list. No token may appear in any log line or in any file on disk.

#include "core/foundation/secretredactor.h"
#include "core/platform/chunkplan.h"
#include "core/platform/httpclient.h"
#include "core/platform/memorytokenstore.h"
#include "core/platform/oauthlogin.h"
#include "core/platform/platformprofile.h"
#include "core/platform/publishstatuspoller.h"
#include "core/platform/tiktokapi.h"
#include "core/platform/uploader.h"
#include "core/sandbox/sandboxserver.h"
#include "tests/support/mediafixtures.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace montaj;
using montaj::test::MediaFixtures;

namespace {

QStringList g_log;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log << message;
    if (g_previous)
        g_previous(type, context, message);
}

template<typename T>
Result<T> wait(const std::function<void(PlatformCallback<T>)> &call)
{
    std::optional<Result<T>> result;
    call([&](Result<T> r) { result.emplace(std::move(r)); });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!result)
        return Error(QStringLiteral("test.timeout"), QStringLiteral("no answer"));
    return std::move(*result);
}

} // namespace

class TestPlatformE2E : public QObject
{
    Q_OBJECT

    QTemporaryDir m_state;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<MemoryTokenStore> m_store;
    std::unique_ptr<TikTokApi> m_api;

private Q_SLOTS:
    void initTestCase()
    {
        g_previous = qInstallMessageHandler(&capture);
        SandboxOptions options;
        options.stateDir = m_state.path();
        options.autoApprove = true;
        options.moderationDelayMs = 100;
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY(m_server->start().ok());
        auto profile = PlatformProfile::load(QStringLiteral("sandbox"), m_server->baseUrl());
        QVERIFY2(profile.ok(), qPrintable(profile.ok() ? QString() : profile.error().toString()));
        m_http = std::make_unique<HttpClient>();
        m_store = std::make_unique<MemoryTokenStore>();
        m_api = std::make_unique<TikTokApi>(
            *profile, ClientCredentials{SandboxServer::demoClientKey(), SandboxServer::demoClientSecret()},
            m_http.get(), m_store.get());
    }

    void signInThroughTheBrowserPath()
    {
        OAuthLogin login(m_api.get());
        QSignalSpy signedIn(&login, &OAuthLogin::signedIn);
        QSignalSpy failed(&login, &OAuthLogin::failed);
        const auto url = login.start({QStringLiteral("user.info.basic"), QStringLiteral("video.publish"),
                                      QStringLiteral("video.upload"), QStringLiteral("video.list")});
        QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().toString()));
        QVERIFY(url->query().contains(QStringLiteral("code_challenge_method=S256")));
        // The "browser": follows the sandbox's redirect to the loopback listener.
        QNetworkAccessManager browser;
        browser.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = browser.get(QNetworkRequest(*url));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(signedIn.count() + failed.count() > 0, 10000);
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<Error>().toString()));
        const auto session = signedIn.first().first().value<AccountSession>();
        QVERIFY(!session.openId.isEmpty());
        QVERIFY(session.grantedScopes.contains(QStringLiteral("video.publish")));
        reply->deleteLater();
    }

    void postAVideoAndSeeItPublished()
    {
        const auto creator = wait<CreatorInfo>([&](auto done) { m_api->creatorInfo(done); });
        QVERIFY2(creator.ok(), qPrintable(creator.ok() ? QString() : creator.error().toString()));
        QVERIFY(creator->privacyLevelOptions.contains(QStringLiteral("PUBLIC_TO_EVERYONE")));

        const QString video = MediaFixtures::frameCoded(
            QStringLiteral("upload_720x1280.mp4"),
            {"-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"}, 60, 30, QSize(720, 1280));
        QVERIFY(!video.isEmpty());
        const auto plan = ChunkPlan::forFile(QFileInfo(video).size());
        QVERIFY(plan.ok());
        PostInfo post;
        post.title = QStringLiteral("Montaj end-to-end test #sandbox");
        post.privacyLevel = QStringLiteral("PUBLIC_TO_EVERYONE");
        const auto ticket = wait<UploadTicket>(
            [&](auto done) { m_api->initDirectPost(post, VideoSource::fileUpload(*plan), done); });
        QVERIFY2(ticket.ok(), qPrintable(ticket.ok() ? QString() : ticket.error().toString()));

        Uploader uploader(m_http.get());
        QSignalSpy uploaded(&uploader, &Uploader::finished);
        QSignalSpy uploadFailed(&uploader, &Uploader::failed);
        QVERIFY(uploader.start(*ticket, video, *plan).ok());
        QTRY_VERIFY_WITH_TIMEOUT(uploaded.count() + uploadFailed.count() > 0, 30000);
        QVERIFY2(uploadFailed.isEmpty(),
                 qPrintable(uploadFailed.isEmpty() ? QString()
                                                   : uploadFailed.first().first().value<Error>().toString()));

        PublishStatusPoller poller(m_api.get());
        poller.setInterval(std::chrono::milliseconds(2000));
        QSignalSpy done(&poller, &PublishStatusPoller::finished);
        QSignalSpy pollFailed(&poller, &PublishStatusPoller::failed);
        poller.start(ticket->publishId);
        QTRY_VERIFY_WITH_TIMEOUT(done.count() + pollFailed.count() > 0, 30000);
        QVERIFY2(pollFailed.isEmpty(),
                 qPrintable(pollFailed.isEmpty() ? QString()
                                                 : pollFailed.first().first().value<Error>().toString()));
        const auto status = done.first().first().value<PublishStatus>();
        QCOMPARE(status.state, PublishStatus::State::PublishComplete);
        QCOMPARE(status.uploadedBytes, QFileInfo(video).size());

        const auto videos = wait<VideoPage>([&](auto cb) {
            m_api->listVideos(
                0, 20, {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("create_time")}, cb);
        });
        QVERIFY2(videos.ok(), qPrintable(videos.ok() ? QString() : videos.error().toString()));
        bool found = false;
        for (const VideoItem &v : videos->videos)
            found = found || v.title == post.title;
        QVERIFY(found);
        if (!status.publicPostIds.isEmpty())
            QCOMPARE(status.publicPostIds.first().size(), 19);
    }

    void noTokenInLogsOrOnDisk()
    {
        for (const QString &line : g_log)
            QVERIFY2(!SecretRedactor::containsSecret(line), qPrintable(line));
        QDirIterator files(m_state.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains("act.") && !bytes.contains("rft."), qPrintable(f.fileName()));
        }
    }

    void cleanupTestCase()
    {
        m_api.reset();
        m_http.reset();
        m_server->stop();
        qInstallMessageHandler(g_previous);
    }
};

QTEST_GUILESS_MAIN(TestPlatformE2E)
#include "tst_platform_e2e.moc"
