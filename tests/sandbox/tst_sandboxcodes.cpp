// The three v2 codes that need a special setup: scope_permission_missed (the app lacks a product
// permission), reached_active_user_cap (an unaudited client posting for a 6th user in 24 h) and
// spam_risk_user_banned_from_posting (a banned account).

#include "tests/sandbox/sandboxtestkit.h"

#include <QTest>

using namespace montaj;
using namespace montaj::test;

namespace {

QJsonObject directPost(const QString &privacy)
{
    return {{"post_info", QJsonObject{{"privacy_level", privacy}}},
            {"source_info", QJsonObject{{"source", "FILE_UPLOAD"},
                                        {"video_size", 1000000},
                                        {"chunk_size", 1000000},
                                        {"total_chunk_count", 1}}}};
}

} // namespace

class TestSandboxCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scopePermissionMissed()
    {
        SandboxOptions options = quickOptions();
        options.appPermissions.removeAll("video.publish");
        options.appPermissions.removeAll("user.info.stats");
        auto server = startSandbox(options);
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        // The user grants everything; the app itself lacks the permission.
        const Tokens tokens = client.loginAuto(kAllScopes);
        QVERIFY(tokens.scope.contains("video.publish"));

        HttpResult r = client.postJson("/v2/post/publish/video/init/", directPost("PUBLIC_TO_EVERYONE"),
                                       tokens.accessToken);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QString("scope_permission_missed"));
        QVERIFY(!r.data().contains("publish_id"));
        r = client.postJson("/v2/post/publish/creator_info/query/", {}, tokens.accessToken);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QString("scope_permission_missed"));
        r = client.initPhotos(tokens.accessToken, {server->verifiedMediaUrl("x.jpg").toString()});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QString("scope_permission_missed"));
        r = client.get("/v2/user/info/?fields=open_id,follower_count", tokens.accessToken);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QString("scope_permission_missed"));

        // What the app is permitted still works.
        r = client.initUpload(tokens.accessToken, 1000, 1000, 1, {}, true);
        QCOMPARE(r.code(), QString("ok"));
        QCOMPARE(client.get("/v2/user/info/?fields=open_id", tokens.accessToken).code(), QString("ok"));

        // A user who did not grant a permitted scope still gets scope_not_authorized.
        const Tokens basic = client.loginAuto({"user.info.basic"});
        r = client.initUpload(basic.accessToken, 1000, 1000, 1, {}, true);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QString("scope_not_authorized"));
    }

    void reachedActiveUserCap()
    {
        SandboxOptions options = quickOptions();
        options.autoApprove = false;
        options.unauditedClient = true;
        options.privateTesterAccounts = 6;
        auto server = startSandbox(options);
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        QList<Tokens> testers;
        for (int i = 1; i <= 6; ++i) {
            testers.append(client.loginByConsent(kAllScopes, QString("tester_%1").arg(i)));
            QVERIFY(!testers.last().accessToken.isEmpty());
        }
        for (int i = 0; i < 5; ++i)
            QCOMPARE(
                client
                    .postJson("/v2/post/publish/video/init/", directPost("SELF_ONLY"), testers[i].accessToken)
                    .code(),
                QString("ok"));

        HttpResult sixth =
            client.postJson("/v2/post/publish/video/init/", directPost("SELF_ONLY"), testers[5].accessToken);
        QCOMPARE(sixth.status, 403);
        QCOMPARE(sixth.code(), QString("reached_active_user_cap"));
        QVERIFY(!sixth.data().contains("publish_id"));
        // A photo direct post counts the same; inbox uploads are not capped.
        sixth = client.initPhotos(testers[5].accessToken, {server->verifiedMediaUrl("x.jpg").toString()},
                                  "DIRECT_POST", "SELF_ONLY");
        QCOMPARE(sixth.code(), QString("reached_active_user_cap"));
        QCOMPARE(client.initUpload(testers[5].accessToken, 1000, 1000, 1, {}, true).code(), QString("ok"));
        // One of the five may go on posting.
        QCOMPARE(
            client.postJson("/v2/post/publish/video/init/", directPost("SELF_ONLY"), testers[0].accessToken)
                .code(),
            QString("ok"));

        // 24 h later the window has moved on.
        server->advanceClock(24LL * 3600 * 1000 + 1000);
        const Tokens later = SandboxTestClient::tokensOf(client.refresh(testers[5].refreshToken));
        QVERIFY(!later.accessToken.isEmpty());
        QCOMPARE(client.postJson("/v2/post/publish/video/init/", directPost("SELF_ONLY"), later.accessToken)
                     .code(),
                 QString("ok"));
    }

    void bannedFromPosting()
    {
        SandboxOptions options = quickOptions();
        options.bannedAccounts = {SandboxServer::demoCreatorUsername()};
        auto server = startSandbox(options);
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        const Tokens tokens = client.loginAuto(kAllScopes);

        HttpResult r = client.postJson("/v2/post/publish/video/init/", directPost("PUBLIC_TO_EVERYONE"),
                                       tokens.accessToken);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.code(), QString("spam_risk_user_banned_from_posting"));
        QVERIFY(!r.data().contains("publish_id"));
        r = client.initUpload(tokens.accessToken, 1000, 1000, 1, {}, true);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.code(), QString("spam_risk_user_banned_from_posting"));
        r = client.initPhotos(tokens.accessToken, {server->verifiedMediaUrl("x.jpg").toString()});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.code(), QString("spam_risk_user_banned_from_posting"));
        // Reading still works.
        QCOMPARE(client.postJson("/v2/post/publish/creator_info/query/", {}, tokens.accessToken).code(),
                 QString("ok"));

        // Another account of the same sandbox is not banned.
        options.autoApproveAccount = SandboxServer::privateCreatorUsername();
        options.stateDir = server->stateDir();
        server.reset();
        server = startSandbox(options);
        QVERIFY(server);
        SandboxTestClient other(server->baseUrl());
        const Tokens quiet = other.loginAuto(kAllScopes);
        QCOMPARE(
            other.postJson("/v2/post/publish/video/init/", directPost("SELF_ONLY"), quiet.accessToken).code(),
            QString("ok"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxCodes)
#include "tst_sandboxcodes.moc"
