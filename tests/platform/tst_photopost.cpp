// TikTokApi::initPhotoPost and PULL_FROM_URL video init against a stand-in platform: the contract's
// content/init body, the rules checked before anything is sent (photo count, cover, title and
// description limits, privacy, https-only with the sandbox's own http origin as the one exception),
// and the answers (a publish id without upload URL; url_ownership_unverified with HTTP 200).

#include "core/platform/memorytokenstore.h"
#include "core/platform/platformerror.h"
#include "core/platform/postrules.h"
#include "fakesignin.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace montaj;
using montaj::test::FakePlatform;
using montaj::test::StubReply;
using montaj::test::StubRequest;
using montaj::test::Waiter;

namespace {

const QString kContentInit = QStringLiteral("/v2/post/publish/content/init/");

QJsonObject lastBody(const FakePlatform &fake)
{
    return QJsonDocument::fromJson(fake.server.requests().last().body).object();
}

} // namespace

class TestPhotoPost : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakePlatform> m_fake;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<MemoryTokenStore> m_store;
    std::unique_ptr<TikTokApi> m_api;

    PhotoPost photos(int count) const
    {
        PhotoPost post;
        post.privacyLevel = "PUBLIC_TO_EVERYONE";
        post.title = "Market day";
        post.description = "Three stalls, one morning #montaj";
        for (int i = 0; i < count; ++i)
            post.photoUrls << QUrl(QString("https://media.example.com/set/%1.jpg").arg(i));
        return post;
    }
    QString initError(const PhotoPost &post)
    {
        Waiter<UploadTicket> ticket;
        m_api->initPhotoPost(post, ticket.callback());
        if (!ticket.wait())
            return "timeout";
        return ticket->ok() ? QString("ok") : ticket->error().code;
    }

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<FakePlatform>();
        QVERIFY(m_fake->start());
        m_fake->routes.insert(kContentInit, [](const StubRequest &) {
            return FakePlatform::ok("{\"publish_id\":\"p_pub_url~v2.7345678901234567891\"}");
        });
        m_fake->routes.insert("/v2/post/publish/video/init/", [](const StubRequest &) {
            return FakePlatform::ok("{\"publish_id\":\"v_pub_url~v2.7345678901234567892\"}");
        });
        m_http = std::make_unique<HttpClient>();
        m_store = std::make_unique<MemoryTokenStore>();
        auto profile = PlatformProfile::load("sandbox", m_fake->baseUrl());
        QVERIFY(profile.ok());
        m_api =
            std::make_unique<TikTokApi>(*profile, ClientCredentials{m_fake->clientKey, m_fake->clientSecret},
                                        m_http.get(), m_store.get());
        m_api->setRetryPolicy(RetryPolicy{3, 10, 50});
        QVERIFY(test::signInToFake(*m_api, *m_fake));
    }

    void cleanup()
    {
        m_api.reset();
        m_http.reset();
        m_store.reset();
        m_fake.reset();
    }

    void directPhotoPostSendsTheContractShape()
    {
        PhotoPost post = photos(3);
        post.coverIndex = 2;
        post.disableComment = true;
        post.autoAddMusic = true;
        Waiter<UploadTicket> ticket;
        m_api->initPhotoPost(post, ticket.callback());
        QVERIFY(ticket.wait());
        QVERIFY2(ticket->ok(), qPrintable(ticket->ok() ? QString() : ticket->error().toString()));
        QCOMPARE((*ticket)->publishId, QString("p_pub_url~v2.7345678901234567891"));
        QVERIFY((*ticket)->uploadUrl.isEmpty());
        const QJsonObject body = lastBody(*m_fake);
        QCOMPARE(body.value("media_type").toString(), QString("PHOTO"));
        QCOMPARE(body.value("post_mode").toString(), QString("DIRECT_POST"));
        const QJsonObject info = body.value("post_info").toObject();
        QCOMPARE(info.value("title").toString(), QString("Market day"));
        QCOMPARE(info.value("description").toString(), QString("Three stalls, one morning #montaj"));
        QCOMPARE(info.value("privacy_level").toString(), QString("PUBLIC_TO_EVERYONE"));
        QCOMPARE(info.value("disable_comment").toBool(), true);
        QCOMPARE(info.value("auto_add_music").toBool(), true);
        QCOMPARE(info.value("brand_content_toggle").toBool(), false);
        const QJsonObject source = body.value("source_info").toObject();
        QCOMPARE(source.value("source").toString(), QString("PULL_FROM_URL"));
        QCOMPARE(source.value("photo_cover_index").toInt(), 2);
        QCOMPARE(source.value("photo_images").toArray(),
                 (QJsonArray{"https://media.example.com/set/0.jpg", "https://media.example.com/set/1.jpg",
                             "https://media.example.com/set/2.jpg"}));
        QCOMPARE(m_fake->server.requests().last().header("authorization").left(11),
                 QByteArray("Bearer act."));
    }

    void mediaUploadLeavesThePrivacyOut()
    {
        PhotoPost post = photos(1);
        post.mode = PhotoPost::Mode::MediaUpload;
        post.privacyLevel.clear();
        QCOMPARE(initError(post), QString("ok"));
        const QJsonObject body = lastBody(*m_fake);
        QCOMPARE(body.value("post_mode").toString(), QString("MEDIA_UPLOAD"));
        QVERIFY(!body.value("post_info").toObject().contains("privacy_level"));
    }

    void rulesAreCheckedBeforeSending_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("cover");
        QTest::addColumn<int>("title");
        QTest::addColumn<int>("description");
        QTest::addColumn<QString>("privacy");
        QTest::addColumn<bool>("branded");
        QTest::addColumn<QString>("code");
        QTest::newRow("35 photos, 90 + 4000") << 35 << 34 << 90 << 4000 << "SELF_ONLY" << false << "ok";
        QTest::newRow("36 photos") << 36 << 0 << 5 << 5 << "SELF_ONLY" << false
                                   << "platform.photo_count_invalid";
        QTest::newRow("no photos") << 0 << 0 << 5 << 5 << "SELF_ONLY" << false
                                   << "platform.photo_count_invalid";
        QTest::newRow("cover past the end")
            << 2 << 2 << 5 << 5 << "SELF_ONLY" << false << "platform.photo_cover_invalid";
        QTest::newRow("title 91") << 1 << 0 << 91 << 5 << "SELF_ONLY" << false
                                  << "platform.post_title_too_long";
        QTest::newRow("description 4001")
            << 1 << 0 << 5 << 4001 << "SELF_ONLY" << false << "platform.post_description_too_long";
        QTest::newRow("no privacy") << 1 << 0 << 5 << 5 << "" << false << "platform.post_privacy_required";
        QTest::newRow("branded only me")
            << 1 << 0 << 5 << 5 << "SELF_ONLY" << true << "platform.post_branded_private";
    }

    void rulesAreCheckedBeforeSending()
    {
        QFETCH(int, count);
        QFETCH(int, cover);
        QFETCH(int, title);
        QFETCH(int, description);
        QFETCH(QString, privacy);
        QFETCH(bool, branded);
        QFETCH(QString, code);
        PhotoPost post = photos(count);
        post.coverIndex = cover;
        post.title = QString(title, u'é');
        post.description = QString(description, u'x');
        post.privacyLevel = privacy;
        post.brandContentToggle = branded;
        QCOMPARE(initError(post), code);
        QCOMPARE(m_fake->server.requestCount(kContentInit), code == "ok" ? 1 : 0);
    }

    void httpOnlyOnTheSandboxOrigin()
    {
        PhotoPost post = photos(1);
        post.photoUrls = {
            m_fake->baseUrl().resolved(QUrl("/media/verified/a.jpg"))}; // the sandbox's own host
        QCOMPARE(initError(post), QString("ok"));
        post.photoUrls = {QUrl("http://media.example.com/a.jpg")};
        QCOMPARE(initError(post), QString("platform.pull_url_not_https"));
        QUrl otherPort = m_fake->baseUrl();
        otherPort.setPort(otherPort.port() + 1);
        post.photoUrls = {otherPort.resolved(QUrl("/media/verified/a.jpg"))};
        QCOMPARE(initError(post), QString("platform.pull_url_not_https"));
        QCOMPARE(m_fake->server.requestCount(kContentInit), 1);

        // A real platform profile has no exception at all.
        const MediaLimits limits = m_api->profile().mediaLimits();
        post.photoUrls = {m_fake->baseUrl().resolved(QUrl("/media/verified/a.jpg"))};
        QCOMPARE(PostRules::checkPhotoPost(post, limits).error().code,
                 QString("platform.pull_url_not_https"));
        QVERIFY(PostRules::checkPhotoPost(post, limits, nullptr, m_fake->baseUrl()).ok());
    }

    void unverifiedUrlIsARefusalWithHttp200()
    {
        m_fake->routes.insert(kContentInit, [](const StubRequest &) {
            return FakePlatform::refusal(200, "url_ownership_unverified");
        });
        Waiter<UploadTicket> ticket;
        m_api->initPhotoPost(photos(2), ticket.callback());
        QVERIFY(ticket.wait());
        QCOMPARE(ticket->error().code, QString("platform.url_ownership_unverified"));
        QCOMPARE(ticket->error().context.value("http_status").toInt(), 200);
        QCOMPARE(PlatformError::actionOf(ticket->error()), RecoveryAction::Permanent);
        QCOMPARE(m_fake->server.requestCount(kContentInit), 1); // not retried
    }

    void videoPullFromUrl()
    {
        PostInfo post;
        post.privacyLevel = "SELF_ONLY";
        const QUrl url = m_fake->baseUrl().resolved(QUrl("/media/verified/clip.mp4"));
        Waiter<UploadTicket> ticket;
        m_api->initDirectPost(post, VideoSource::pullFromUrl(url), ticket.callback());
        QVERIFY(ticket.wait());
        QVERIFY(ticket->ok());
        QCOMPARE((*ticket)->publishId, QString("v_pub_url~v2.7345678901234567892"));
        QVERIFY((*ticket)->uploadUrl.isEmpty());
        const QJsonObject source = lastBody(*m_fake).value("source_info").toObject();
        QCOMPARE(source, (QJsonObject{{"source", "PULL_FROM_URL"}, {"video_url", url.toString()}}));

        Waiter<UploadTicket> plainHttp;
        m_api->initDirectPost(post, VideoSource::pullFromUrl(QUrl("http://cdn.example.com/v.mp4")),
                              plainHttp.callback());
        QVERIFY(plainHttp.wait());
        QCOMPARE(plainHttp->error().code, QString("platform.pull_url_not_https"));
    }

    void photoPullFailureIsTyped()
    {
        QCOMPARE(PlatformError::kindForFailReason(u"photo_pull_failed"), PlatformErrorKind::FailPhotoPull);
        QCOMPARE(PlatformError::codeFor(PlatformErrorKind::FailPhotoPull),
                 QString("platform.photo_pull_failed"));
        QVERIFY(!PlatformError::messageFor(PlatformErrorKind::FailPhotoPull).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPhotoPost)
#include "tst_photopost.moc"
