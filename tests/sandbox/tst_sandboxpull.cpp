// PULL_FROM_URL: the verified media prefix (<base>/media/verified/…, the only URLs the sandbox pulls
// from), photo posts through content/init (parameters, scopes, JPEG/WebP, ≤ 1080p, ≤ 20 MB, direct
// posts and inbox uploads) and video pulls processed like uploads, across a restart.

#include "tests/sandbox/sandboxtestkit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace montaj;
using namespace montaj::test;

namespace {

QJsonObject photoBody(const QJsonObject &postInfo, const QJsonObject &sourceInfo,
                      const QString &mode = "DIRECT_POST", const QString &mediaType = "PHOTO")
{
    return {
        {"media_type", mediaType}, {"post_mode", mode}, {"post_info", postInfo}, {"source_info", sourceInfo}};
}

QJsonObject pullPhotos(const QStringList &urls, int cover = 0)
{
    return {{"source", "PULL_FROM_URL"},
            {"photo_images", QJsonArray::fromStringList(urls)},
            {"photo_cover_index", cover}};
}

} // namespace

class TestSandboxPull : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    Tokens m_tokens;

    QString url(const QString &relative) const { return m_server->verifiedMediaUrl(relative).toString(); }
    QString picture(const QString &relative, QSize size, const char *format = "JPEG") const
    {
        return writePicture(m_server->verifiedMediaDir() + '/' + relative, size, format);
    }
    void start(SandboxOptions options = quickOptions())
    {
        m_server = startSandbox(options);
        QVERIFY(m_server);
        m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
        m_tokens = m_client->loginAuto(kAllScopes);
        QVERIFY(!m_tokens.accessToken.isEmpty());
    }

private Q_SLOTS:
    void init() { start(); }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void verifiedPrefixServesFiles()
    {
        QCOMPARE(m_server->verifiedMediaDir(), m_server->stateDir() + "/media/verified");
        QCOMPARE(url("a/b.jpg"), m_server->baseUrl().toString() + "/media/verified/a/b.jpg");
        QVERIFY(!picture("shop/mug.jpg", {64, 48}).isEmpty());
        QFile file(m_server->verifiedMediaDir() + "/shop/mug.jpg");
        QVERIFY(file.open(QIODevice::ReadOnly));
        const HttpResult served = m_client->get("/media/verified/shop/mug.jpg");
        QCOMPARE(served.status, 200);
        QCOMPARE(served.header("Content-Type"), QByteArray("image/jpeg"));
        QCOMPARE(served.body, file.readAll());
        QCOMPARE(m_client->get("/media/verified/shop/none.jpg").status, 404);
        // Nothing outside the folder, however the path is spelled (curl sends it as written).
        QByteArray out;
        const int rc = runProcess("curl",
                                  {"-sS", "--path-as-is", "-o", "/dev/null", "-w", "%{http_code}",
                                   m_server->baseUrl().toString() + "/media/verified/../../sandbox.sqlite"},
                                  &out);
        if (rc < 0)
            QSKIP("curl is not available");
        QCOMPARE(out, QByteArray("404"));
        QCOMPARE(m_client->get("/media/verified/%2e%2e/%2e%2e/sandbox.sqlite").status, 404);
    }

    void unverifiedUrlsAnswerWith200()
    {
        QVERIFY(!picture("ok.jpg", {64, 48}).isEmpty());
        const QString base = m_server->baseUrl().toString();
        const int port = m_server->baseUrl().port();
        const QStringList refused = {
            "https://example.com/ok.jpg",
            QString("https://127.0.0.1:%1/media/verified/ok.jpg").arg(port),
            QString("http://localhost:%1/media/verified/ok.jpg").arg(port),
            QString("http://127.0.0.1:%1/media/verified/ok.jpg").arg(port + 1),
            base + "/media/avatars/montaj_demo.png",
            base + "/media/verified/../sandbox.sqlite",
            base + "/media/verified/%2e%2e/sandbox.sqlite",
            base + "/media/verified/ok.jpg?x=1",
            QString("http://user@127.0.0.1:%1/media/verified/ok.jpg").arg(port),
            "ftp://127.0.0.1/media/verified/ok.jpg",
        };
        for (const QString &bad : refused) {
            // Three inits per token and path stay under the 6 per minute.
            Tokens tokens = m_client->loginAuto(kAllScopes);
            const HttpResult photos = m_client->initPhotos(tokens.accessToken, {url("ok.jpg"), bad});
            QCOMPARE(photos.status, 200);
            QVERIFY2(photos.code() == "url_ownership_unverified", qPrintable(bad));
            QVERIFY(!photos.data().contains("publish_id"));
            const HttpResult video = m_client->initPull(tokens.accessToken, bad);
            QCOMPARE(video.status, 200);
            QVERIFY2(video.code() == "url_ownership_unverified", qPrintable(bad));
            QCOMPARE(m_client->initPull(tokens.accessToken, bad, {}, true).code(),
                     QString("url_ownership_unverified"));
        }
    }

    void photoParameters_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("code");
        const QString ok = "http://127.0.0.1:1/x.jpg"; // replaced by a verified URL in the test
        const QJsonObject info{{"title", "Fine"}, {"privacy_level", "SELF_ONLY"}};
        QStringList many;
        for (int i = 0; i < 36; ++i)
            many << ok;
        QTest::newRow("ok") << photoBody(info, pullPhotos({ok, ok}, 1)) << "ok";
        QTest::newRow("limits exactly") << photoBody(QJsonObject{{"title", QString(90, 'a')},
                                                                 {"description", QString(4000, 'b')},
                                                                 {"privacy_level", "SELF_ONLY"}},
                                                     pullPhotos(many.mid(1), 34))
                                        << "ok";
        QTest::newRow("media type") << photoBody(info, pullPhotos({ok}), "DIRECT_POST", "VIDEO")
                                    << "invalid_params";
        QTest::newRow("post mode") << photoBody(info, pullPhotos({ok}), "SCHEDULED") << "invalid_params";
        QTest::newRow("title 91") << photoBody(
            QJsonObject{{"title", QString(91, 'a')}, {"privacy_level", "SELF_ONLY"}}, pullPhotos({ok}))
                                  << "invalid_params";
        QTest::newRow("description 4001")
            << photoBody(QJsonObject{{"description", QString(4001, 'a')}, {"privacy_level", "SELF_ONLY"}},
                         pullPhotos({ok}))
            << "invalid_params";
        QTest::newRow("36 photos") << photoBody(info, pullPhotos(many)) << "invalid_params";
        QTest::newRow("no photos") << photoBody(info, pullPhotos({})) << "invalid_params";
        QTest::newRow("cover out of range") << photoBody(info, pullPhotos({ok, ok}, 2)) << "invalid_params";
        QTest::newRow("negative cover") << photoBody(info, pullPhotos({ok}, -1)) << "invalid_params";
        QTest::newRow("file upload") << photoBody(info, QJsonObject{{"source", "FILE_UPLOAD"},
                                                                    {"photo_images", QJsonArray{ok}},
                                                                    {"photo_cover_index", 0}})
                                     << "invalid_params";
        QTest::newRow("no privacy") << photoBody(QJsonObject{{"title", "x"}}, pullPhotos({ok}))
                                    << "invalid_params";
        QTest::newRow("branded only me") << photoBody(
            QJsonObject{{"privacy_level", "SELF_ONLY"}, {"brand_content_toggle", true}}, pullPhotos({ok}))
                                         << "invalid_params";
        QTest::newRow("privacy mismatch")
            << photoBody(QJsonObject{{"privacy_level", "FOLLOWER_OF_CREATOR"}}, pullPhotos({ok}))
            << "privacy_level_option_mismatch";
        QTest::newRow("inbox without privacy")
            << photoBody(QJsonObject{{"title", "draft"}}, pullPhotos({ok}), "MEDIA_UPLOAD") << "ok";
    }

    void photoParameters()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, code);
        QVERIFY(!picture("x.jpg", {64, 48}).isEmpty());
        QJsonObject source = body.value("source_info").toObject();
        QJsonArray images;
        for (const QJsonValue &v : source.value("photo_images").toArray()) {
            Q_UNUSED(v);
            images.append(url("x.jpg"));
        }
        source.insert("photo_images", images);
        body.insert("source_info", source);
        const HttpResult result =
            m_client->postJson("/v2/post/publish/content/init/", body, m_tokens.accessToken);
        QCOMPARE(result.code(), code);
        QCOMPARE(result.status, code == "invalid_params" ? 400 : 200);
        QCOMPARE(result.data().contains("publish_id"), code == "ok");
        QVERIFY(!result.data().contains("upload_url"));
    }

    void photoScopesFollowThePostMode()
    {
        QVERIFY(!picture("x.jpg", {64, 48}).isEmpty());
        const Tokens uploadOnly = m_client->loginAuto({"user.info.basic", "video.upload"});
        const HttpResult direct = m_client->initPhotos(uploadOnly.accessToken, {url("x.jpg")});
        QCOMPARE(direct.status, 401);
        QCOMPARE(direct.code(), QString("scope_not_authorized"));
        const HttpResult inbox =
            m_client->initPhotos(uploadOnly.accessToken, {url("x.jpg")}, "MEDIA_UPLOAD", {});
        QCOMPARE(inbox.code(), QString("ok"));
        QVERIFY(inbox.data().value("publish_id").toString().startsWith("p_inbox_url~v2."));
        const Tokens publishOnly = m_client->loginAuto({"user.info.basic", "video.publish"});
        QCOMPARE(m_client->initPhotos(publishOnly.accessToken, {url("x.jpg")}, "MEDIA_UPLOAD", {}).code(),
                 QString("scope_not_authorized"));
        QCOMPARE(m_client->initPhotos({}, {url("x.jpg")}).code(), QString("access_token_invalid"));
    }

    void photoDirectPostIsPublished()
    {
        QVERIFY(!picture("set/1.jpg", {1080, 1920}).isEmpty());
        QVERIFY(!picture("set/2.webp", {1920, 1080}, "WEBP").isEmpty());
        QVERIFY(!picture("set/3.jpg", {640, 640}).isEmpty());
        const HttpResult init = m_client->initPhotos(m_tokens.accessToken,
                                                     {url("set/1.jpg"), url("set/2.webp"), url("set/3.jpg")},
                                                     "DIRECT_POST", "PUBLIC_TO_EVERYONE", 2);
        QCOMPARE(init.code(), QString("ok"));
        const QString publishId = init.data().value("publish_id").toString();
        QVERIFY(QRegularExpression("^p_pub_url~v2\\.[0-9]{19}$").match(publishId).hasMatch());
        const QJsonObject status = m_client->waitForOutcome(m_tokens.accessToken, publishId);
        QCOMPARE(status.value("status").toString(), QString("PUBLISH_COMPLETE"));
        QCOMPARE(status.value("fail_reason").toString(), QString(""));
        const QJsonArray ids = status.value("publicaly_available_post_id").toArray();
        QCOMPARE(ids.size(), 1);
        QVERIFY(QRegularExpression("^[0-9]{19}$").match(ids.at(0).toString()).hasMatch());
        qint64 total = 0;
        for (const char *name : {"1.jpg", "2.webp", "3.jpg"})
            total += QFileInfo(m_server->verifiedMediaDir() + "/set/" + QString(name)).size();
        QCOMPARE(status.value("uploaded_bytes").toInteger(), total);

        // Only me: published, but no public post id.
        const HttpResult own =
            m_client->initPhotos(m_tokens.accessToken, {url("set/3.jpg")}, "DIRECT_POST", "SELF_ONLY");
        const QJsonObject ownStatus =
            m_client->waitForOutcome(m_tokens.accessToken, own.data().value("publish_id").toString());
        QCOMPARE(ownStatus.value("status").toString(), QString("PUBLISH_COMPLETE"));
        QCOMPARE(ownStatus.value("publicaly_available_post_id").toArray(), QJsonArray());
    }

    void photoMediaUploadGoesToTheInbox()
    {
        QVERIFY(!picture("d.webp", {720, 1280}, "WEBP").isEmpty());
        const HttpResult init =
            m_client->initPhotos(m_tokens.accessToken, {url("d.webp")}, "MEDIA_UPLOAD", {});
        QCOMPARE(init.code(), QString("ok"));
        const QJsonObject status =
            m_client->waitForOutcome(m_tokens.accessToken, init.data().value("publish_id").toString());
        QCOMPARE(status.value("status").toString(), QString("SEND_TO_USER_INBOX"));
        QCOMPARE(status.value("publicaly_available_post_id").toArray(), QJsonArray());
    }

    void photoChecks_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("png") << "png"
                             << "file_format_check_failed";
        QTest::newRow("text") << "text"
                              << "file_format_check_failed";
        QTest::newRow("1200 short side") << "wide"
                                         << "picture_size_check_failed";
        QTest::newRow("2400 long side") << "tall"
                                        << "picture_size_check_failed";
        QTest::newRow("over 20 MB") << "heavy"
                                    << "picture_size_check_failed";
        QTest::newRow("missing") << "missing"
                                 << "photo_pull_failed";
    }

    void photoChecks()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QVERIFY(!picture("good.jpg", {1080, 1080}).isEmpty());
        const QString dir = m_server->verifiedMediaDir();
        QString name = "bad.jpg";
        if (kind == "png") {
            name = "bad.png";
            QVERIFY(!picture(name, {100, 100}, "PNG").isEmpty());
        } else if (kind == "text") {
            QFile f(dir + "/" + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a picture at all\n");
        } else if (kind == "wide") {
            QVERIFY(!picture(name, {2000, 1200}).isEmpty());
        } else if (kind == "tall") {
            QVERIFY(!picture(name, {1080, 2400}).isEmpty());
        } else if (kind == "heavy") {
            QVERIFY(QFile::copy(dir + "/good.jpg", dir + "/" + name));
            QFile f(dir + "/" + name);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(20000001)); // still a JPEG up front, padded past 20 MB
        }
        const HttpResult init = m_client->initPhotos(m_tokens.accessToken, {url("good.jpg"), url(name)});
        QCOMPARE(init.code(), QString("ok")); // checked after the pull, not at init
        const QJsonObject status =
            m_client->waitForOutcome(m_tokens.accessToken, init.data().value("publish_id").toString());
        QCOMPARE(status.value("status").toString(), QString("FAILED"));
        QCOMPARE(status.value("fail_reason").toString(), reason);
    }

    void videoPullIsProcessedLikeAnUpload()
    {
        cleanup();
        SandboxOptions options = quickOptions();
        options.moderationDelayMs = 300;
        start(options);
        const QString path = makeVideo(m_server->verifiedMediaDir(), "clip.mp4", "720x1280", 30, 2);
        if (path.isEmpty())
            QSKIP("ffmpeg with libx264 is not available");
        const HttpResult init = m_client->initPull(m_tokens.accessToken, url("clip.mp4"));
        QCOMPARE(init.code(), QString("ok"));
        QVERIFY(!init.data().contains("upload_url"));
        const QString publishId = init.data().value("publish_id").toString();
        QVERIFY(publishId.startsWith("v_pub_url~v2."));
        const HttpResult first = m_client->postJson("/v2/post/publish/status/fetch/",
                                                    {{"publish_id", publishId}}, m_tokens.accessToken);
        QCOMPARE(first.data().value("status").toString(), QString("PROCESSING_DOWNLOAD"));
        const QJsonObject status = m_client->waitForOutcome(m_tokens.accessToken, publishId);
        QCOMPARE(status.value("status").toString(), QString("PUBLISH_COMPLETE"));
        QCOMPARE(status.value("uploaded_bytes").toInteger(), QFileInfo(path).size());
        const QString videoId = status.value("publicaly_available_post_id").toArray().at(0).toString();
        const HttpResult query = m_client->postJson(
            "/v2/video/query/?fields=id,title,width,height",
            {{"filters", QJsonObject{{"video_ids", QJsonArray{videoId}}}}}, m_tokens.accessToken);
        const QJsonObject video = query.data().value("videos").toArray().at(0).toObject();
        QCOMPARE(video.value("title").toString(), QString("Pulled #montaj"));
        QCOMPARE(video.value("width").toInt(), 720);
        QVERIFY(QFileInfo::exists(path)); // the source stays where the app put it
        QCOMPARE(QDir(m_server->stateDir() + "/uploads").entryList(QDir::Files), QStringList());

        const HttpResult inbox = m_client->initPull(m_tokens.accessToken, url("clip.mp4"), {}, true);
        QVERIFY(inbox.data().value("publish_id").toString().startsWith("v_inbox_url~v2."));
        QCOMPARE(m_client->waitForOutcome(m_tokens.accessToken, inbox.data().value("publish_id").toString())
                     .value("status")
                     .toString(),
                 QString("SEND_TO_USER_INBOX"));
    }

    void videoPullFailures()
    {
        QFile text(m_server->verifiedMediaDir() + "/notes.mp4");
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("this is not a video");
        text.close();
        const QString missing = m_client->initPull(m_tokens.accessToken, url("gone.mp4"), "SELF_ONLY")
                                    .data()
                                    .value("publish_id")
                                    .toString();
        const QString broken = m_client->initPull(m_tokens.accessToken, url("notes.mp4"), "SELF_ONLY")
                                   .data()
                                   .value("publish_id")
                                   .toString();
        QCOMPARE(m_client->waitForOutcome(m_tokens.accessToken, missing).value("fail_reason").toString(),
                 QString("video_pull_failed"));
        QCOMPARE(m_client->waitForOutcome(m_tokens.accessToken, broken).value("fail_reason").toString(),
                 QString("file_format_check_failed"));
    }

    void pullsResumeAfterRestartAndCanBeCancelled()
    {
        cleanup();
        QTemporaryDir state;
        SandboxOptions slow = quickOptions();
        slow.stateDir = state.path();
        slow.moderationDelayMs = 600000; // nothing finishes before the restart
        start(slow);
        QVERIFY(!picture("r.jpg", {800, 600}).isEmpty());
        const QString kept =
            m_client->initPhotos(m_tokens.accessToken, {url("r.jpg")}, "DIRECT_POST", "SELF_ONLY")
                .data()
                .value("publish_id")
                .toString();
        const QString cancelled =
            m_client->initPhotos(m_tokens.accessToken, {url("r.jpg")}, "DIRECT_POST", "SELF_ONLY")
                .data()
                .value("publish_id")
                .toString();
        QVERIFY(!kept.isEmpty() && !cancelled.isEmpty());
        QCOMPARE(
            m_client->postJson("/v2/post/publish/cancel/", {{"publish_id", cancelled}}, m_tokens.accessToken)
                .code(),
            QString("ok"));
        const QString refresh = m_tokens.refreshToken;
        cleanup();

        SandboxOptions fast = quickOptions();
        fast.stateDir = state.path();
        m_server = startSandbox(fast);
        QVERIFY(m_server);
        m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
        const Tokens again = SandboxTestClient::tokensOf(m_client->refresh(refresh));
        QVERIFY(!again.accessToken.isEmpty());
        QCOMPARE(m_client->waitForOutcome(again.accessToken, kept).value("status").toString(),
                 QString("PUBLISH_COMPLETE"));
        const QJsonObject gone = m_client->waitForOutcome(again.accessToken, cancelled);
        QCOMPARE(gone.value("status").toString(), QString("FAILED"));
        QCOMPARE(gone.value("fail_reason").toString(), QString("publish_cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxPull)
#include "tst_sandboxpull.moc"
