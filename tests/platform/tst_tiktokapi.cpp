#include "core/platform/chunkplan.h"
#include "core/platform/memorytokenstore.h"
#include "core/platform/oauthlogin.h"
#include "core/platform/pkce.h"
#include "core/platform/platformerror.h"
#include "core/platform/scopereport.h"
#include "core/platform/tiktokapi.h"
#include "fakeplatform.h"
#include "platformtesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>

using namespace montaj;
using montaj::test::FakePlatform;
using montaj::test::StubReply;
using montaj::test::StubRequest;
using montaj::test::Waiter;

namespace {

QStringList g_log;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log << message;
}

const QUrl kRedirect(QStringLiteral("http://127.0.0.1:53682/callback/"));

QJsonObject jsonBody(const StubRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

} // namespace

class TestTikTokApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakePlatform> m_fake;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<MemoryTokenStore> m_store;
    std::unique_ptr<TikTokApi> m_api;
    QString m_code;
    QByteArray m_verifier;

    bool signIn(const QStringList &scopes = ScopeReport::allScopes())
    {
        const auto request = m_api->beginAuthorization(scopes, kRedirect);
        if (!request)
            return false;
        const QUrlQuery query(request->url);
        m_code = QStringLiteral("Code_%1*2!4133.va").arg(QString::fromLatin1(Pkce::generateState().left(20)));
        m_verifier = request->codeVerifier;
        m_fake->expectCode(m_code, query.queryItemValue("code_challenge").toLatin1());
        Waiter<AccountSession> session;
        m_api->exchangeCode(
            *request, OAuthCallback{m_code, ScopeReport::parseScopes(m_fake->grantedScopes), request->state},
            session.callback());
        return session.wait() && session->ok();
    }

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<FakePlatform>();
        QVERIFY(m_fake->start());
        m_fake->routes.insert("/v2/user/info/", [](const StubRequest &) {
            return FakePlatform::ok(
                "{\"user\":{\"open_id\":\"723f24d7-e717-40f8-a2b6-cb8464cd23b4\",\"display_name\":"
                "\"Demo\",\"follower_count\":1234567,\"is_verified\":true}}");
        });
        m_http = std::make_unique<HttpClient>();
        m_store = std::make_unique<MemoryTokenStore>();
        auto profile = PlatformProfile::load("sandbox", m_fake->baseUrl());
        QVERIFY(profile.ok());
        m_api =
            std::make_unique<TikTokApi>(*profile, ClientCredentials{m_fake->clientKey, m_fake->clientSecret},
                                        m_http.get(), m_store.get());
        m_api->setRetryPolicy(RetryPolicy{3, 10, 50});
    }

    void cleanup()
    {
        m_api.reset();
        m_http.reset();
        m_store.reset();
        m_fake.reset();
    }

    void authorizationUrlCarriesEveryParameter()
    {
        const auto request =
            m_api->beginAuthorization({"user.info.basic", "video.publish", "video.list"}, kRedirect);
        QVERIFY(request.ok());
        QCOMPARE(request->url.scheme(), QStringLiteral("http"));
        QCOMPARE(request->url.path(), QStringLiteral("/v2/auth/authorize/"));
        const QUrlQuery query(request->url);
        QCOMPARE(query.queryItemValue("client_key", QUrl::FullyDecoded), m_fake->clientKey);
        QCOMPARE(query.queryItemValue("scope", QUrl::FullyDecoded),
                 QStringLiteral("user.info.basic,video.publish,video.list"));
        QCOMPARE(query.queryItemValue("redirect_uri", QUrl::FullyDecoded), kRedirect.toString());
        QCOMPARE(query.queryItemValue("state", QUrl::FullyDecoded), request->state);
        QCOMPARE(query.queryItemValue("response_type"), QStringLiteral("code"));
        QCOMPARE(query.queryItemValue("code_challenge_method"), QStringLiteral("S256"));
        QCOMPARE(query.queryItemValue("code_challenge").toLatin1(), Pkce::challenge(request->codeVerifier));
        QCOMPARE(query.queryItemValue("code_challenge").size(), 64); // lowercase hex of SHA-256
        QVERIFY(!request->url.toString().contains(QString::fromLatin1(request->codeVerifier)));
        QVERIFY(
            request->url.toEncoded().contains("redirect_uri=http%3A%2F%2F127.0.0.1%3A53682%2Fcallback%2F"));
        QVERIFY(Pkce::isValidVerifier(request->codeVerifier));
        QVERIFY(request->state.size() >= 43);
        const auto again = m_api->beginAuthorization({"user.info.basic"}, kRedirect);
        QVERIFY(again->codeVerifier != request->codeVerifier); // new for every authorization
        QVERIFY(again->state != request->state);
    }

    void authorizationIsRefusedWhenItCannotBeSafe()
    {
        QCOMPARE(m_api->beginAuthorization({}, QUrl("http://192.168.1.5:8000/callback/")).error().code,
                 QStringLiteral("platform.redirect_uri_invalid"));
        QCOMPARE(m_api->beginAuthorization({}, QUrl("http://127.0.0.1/callback/")).error().code,
                 QStringLiteral("platform.redirect_uri_invalid")); // port required
        TikTokApi us(*PlatformProfile::load("tiktok-us"), {"k", "s"}, m_http.get(), m_store.get());
        QCOMPARE(us.beginAuthorization({}, kRedirect).error().code,
                 QStringLiteral("platform.profile_unconfigured"));
        TikTokApi noKey(m_api->profile(), {}, m_http.get(), m_store.get());
        QCOMPARE(noKey.beginAuthorization({}, kRedirect).error().code,
                 QStringLiteral("platform.client_key_missing"));
    }

    void exchangeStoresOnlyTheRefreshTokenAndRotates()
    {
        QSignalSpy changed(m_api.get(), &PlatformApi::sessionChanged);
        QVERIFY(signIn());
        QCOMPARE(m_fake->exchangeCalls, 1);
        QCOMPARE(m_fake->receivedCodes, QStringList{m_code});
        QCOMPARE(m_fake->receivedVerifiers, QStringList{QString::fromLatin1(m_verifier)});
        QCOMPARE(m_fake->lastRedirectUri, kRedirect.toString());
        const AccountSession session = m_api->session();
        QCOMPARE(session.openId, m_fake->openId);
        QCOMPARE(session.profileId, QStringLiteral("sandbox"));
        QVERIFY(session.accessExpiresAt > QDateTime::currentDateTimeUtc().addSecs(80000));
        QVERIFY(changed.count() >= 1);
        const auto stored = m_store->get("sandbox", m_fake->openId);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->refreshToken, m_fake->issuedRefresh.at(0));

        Waiter<AccountSession> refreshed;
        m_api->refreshSession(refreshed.callback());
        QVERIFY(refreshed.wait());
        QVERIFY(refreshed->ok());
        QCOMPARE(m_fake->issuedRefresh.size(), 2);
        QCOMPARE(m_store->get("sandbox", m_fake->openId)->refreshToken,
                 m_fake->issuedRefresh.at(1)); // newest
        // The old refresh token is dead at the server; ours still works because we kept the new one.
        Waiter<AccountSession> again;
        m_api->refreshSession(again.callback());
        QVERIFY(again.wait());
        QVERIFY(again->ok());
        QCOMPARE(m_store->get("sandbox", m_fake->openId)->refreshToken, m_fake->issuedRefresh.at(2));
    }

    void browserFlowThroughTheLoopbackListener()
    {
        // What the end-to-end test against the sandbox does: open the URL, follow the redirect.
        m_fake->grantedScopes = "user.info.basic,video.publish";
        OAuthLogin login(m_api.get());
        QSignalSpy signedIn(&login, &OAuthLogin::signedIn);
        QSignalSpy failed(&login, &OAuthLogin::failed);
        const auto url = login.start({"user.info.basic", "video.publish", "video.upload"});
        QVERIFY(url.ok());
        const QUrl redirect = login.redirectUri();
        QCOMPARE(QUrlQuery(*url).queryItemValue("redirect_uri", QUrl::FullyDecoded), redirect.toString());
        QNetworkAccessManager browser;
        browser.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *page = browser.get(QNetworkRequest(*url));
        QSignalSpy loaded(page, &QNetworkReply::finished);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page->url().port(), redirect.port()); // ended on the listener
        QCOMPARE(page->url().path(), QStringLiteral("/callback/"));
        QVERIFY(page->readAll().contains("You can close this tab"));
        page->deleteLater();
        QVERIFY(signedIn.count() == 1 || signedIn.wait(10000));
        QCOMPARE(failed.count(), 0);
        const auto session = signedIn.at(0).at(0).value<AccountSession>();
        QCOMPARE(session.openId, m_fake->openId);
        QCOMPARE(session.grantedScopes, QStringList({"user.info.basic", "video.publish"}));
        QVERIFY(ScopeReport::compare(session.requestedScopes, session.grantedScopes)
                    .allows(PlatformFeature::DirectPosting));
        QVERIFY(!ScopeReport::compare(session.requestedScopes, session.grantedScopes)
                     .allows(PlatformFeature::InboxDrafts));
        QCOMPARE(m_fake->receivedCodes, QStringList{m_fake->authorizeCode});
        QVERIFY(m_store->get("sandbox", m_fake->openId).has_value());
    }

    void codeIsSingleUseAndStateIsChecked()
    {
        const auto request = m_api->beginAuthorization({}, kRedirect);
        m_fake->expectCode("c1", {});
        Waiter<AccountSession> forged;
        m_api->exchangeCode(*request, OAuthCallback{"c1", {}, "not-the-state"}, forged.callback());
        QVERIFY(forged.wait());
        QCOMPARE(forged->error().code, QStringLiteral("platform.oauth_state_mismatch"));
        QCOMPARE(m_fake->exchangeCalls, 0); // refused before anything was sent
        Waiter<AccountSession> wrongCode;
        m_api->exchangeCode(*request, OAuthCallback{"c2", {}, request->state}, wrongCode.callback());
        QVERIFY(wrongCode.wait());
        QCOMPARE(wrongCode->error().code, QStringLiteral("platform.oauth_invalid_grant"));
        QCOMPARE(PlatformError::actionOf(wrongCode->error()), RecoveryAction::Permanent);
        QVERIFY(!m_api->session().isSignedIn());
    }

    void partialScopesAreExplained()
    {
        m_fake->grantedScopes = "user.info.basic,video.list";
        QVERIFY(signIn());
        const AccountSession session = m_api->session();
        QCOMPARE(session.grantedScopes, QStringList({"user.info.basic", "video.list"}));
        const ScopeReport report = ScopeReport::compare(session.requestedScopes, session.grantedScopes);
        QVERIFY(!report.isComplete());
        QVERIFY(!report.allows(PlatformFeature::DirectPosting));
        QVERIFY(!report.allows(PlatformFeature::InboxDrafts));
        QVERIFY(report.allows(PlatformFeature::HistoryAndReach));
        QVERIFY(report.explanation().contains("video.publish"));
    }

    void refreshesOnceOnAccessTokenInvalid()
    {
        QVERIFY(signIn());
        m_fake->invalidateAccessToken();
        Waiter<UserInfo> user;
        m_api->userInfo({"open_id", "display_name", "follower_count"}, user.callback());
        QVERIFY(user.wait());
        QVERIFY2(user->ok(), user->ok() ? "" : qPrintable(user->error().toString()));
        QCOMPARE((*user)->displayName, QStringLiteral("Demo"));
        QCOMPARE((*user)->followerCount, qint64(1234567));
        QVERIFY((*user)->isVerified);
        QCOMPARE(m_fake->refreshCalls, 1);
        QCOMPARE(m_fake->refusedBearer, 1);
        QCOMPARE(m_api->refreshCount(), 1);
        const StubRequest sent = m_fake->server.requests().last();
        QCOMPARE(sent.method, QByteArray("GET"));
        QCOMPARE(sent.query.queryItemValue("fields"), QStringLiteral("open_id,display_name,follower_count"));
    }

    void oneRefreshInFlightForManyCalls()
    {
        QVERIFY(signIn());
        m_fake->invalidateAccessToken();
        std::vector<std::unique_ptr<Waiter<UserInfo>>> waiters;
        for (int i = 0; i < 6; ++i) {
            waiters.push_back(std::make_unique<Waiter<UserInfo>>());
            m_api->userInfo({}, waiters.back()->callback());
        }
        for (auto &waiter : waiters) {
            QVERIFY(waiter->wait());
            QVERIFY(waiter->result->ok());
            QCOMPARE(waiter->calls, 1);
        }
        QCOMPARE(m_fake->refreshCalls, 1); // six refusals, one shared refresh
        QCOMPARE(m_fake->issuedRefresh.size(), 2);
    }

    void refreshesAheadOfExpiry()
    {
        m_fake->accessLifetimeSec = 2; // refreshed 1 s ahead (half the lifetime)
        QVERIFY(signIn());
        Waiter<UserInfo> first;
        m_api->userInfo({}, first.callback());
        QVERIFY(first.wait());
        QVERIFY(first->ok());
        QCOMPARE(m_fake->refreshCalls, 0);
        QTest::qWait(1100);
        Waiter<UserInfo> second;
        m_api->userInfo({}, second.callback());
        QVERIFY(second.wait());
        QVERIFY(second->ok());
        QCOMPARE(m_fake->refreshCalls, 1);
        QCOMPARE(m_fake->refusedBearer, 0); // refreshed before the server had to refuse anything
    }

    void deadRefreshTokenAsksForSignIn()
    {
        QVERIFY(signIn());
        m_fake->currentRefresh = "rft.revoked";
        m_fake->invalidateAccessToken();
        QSignalSpy signInRequired(m_api.get(), &PlatformApi::signInRequired);
        Waiter<UserInfo> user;
        m_api->userInfo({}, user.callback());
        QVERIFY(user.wait());
        QCOMPARE(user->error().code, QStringLiteral("platform.oauth_invalid_grant"));
        QCOMPARE(signInRequired.count(), 1);
    }

    void restoresFromTheStore()
    {
        QVERIFY(signIn());
        // A new process: new API object, same store.
        TikTokApi restored(m_api->profile(), {m_fake->clientKey, m_fake->clientSecret}, m_http.get(),
                           m_store.get());
        m_api.reset();
        Waiter<AccountSession> session;
        restored.restoreSession(m_fake->openId, session.callback());
        QVERIFY(session.wait());
        QVERIFY(session->ok());
        QCOMPARE((*session)->openId, m_fake->openId);
        QCOMPARE(m_store->get("sandbox", m_fake->openId)->refreshToken, m_fake->currentRefresh);
        Waiter<AccountSession> unknown;
        restored.restoreSession("nobody", unknown.callback());
        QVERIFY(unknown.wait());
        QCOMPARE(unknown->error().code, QStringLiteral("platform.not_signed_in"));
        Waiter<void> out;
        restored.signOut(out.callback());
        QVERIFY(out.wait());
        QVERIFY(!m_store->get("sandbox", m_fake->openId).has_value());
        QVERIFY(!restored.session().isSignedIn());
    }

    void creatorInfoAndRefusalWithHttp200()
    {
        QVERIFY(signIn());
        m_fake->routes.insert("/v2/post/publish/creator_info/query/", [](const StubRequest &) {
            return FakePlatform::ok(
                "{\"creator_username\":\"demo\",\"creator_nickname\":\"Demo\","
                "\"privacy_level_options\":[\"PUBLIC_TO_EVERYONE\",\"MUTUAL_FOLLOW_FRIENDS\",\"SELF_ONLY\"],"
                "\"comment_disabled\":false,\"duet_disabled\":true,\"stitch_disabled\":false,"
                "\"max_video_post_duration_sec\":600}");
        });
        Waiter<CreatorInfo> info;
        m_api->creatorInfo(info.callback());
        QVERIFY(info.wait());
        QVERIFY(info->ok());
        QCOMPARE((*info)->privacyLevelOptions.size(), 3);
        QVERIFY((*info)->duetDisabled);
        QCOMPARE((*info)->maxVideoPostDurationSec, 600);

        m_fake->routes.insert("/v2/post/publish/creator_info/query/", [](const StubRequest &) {
            return FakePlatform::refusal(200, "spam_risk_too_many_posts");
        });
        Waiter<CreatorInfo> refused;
        m_api->creatorInfo(refused.callback());
        QVERIFY(refused.wait());
        QCOMPARE(refused->error().code, QStringLiteral("platform.spam_risk_too_many_posts"));
        QCOMPARE(refused->error().context.value("http_status").toInt(), 200);
    }

    void directPostInitSendsTheContractShape()
    {
        QVERIFY(signIn());
        m_fake->routes.insert("/v2/post/publish/video/init/", [](const StubRequest &) {
            return FakePlatform::ok("{\"publish_id\":\"v_pub_file~v2-1.7345678901234567891\",\"upload_url\":"
                                    "\"https://upload.example/video/?upload_id=7345678901234567891\"}");
        });
        PostInfo post;
        Waiter<UploadTicket> refused;
        m_api->initDirectPost(post, VideoSource::fileUpload(*ChunkPlan::forFile(50000123, 10000000)),
                              refused.callback());
        QVERIFY(refused.wait());
        QCOMPARE(refused->error().code, QStringLiteral("platform.post_privacy_required"));
        QCOMPARE(m_fake->server.requestCount("/v2/post/publish/video/init/"), 0);

        post.privacyLevel = "SELF_ONLY";
        post.title = "Caption #montaj";
        post.disableDuet = true;
        post.isAigc = true;
        Waiter<UploadTicket> ticket;
        m_api->initDirectPost(post, VideoSource::fileUpload(*ChunkPlan::forFile(50000123, 10000000)),
                              ticket.callback());
        QVERIFY(ticket.wait());
        QVERIFY(ticket->ok());
        QCOMPARE((*ticket)->publishId, QStringLiteral("v_pub_file~v2-1.7345678901234567891"));
        QCOMPARE((*ticket)->uploadUrl.host(), QStringLiteral("upload.example"));
        const QJsonObject body = jsonBody(m_fake->server.requests().last());
        const QJsonObject postInfo = body.value("post_info").toObject();
        QCOMPARE(postInfo.value("privacy_level").toString(), QStringLiteral("SELF_ONLY"));
        QCOMPARE(postInfo.value("title").toString(), QStringLiteral("Caption #montaj"));
        QCOMPARE(postInfo.value("disable_duet").toBool(), true);
        QCOMPARE(postInfo.value("disable_comment").toBool(), false);
        QCOMPARE(postInfo.value("is_aigc").toBool(), true);
        const QJsonObject source = body.value("source_info").toObject();
        QCOMPARE(source.value("source").toString(), QStringLiteral("FILE_UPLOAD"));
        QCOMPARE(source.value("video_size").toInteger(), qint64(50000123));
        QCOMPARE(source.value("chunk_size").toInteger(), qint64(10000000));
        QCOMPARE(source.value("total_chunk_count").toInteger(), qint64(5));
    }

    void initIsNotRetriedButRateLimitsAre()
    {
        QVERIFY(signIn());
        int inits = 0;
        m_fake->routes.insert("/v2/post/publish/inbox/video/init/", [&inits](const StubRequest &) {
            ++inits;
            return FakePlatform::refusal(500, "internal_error");
        });
        Waiter<UploadTicket> failed;
        m_api->initInboxUpload(VideoSource::fileUpload(*ChunkPlan::forFile(4000000)), failed.callback());
        QVERIFY(failed.wait());
        QCOMPARE(failed->error().code, QStringLiteral("platform.internal_error"));
        QCOMPARE(inits, 1); // may have created a publish: not sent twice

        int statusCalls = 0;
        m_fake->routes.insert("/v2/post/publish/status/fetch/", [&statusCalls](const StubRequest &request) {
            if (++statusCalls == 1) {
                StubReply reply = FakePlatform::refusal(429, "rate_limit_exceeded");
                reply.addHeader("Retry-After", "0");
                return reply;
            }
            const QString id = QJsonDocument::fromJson(request.body).object().value("publish_id").toString();
            return FakePlatform::ok(
                "{\"status\":\"PUBLISH_COMPLETE\",\"publicaly_available_post_id\":[7345678901234567899],"
                "\"uploaded_bytes\":4000000,\"echo\":\""
                + id.toUtf8() + "\"}");
        });
        Waiter<PublishStatus> status;
        m_api->fetchStatus("v_inbox_file~v2.123", status.callback());
        QVERIFY(status.wait());
        QVERIFY(status->ok());
        QCOMPARE(statusCalls, 2);
        QCOMPARE((*status)->state, PublishStatus::State::PublishComplete);
        QCOMPARE((*status)->publicPostIds, QStringList{"7345678901234567899"});
        QCOMPARE((*status)->uploadedBytes, qint64(4000000));
    }

    void videoListKeepsPagingWhileHasMore()
    {
        QVERIFY(signIn());
        QList<qint64> cursors;
        m_fake->routes.insert("/v2/video/list/", [&cursors](const StubRequest &request) {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            const qint64 cursor = body.value("cursor").toInteger(0);
            cursors << cursor;
            if (body.value("max_count").toInt() > 20)
                return FakePlatform::refusal(400, "invalid_params");
            if (cursor == 0) // a short page although more remain
                return FakePlatform::ok("{\"videos\":[{\"id\":\"7345678901234567001\",\"view_count\":10},"
                                        "{\"id\":7345678901234567002,\"view_count\":20}],"
                                        "\"cursor\":1700000000000,\"has_more\":true}");
            if (cursor == 1700000000000)
                return FakePlatform::ok(
                    "{\"videos\":[{\"id\":\"7345678901234567003\",\"create_time\":1690000000}],"
                    "\"cursor\":1690000000000,\"has_more\":true}");
            return FakePlatform::ok("{\"videos\":[{\"id\":\"7345678901234567004\",\"like_count\":5}],"
                                    "\"cursor\":1680000000000,\"has_more\":false}");
        });
        Waiter<QList<VideoItem>> all;
        m_api->listAllVideos({}, 0, all.callback());
        QVERIFY(all.wait());
        QVERIFY(all->ok());
        QCOMPARE((*all)->size(), 4);
        QCOMPARE((*all)->at(0).id, QStringLiteral("7345678901234567001"));
        QCOMPARE((*all)->at(1).id, QStringLiteral("7345678901234567002")); // a JSON number, kept exact
        QCOMPARE((*all)->at(1).viewCount, qint64(20));
        QCOMPARE((*all)->at(2).createTime, qint64(1690000000));
        QCOMPARE((*all)->at(3).likeCount, qint64(5));
        QCOMPARE(cursors, QList<qint64>({0, 1700000000000, 1690000000000}));
        QVERIFY(m_fake->server.requests().last().query.queryItemValue("fields").contains("view_count"));

        Waiter<QList<VideoItem>> capped;
        cursors.clear();
        m_api->listAllVideos({"id"}, 2, capped.callback());
        QVERIFY(capped.wait());
        QCOMPARE((*capped)->size(), 2);
        QCOMPARE(cursors.size(), 1);
    }

    void videoQuery()
    {
        QVERIFY(signIn());
        m_fake->routes.insert("/v2/video/query/", [](const StubRequest &request) {
            const QJsonArray ids = QJsonDocument::fromJson(request.body)
                                       .object()
                                       .value("filters")
                                       .toObject()
                                       .value("video_ids")
                                       .toArray();
            QByteArray videos;
            for (const QJsonValue &id : ids)
                videos +=
                    (videos.isEmpty() ? "" : ",") + QByteArray("{\"id\":\"") + id.toString().toUtf8() + "\"}";
            return FakePlatform::ok("{\"videos\":[" + videos + "]}");
        });
        Waiter<QList<VideoItem>> found;
        m_api->queryVideos({"7345678901234567001", "7345678901234567002"}, {"id", "view_count"},
                           found.callback());
        QVERIFY(found.wait());
        QCOMPARE((*found)->size(), 2);
        QCOMPARE((*found)->at(1).id, QStringLiteral("7345678901234567002"));
        QStringList many;
        for (int i = 0; i < 21; ++i)
            many << QString::number(7345678901234567000LL + i);
        Waiter<QList<VideoItem>> tooMany;
        m_api->queryVideos(many, {}, tooMany.callback());
        QVERIFY(tooMany.wait());
        QCOMPARE(tooMany->error().code, QStringLiteral("platform.too_many_video_ids"));
    }

    void noTokenEverReachesTheLog()
    {
        g_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        QLoggingCategory::setFilterRules(QStringLiteral("montaj.*=true"));
        bool signedIn = signIn();
        Waiter<AccountSession> refreshed;
        m_api->refreshSession(refreshed.callback());
        refreshed.wait();
        m_fake->invalidateAccessToken();
        Waiter<UserInfo> user;
        m_api->userInfo({}, user.callback());
        user.wait();
        m_fake->currentRefresh = "rft.ServerForgotThisOne_0123456789abcdef";
        m_fake->invalidateAccessToken();
        Waiter<UserInfo> failing;
        m_api->userInfo({}, failing.callback());
        failing.wait();
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QVERIFY(signedIn);
        QVERIFY(refreshed->ok());
        QVERIFY(user->ok());
        QVERIFY(!failing->ok());
        QVERIFY(m_fake->issuedAccess.size() >= 3);
        const QString log = g_log.join('\n');
        QVERIFY2(log.contains("POST /v2/oauth/token/ -> 200"), qPrintable(log));
        QVERIFY2(log.contains("refreshing the access token"), qPrintable(log));
        QStringList secrets = m_fake->issuedAccess + m_fake->issuedRefresh;
        secrets << m_code << QString::fromLatin1(m_verifier) << m_fake->clientSecret
                << m_fake->currentRefresh;
        for (const QString &secret : std::as_const(secrets)) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!log.contains(secret), qPrintable("leaked: " + secret.left(8)));
            QVERIFY2(!log.contains(secret.mid(4, 20)), qPrintable("partly leaked: " + secret.left(8)));
        }
    }
};

QTEST_GUILESS_MAIN(TestTikTokApi)
#include "tst_tiktokapi.moc"
