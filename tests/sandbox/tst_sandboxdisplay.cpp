// The Display API over the seeded demo world: only the requested fields, millisecond cursors that
// page through every public video, video/query, counters that grow with the sandbox clock, and
// state that survives a restart.

#include "tests/sandbox/sandboxtestkit.h"

#include <QImage>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace montaj;
using namespace montaj::test;

namespace {

const QString kVideoFields = "id,create_time,title,video_description,duration,width,height,cover_image_url,"
                             "share_url,embed_link,view_count,like_count,comment_count,share_count";

// Every public video of the token's account, page by page; also whether a page came back short
// while has_more was still true.
QJsonArray listAll(SandboxTestClient &client, const QString &token, int maxCount,
                   bool *sawShortPage = nullptr, int *pages = nullptr)
{
    QJsonArray all;
    qint64 cursor = 0;
    bool more = true;
    int count = 0;
    while (more && count < 100) {
        QJsonObject body{{"max_count", maxCount}};
        if (cursor > 0)
            body.insert("cursor", cursor);
        const HttpResult page = client.postJson("/v2/video/list/?fields=" + kVideoFields, body, token);
        if (page.code() != "ok")
            return {};
        const QJsonArray videos = page.data().value("videos").toArray();
        more = page.data().value("has_more").toBool();
        if (sawShortPage && more && videos.size() < maxCount)
            *sawShortPage = true;
        for (const QJsonValue &v : videos)
            all.append(v);
        cursor = page.data().value("cursor").toInteger();
        ++count;
    }
    if (pages)
        *pages = count;
    return all;
}

} // namespace

class TestSandboxDisplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void userInfoAnswersOnlyWhatWasAsked()
    {
        auto server = startSandbox(quickOptions());
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        const Tokens tokens = client.loginAuto(kAllScopes);
        HttpResult r = client.get("/v2/user/info/?fields=open_id,display_name", tokens.accessToken);
        QJsonObject user = r.data().value("user").toObject();
        QCOMPARE(user.keys(), QStringList({"display_name", "open_id"}));
        QCOMPARE(user.value("open_id").toString(), tokens.openId);
        r = client.get(
            "/v2/user/info/?fields=open_id,union_id,avatar_url,display_name,bio_description,is_verified,"
            "username,follower_count,following_count,likes_count,video_count",
            tokens.accessToken);
        user = r.data().value("user").toObject();
        QCOMPARE(user.size(), 11);
        QCOMPARE(user.value("username").toString(), QString("montaj_demo"));
        QCOMPARE(user.value("is_verified").toBool(), true);
        QCOMPARE(user.value("video_count").toInt(), 57); // 60 posted, 3 private
        QVERIFY(user.value("union_id").toString().size() == 19);
        QVERIFY(user.value("follower_count").toInteger() > 12840);
        QCOMPARE(user.value("following_count").toInteger(), 183);
        QVERIFY(user.value("likes_count").toInteger() > 10000);
        QVERIFY(user.value("avatar_url").toString().startsWith(server->baseUrl().toString()));
    }

    void videoListPagesThroughEveryPublicVideo()
    {
        auto server = startSandbox(quickOptions());
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        const Tokens tokens = client.loginAuto(kAllScopes);
        bool sawShortPage = false;
        int pages = 0;
        const QJsonArray all = listAll(client, tokens.accessToken, 20, &sawShortPage, &pages);
        QCOMPARE(all.size(), 57);
        QVERIFY(pages >= 3);
        QVERIFY(sawShortPage); // private videos leave holes in a page while has_more stays true
        QSet<QString> ids;
        qint64 previous = std::numeric_limits<qint64>::max();
        const qint64 now = server->nowMs() / 1000;
        qint64 oldest = now, newest = 0, fewest = std::numeric_limits<qint64>::max(), most = 0;
        for (const QJsonValue &value : all) {
            const QJsonObject v = value.toObject();
            QCOMPARE(v.size(), kVideoFields.split(',').size());
            const QString id = v.value("id").toString();
            QCOMPARE(id.size(), 19);
            ids.insert(id);
            const qint64 created = v.value("create_time").toInteger();
            QCOMPARE(qint64(id.toULongLong() >> 32), created);
            QVERIFY(created <= previous);
            previous = created;
            oldest = std::min(oldest, created);
            newest = std::max(newest, created);
            const qint64 views = v.value("view_count").toInteger();
            fewest = std::min(fewest, views);
            most = std::max(most, views);
            QVERIFY(v.value("like_count").toInteger() <= views);
            QVERIFY(v.value("share_url").toString().endsWith("/video/" + id));
            QVERIFY(v.value("duration").toInt() >= 8 && v.value("duration").toInt() <= 600);
        }
        QCOMPARE(ids.size(), 57);
        QVERIFY(now - oldest > 115 * 86400 && now - oldest < 121 * 86400);
        QVERIFY(now - newest < 86400);
        QVERIFY2(most > 50 * fewest, qPrintable(QString("%1 vs %2").arg(most).arg(fewest))); // varied counts

        // Cursors are in milliseconds and exclusive.
        const HttpResult first =
            client.postJson("/v2/video/list/?fields=id,create_time", {{"max_count", 1}}, tokens.accessToken);
        const qint64 cursor = first.data().value("cursor").toInteger();
        QVERIFY(cursor / 1000
                == first.data().value("videos").toArray().at(0).toObject().value("create_time").toInteger());
        const HttpResult second = client.postJson("/v2/video/list/?fields=id",
                                                  {{"max_count", 1}, {"cursor", cursor}}, tokens.accessToken);
        QVERIFY(second.data().value("videos").toArray().at(0).toObject().value("id")
                != first.data().value("videos").toArray().at(0).toObject().value("id"));
    }

    void videoQueryReturnsOwnPublicVideos()
    {
        auto server = startSandbox(quickOptions());
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        const Tokens tokens = client.loginAuto(kAllScopes);
        const QJsonArray all = listAll(client, tokens.accessToken, 20);
        QJsonArray ids{all.at(0).toObject().value("id"), all.at(10).toObject().value("id"),
                       all.at(56).toObject().value("id"), "1234567890123456789"};
        const HttpResult r =
            client.postJson("/v2/video/query/?fields=id,view_count",
                            {{"filters", QJsonObject{{"video_ids", ids}}}}, tokens.accessToken);
        QCOMPARE(r.code(), QString("ok"));
        const QJsonArray videos = r.data().value("videos").toArray();
        QCOMPARE(videos.size(), 3);
        QCOMPARE(videos.at(0).toObject().keys(), QStringList({"id", "view_count"}));

        // The private account sees none of the creator's videos.
        SandboxOptions options = quickOptions();
        options.autoApproveAccount = SandboxServer::privateCreatorUsername();
        options.stateDir = server->stateDir();
        server.reset();
        server = startSandbox(options);
        SandboxTestClient other(server->baseUrl());
        const HttpResult foreign =
            other.postJson("/v2/video/query/?fields=id", {{"filters", QJsonObject{{"video_ids", ids}}}},
                           other.loginAuto(kAllScopes).accessToken);
        QCOMPARE(foreign.data().value("videos").toArray().size(), 0);
    }

    void countersGrowWithTheClock()
    {
        auto server = startSandbox(quickOptions());
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        const Tokens tokens = client.loginAuto(kAllScopes);
        const QString fields = "/v2/video/list/?fields=id,view_count,like_count,comment_count,share_count";
        const auto snapshot = [&](const QString &token) {
            return client.postJson(fields, {{"max_count", 20}}, token).data().value("videos").toArray();
        };
        const QJsonArray before = snapshot(tokens.accessToken);
        QCOMPARE(before, snapshot(tokens.accessToken)); // same clock, same numbers
        server->advanceClock(12 * 3600 * 1000);
        const QJsonArray after = snapshot(tokens.accessToken);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            const QJsonObject a = before.at(i).toObject(), b = after.at(i).toObject();
            QCOMPARE(a.value("id"), b.value("id"));
            for (const char *counter : {"view_count", "like_count", "comment_count", "share_count"})
                QVERIFY(b.value(counter).toInteger() >= a.value(counter).toInteger());
        }
        // The newest video (hours old) is still growing fast.
        QVERIFY(after.at(0).toObject().value("view_count").toInteger()
                > before.at(0).toObject().value("view_count").toInteger());
    }

    void stateSurvivesARestart()
    {
        QTemporaryDir state;
        SandboxOptions options = quickOptions();
        options.stateDir = state.path();
        options.moderationDelayMs = 60000; // not processed before the restart
        auto server = startSandbox(options);
        QVERIFY(server);
        Tokens tokens;
        QJsonArray listed;
        QString publishId;
        {
            SandboxTestClient client(server->baseUrl());
            tokens = client.loginAuto(kAllScopes);
            listed =
                client.postJson("/v2/video/list/?fields=id,title", {{"max_count", 20}}, tokens.accessToken)
                    .data()
                    .value("videos")
                    .toArray();
            const HttpResult init = client.initUpload(tokens.accessToken, 4000, 4000, 1, "SELF_ONLY");
            publishId = init.data().value("publish_id").toString();
            QCOMPARE(client
                         .putChunk(QUrl(init.data().value("upload_url").toString()), QByteArray(4000, 'z'), 0,
                                   4000)
                         .status,
                     201);
        }
        server.reset(); // stopped before the upload was processed

        options.moderationDelayMs = 50;
        server = startSandbox(options);
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        const HttpResult me = client.get("/v2/user/info/?fields=open_id", tokens.accessToken);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.data().value("user").toObject().value("open_id").toString(), tokens.openId);
        const QJsonArray again =
            client.postJson("/v2/video/list/?fields=id,title", {{"max_count", 20}}, tokens.accessToken)
                .data()
                .value("videos")
                .toArray();
        QCOMPARE(again, listed);
        QCOMPARE(SandboxTestClient::tokensOf(client.refresh(tokens.refreshToken)).openId, tokens.openId);
        // The publish from before the restart is still known, and its processing resumes.
        const QJsonObject status = client.waitForOutcome(tokens.accessToken, publishId);
        QCOMPARE(status.value("uploaded_bytes").toInteger(), 4000);
        QCOMPARE(status.value("status").toString(), QString("FAILED"));
        QCOMPARE(status.value("fail_reason").toString(), QString("file_format_check_failed"));
    }

    void sameSeedSameWorld()
    {
        SandboxOptions options = quickOptions();
        options.seed = 99;
        auto a = startSandbox(options);
        auto b = startSandbox(options);
        QVERIFY(a && b);
        SandboxTestClient ca(a->baseUrl()), cb(b->baseUrl());
        const Tokens ta = ca.loginAuto(kAllScopes), tb = cb.loginAuto(kAllScopes);
        QCOMPARE(ta.openId, tb.openId);
        const auto titles = [](SandboxTestClient &c, const QString &token) {
            QStringList out;
            for (const QJsonValue &v : listAll(c, token, 20))
                out << v.toObject().value("title").toString() + "|"
                           + QString::number(v.toObject().value("duration").toInt());
            return out;
        };
        QCOMPARE(titles(ca, ta.accessToken), titles(cb, tb.accessToken));
        options.seed = 100;
        auto c = startSandbox(options);
        SandboxTestClient cc(c->baseUrl());
        QVERIFY(cc.loginAuto(kAllScopes).openId != ta.openId);
    }

    void coverAndAvatarUrlsServePictures()
    {
        auto server = startSandbox(quickOptions());
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        const Tokens tokens = client.loginAuto(kAllScopes);
        const QJsonObject video =
            client
                .postJson("/v2/video/list/?fields=id,cover_image_url", {{"max_count", 1}}, tokens.accessToken)
                .data()
                .value("videos")
                .toArray()
                .at(0)
                .toObject();
        const QUrl cover(video.value("cover_image_url").toString());
        QCOMPARE(cover.host(), QString("127.0.0.1"));
        const QUrlQuery query(cover);
        QCOMPARE(query.queryItemValue("x-expires").toLongLong(), server->nowMs() / 1000 + 6 * 3600);
        HttpResult picture = client.send(QNetworkRequest(cover), "GET");
        QCOMPARE(picture.status, 200);
        QCOMPARE(picture.header("Content-Type"), QByteArray("image/png"));
        QCOMPARE(QImage::fromData(picture.body).size(), QSize(180, 320));
        server->advanceClock(6 * 3600 * 1000 + 2000);
        QCOMPARE(client.send(QNetworkRequest(cover), "GET").status, 403);

        const QString avatar = client.get("/v2/user/info/?fields=avatar_url", tokens.accessToken)
                                   .data()
                                   .value("user")
                                   .toObject()
                                   .value("avatar_url")
                                   .toString();
        picture = client.send(QNetworkRequest(QUrl(avatar)), "GET");
        QCOMPARE(picture.status, 200);
        QCOMPARE(QImage::fromData(picture.body).size(), QSize(100, 100));
    }

    void emptyWorldWithoutSeed()
    {
        SandboxOptions options = quickOptions();
        options.seedDemoWorld = false;
        auto server = startSandbox(options);
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl());
        const Tokens tokens = client.loginAuto(kAllScopes);
        const HttpResult r = client.postJson("/v2/video/list/?fields=id", {}, tokens.accessToken);
        QCOMPARE(r.code(), QString("ok"));
        QCOMPARE(r.data().value("videos").toArray().size(), 0);
        QCOMPARE(r.data().value("has_more").toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestSandboxDisplay)
#include "tst_sandboxdisplay.moc"
