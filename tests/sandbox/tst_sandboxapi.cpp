// The v2 envelope and every error code with its HTTP status, including the refusals that come with
// HTTP 200; per-token sliding-minute rate limits with Retry-After; creator_info per account.

#include "tests/sandbox/sandboxtestkit.h"

#include <QJsonArray>
#include <QTest>

using namespace montaj;
using namespace montaj::test;

namespace {

QJsonObject directPost(const QJsonObject &postInfo, qint64 size = 1000000)
{
    return {{"post_info", postInfo},
            {"source_info", QJsonObject{{"source", "FILE_UPLOAD"},
                                        {"video_size", size},
                                        {"chunk_size", size},
                                        {"total_chunk_count", 1}}}};
}

} // namespace

class TestSandboxApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    Tokens m_all;

private Q_SLOTS:
    void init()
    {
        m_server = startSandbox(quickOptions());
        QVERIFY(m_server);
        m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
        m_all = m_client->loginAuto(kAllScopes);
        QVERIFY(!m_all.accessToken.isEmpty());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void envelopeShape()
    {
        const HttpResult ok = m_client->get("/v2/user/info/?fields=open_id", m_all.accessToken);
        QCOMPARE(ok.status, 200);
        const QJsonObject error = ok.json().value("error").toObject();
        QCOMPARE(error.value("code").toString(), QString("ok"));
        QCOMPARE(error.value("message").toString(), QString(""));
        const QString logId = error.value("log_id").toString();
        QVERIFY(logId.size() >= 30);
        QCOMPARE(ok.header("X-Tt-Logid"), logId.toLatin1());
        QVERIFY(ok.json().value("data").isObject());
        QCOMPARE(ok.data().value("user").toObject().keys(), QStringList({"open_id"}));
    }

    void errorCodesAndStatuses_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("token"); // "all", "none", "garbage", "basic"
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("no token") << "GET"
                                  << "/v2/user/info/?fields=open_id" << QByteArray() << "none" << 401
                                  << "access_token_invalid";
        QTest::newRow("garbage token")
            << "POST"
            << "/v2/video/list/?fields=id" << QByteArray("{}") << "garbage" << 401 << "access_token_invalid";
        QTest::newRow("stats without scope") << "GET"
                                             << "/v2/user/info/?fields=open_id,follower_count" << QByteArray()
                                             << "basic" << 401 << "scope_not_authorized";
        QTest::newRow("list without scope")
            << "POST"
            << "/v2/video/list/?fields=id" << QByteArray("{}") << "basic" << 401 << "scope_not_authorized";
        QTest::newRow("publish without scope")
            << "POST"
            << "/v2/post/publish/video/init/" << QByteArray("{}") << "basic" << 401 << "scope_not_authorized";
        QTest::newRow("no fields") << "GET"
                                   << "/v2/user/info/" << QByteArray() << "all" << 400 << "invalid_params";
        QTest::newRow("unknown field")
            << "GET"
            << "/v2/user/info/?fields=open_id,password" << QByteArray() << "all" << 400 << "invalid_params";
        QTest::newRow("max_count 21") << "POST"
                                      << "/v2/video/list/?fields=id" << QByteArray("{\"max_count\":21}")
                                      << "all" << 400 << "invalid_params";
        QTest::newRow("cursor text") << "POST"
                                     << "/v2/video/list/?fields=id" << QByteArray("{\"cursor\":\"x\"}")
                                     << "all" << 400 << "invalid_params";
        QTest::newRow("not json") << "POST"
                                  << "/v2/post/publish/video/init/" << QByteArray("{oops") << "all" << 400
                                  << "invalid_params";
        QTest::newRow("21 ids")
            << "POST"
            << "/v2/video/query/?fields=id"
            << QByteArray("{\"filters\":{\"video_ids\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\","
                          "\"8\",\"9\",\"10\",\"11\",\"12\",\"13\",\"14\",\"15\",\"16\",\"17\","
                          "\"18\",\"19\",\"20\",\"21\"]}}")
            << "all" << 400 << "invalid_params";
        QTest::newRow("status unknown id")
            << "POST"
            << "/v2/post/publish/status/fetch/" << QByteArray("{\"publish_id\":\"v_pub_file~v2.1\"}") << "all"
            << 400 << "invalid_params";
        QTest::newRow("unknown endpoint")
            << "GET"
            << "/v2/nothing/here/" << QByteArray() << "all" << 404 << "not_found";
    }

    void errorCodesAndStatuses()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, token);
        QFETCH(int, status);
        QFETCH(QString, code);
        QString bearer;
        if (token == "all")
            bearer = m_all.accessToken;
        else if (token == "garbage")
            bearer = "act.notatoken!1234.va";
        else if (token == "basic")
            bearer = m_client->loginAuto({"user.info.basic"}).accessToken;
        QNetworkRequest request(m_server->baseUrl().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json; charset=UTF-8");
        if (!bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
        const HttpResult result = m_client->send(request, method.toLatin1(), body);
        QCOMPARE(result.status, status);
        QCOMPARE(result.code(), code);
        QVERIFY(!result.json().value("error").toObject().value("message").toString().isEmpty());
        QVERIFY(!result.json().value("error").toObject().value("log_id").toString().isEmpty());
    }

    void postInfoValidation_data()
    {
        QTest::addColumn<QJsonObject>("postInfo");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString emoji = QString::fromUtf8("\xF0\x9F\x8E\xAC"); // 2 UTF-16 units
        QTest::newRow("ok") << QJsonObject{{"title", "hi"}, {"privacy_level", "SELF_ONLY"}} << 200 << "ok";
        QTest::newRow("no privacy") << QJsonObject{{"title", "hi"}} << 400 << "invalid_params";
        QTest::newRow("2200 units") << QJsonObject{{"title", emoji.repeated(1100)},
                                                   {"privacy_level", "SELF_ONLY"}}
                                    << 200 << "ok";
        QTest::newRow("2201 units") << QJsonObject{{"title", QString(emoji.repeated(1100) + "x")},
                                                   {"privacy_level", "SELF_ONLY"}}
                                    << 400 << "invalid_params";
        QTest::newRow("branded private")
            << QJsonObject{{"privacy_level", "SELF_ONLY"}, {"brand_content_toggle", true}} << 400
            << "invalid_params";
        QTest::newRow("branded public")
            << QJsonObject{{"privacy_level", "PUBLIC_TO_EVERYONE"}, {"brand_content_toggle", true}} << 200
            << "ok";
        QTest::newRow("flag not bool")
            << QJsonObject{{"privacy_level", "SELF_ONLY"}, {"disable_comment", "yes"}} << 400
            << "invalid_params";
        QTest::newRow("not an option") << QJsonObject{{"privacy_level", "FOLLOWER_OF_CREATOR"}} << 200
                                       << "privacy_level_option_mismatch";
        QTest::newRow("made up level")
            << QJsonObject{{"privacy_level", "EVERYONE"}} << 200 << "privacy_level_option_mismatch";
    }

    void postInfoValidation()
    {
        QFETCH(QJsonObject, postInfo);
        QFETCH(int, status);
        QFETCH(QString, code);
        const HttpResult result =
            m_client->postJson("/v2/post/publish/video/init/", directPost(postInfo), m_all.accessToken);
        QCOMPARE(result.status, status);
        QCOMPARE(result.code(), code);
        QCOMPARE(result.data().contains("publish_id"), code == "ok");
    }

    void refusalsWithHttp200()
    {
        // Too many posts: a tighter daily limit.
        SandboxOptions options = quickOptions();
        options.maxDirectPostsPerDay = 2;
        auto server = startSandbox(options);
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        const Tokens tokens = client.loginAuto(kAllScopes);
        const QJsonObject post = directPost({{"privacy_level", "PUBLIC_TO_EVERYONE"}});
        QCOMPARE(client.postJson("/v2/post/publish/video/init/", post, tokens.accessToken).code(),
                 QString("ok"));
        QCOMPARE(client.postJson("/v2/post/publish/video/init/", post, tokens.accessToken).code(),
                 QString("ok"));
        HttpResult third = client.postJson("/v2/post/publish/video/init/", post, tokens.accessToken);
        QCOMPARE(third.status, 200);
        QCOMPARE(third.code(), QString("spam_risk_too_many_posts"));
        QVERIFY(!third.data().contains("publish_id"));
        server->advanceClock(24LL * 3600 * 1000 + 1000); // a day later (and a refreshed token)
        const Tokens later = SandboxTestClient::tokensOf(client.refresh(tokens.refreshToken));
        QCOMPARE(client.postJson("/v2/post/publish/video/init/", post, later.accessToken).code(),
                 QString("ok"));

        // PULL_FROM_URL from a URL nobody verified.
        const HttpResult pull =
            client.postJson("/v2/post/publish/video/init/",
                            {{"post_info", QJsonObject{{"privacy_level", "SELF_ONLY"}}},
                             {"source_info", QJsonObject{{"source", "PULL_FROM_URL"},
                                                         {"video_url", "https://example.com/v.mp4"}}}},
                            later.accessToken);
        QCOMPARE(pull.status, 200);
        QCOMPARE(pull.code(), QString("url_ownership_unverified"));
    }

    void unauditedClient()
    {
        SandboxOptions options = quickOptions();
        options.unauditedClient = true;
        auto server = startSandbox(options);
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        const Tokens creator = client.loginAuto(kAllScopes);
        HttpResult r = client.postJson("/v2/post/publish/video/init/",
                                       directPost({{"privacy_level", "SELF_ONLY"}}), creator.accessToken);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.code(), QString("unaudited_client_can_only_post_to_private_accounts"));

        options.autoApproveAccount = SandboxServer::privateCreatorUsername();
        options.stateDir = server->stateDir();
        server.reset();
        server = startSandbox(options);
        QVERIFY(server);
        SandboxTestClient privateClient(server->baseUrl());
        const Tokens quiet = privateClient.loginAuto(kAllScopes);
        r = privateClient.postJson("/v2/post/publish/video/init/",
                                   directPost({{"privacy_level", "FOLLOWER_OF_CREATOR"}}), quiet.accessToken);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.code(), QString("privacy_level_option_mismatch"));
        r = privateClient.postJson("/v2/post/publish/video/init/",
                                   directPost({{"privacy_level", "SELF_ONLY"}}), quiet.accessToken);
        QCOMPARE(r.code(), QString("ok"));
    }

    void tooManyPendingShares()
    {
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_client->initUpload(m_all.accessToken, 1000, 1000, 1, {}, true).code(), QString("ok"));
        const HttpResult sixth = m_client->initUpload(m_all.accessToken, 1000, 1000, 1, {}, true);
        QCOMPARE(sixth.status, 403);
        QCOMPARE(sixth.code(), QString("spam_risk_too_many_pending_share"));
    }

    void rateLimitWithRetryAfter()
    {
        for (int i = 0; i < 20; ++i)
            QCOMPARE(m_client->postJson("/v2/post/publish/creator_info/query/", {}, m_all.accessToken).status,
                     200);
        const HttpResult limited =
            m_client->postJson("/v2/post/publish/creator_info/query/", {}, m_all.accessToken);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.code(), QString("rate_limit_exceeded"));
        const int retryAfter = limited.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 60, limited.header("Retry-After").constData());
        // Another endpoint and another token have their own budgets.
        QCOMPARE(m_client->get("/v2/user/info/?fields=open_id", m_all.accessToken).status, 200);
        const Tokens other = m_client->loginAuto(kAllScopes);
        QCOMPARE(m_client->postJson("/v2/post/publish/creator_info/query/", {}, other.accessToken).status,
                 200);
        m_server->advanceClock(qint64(retryAfter) * 1000);
        QCOMPARE(m_client->postJson("/v2/post/publish/creator_info/query/", {}, m_all.accessToken).status,
                 200);

        // video/init: 6 per minute.
        for (int i = 0; i < 6; ++i)
            QCOMPARE(m_client->initUpload(m_all.accessToken, 1000, 1000, 1, "SELF_ONLY").status, 200);
        QCOMPARE(m_client->initUpload(m_all.accessToken, 1000, 1000, 1, "SELF_ONLY").status, 429);
        // status/fetch: 30 per minute.
        for (int i = 0; i < 30; ++i)
            QCOMPARE(
                m_client->postJson("/v2/post/publish/status/fetch/", {{"publish_id", "x"}}, m_all.accessToken)
                    .status,
                400);
        QCOMPARE(
            m_client->postJson("/v2/post/publish/status/fetch/", {{"publish_id", "x"}}, m_all.accessToken)
                .status,
            429);
    }

    void creatorInfoPerAccount()
    {
        HttpResult r = m_client->postJson("/v2/post/publish/creator_info/query/", {}, m_all.accessToken);
        QCOMPARE(r.code(), QString("ok"));
        QJsonObject d = r.data();
        QCOMPARE(d.value("creator_username").toString(), QString("montaj_demo"));
        QCOMPARE(d.value("creator_nickname").toString(), QString("Montaj Demo"));
        QCOMPARE(d.value("privacy_level_options").toArray(),
                 QJsonArray({"PUBLIC_TO_EVERYONE", "MUTUAL_FOLLOW_FRIENDS", "SELF_ONLY"}));
        QCOMPARE(d.value("comment_disabled").toBool(), false);
        QCOMPARE(d.value("max_video_post_duration_sec").toInt(), 600);
        QVERIFY(d.value("creator_avatar_url").toString().startsWith(m_server->baseUrl().toString()));

        SandboxOptions options = quickOptions();
        options.autoApproveAccount = SandboxServer::privateCreatorUsername();
        auto server = startSandbox(options);
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        r = client.postJson("/v2/post/publish/creator_info/query/", {},
                            client.loginAuto(kAllScopes).accessToken);
        d = r.data();
        QCOMPARE(d.value("creator_username").toString(), QString("quiet_maker"));
        QCOMPARE(d.value("privacy_level_options").toArray(),
                 QJsonArray({"FOLLOWER_OF_CREATOR", "MUTUAL_FOLLOW_FRIENDS", "SELF_ONLY"}));
        QCOMPARE(d.value("comment_disabled").toBool(), true);
        QCOMPARE(d.value("duet_disabled").toBool(), true);
        QCOMPARE(d.value("max_video_post_duration_sec").toInt(), 180);
    }
};

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandboxapi.moc"
