// FILE_UPLOAD end to end: init with the chunk rules, PUT chunks (206/201/400/403/404/416 with the
// progress Content-Range), curl as an independent client, processing of real videos made with
// ffmpeg to PUBLISH_COMPLETE / FAILED, inbox uploads, cancel.

#include "tests/sandbox/sandboxtestkit.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace montaj;
using namespace montaj::test;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

struct Started
{
    QString publishId;
    QUrl uploadUrl;
};

Started startedOf(const HttpResult &init)
{
    return {init.data().value("publish_id").toString(), QUrl(init.data().value("upload_url").toString())};
}

} // namespace

class TestSandboxUpload : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    Tokens m_tokens;
    QTemporaryDir m_media;

private Q_SLOTS:
    void init()
    {
        m_server = startSandbox(quickOptions());
        QVERIFY(m_server);
        m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
        m_tokens = m_client->loginAuto(kAllScopes);
        QVERIFY(!m_tokens.accessToken.isEmpty());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void initAppliesChunkRules_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<qint64>("chunk");
        QTest::addColumn<qint64>("count");
        QTest::addColumn<QString>("code");
        QTest::newRow("4 MB whole") << qint64(4000000) << qint64(4000000) << qint64(1) << "ok";
        QTest::newRow("4 MB chunked") << qint64(4000000) << qint64(1000000) << qint64(4) << "invalid_params";
        QTest::newRow("64 MiB in one") << 64 * kMiB << 64 * kMiB << qint64(1) << "ok";
        QTest::newRow("50,000,123 / 10 MB") << qint64(50000123) << qint64(10000000) << qint64(5) << "ok";
        QTest::newRow("50,000,123 / 10 MB as 6")
            << qint64(50000123) << qint64(10000000) << qint64(6) << "invalid_params";
        QTest::newRow("1001 chunks") << 1001 * 5 * kMiB << 5 * kMiB << qint64(1001) << "invalid_params";
        QTest::newRow("65 MiB chunk") << 130 * kMiB << 65 * kMiB << qint64(2) << "invalid_params";
        QTest::newRow("fractional") << qint64(1000) << qint64(1000) << qint64(-1) << "invalid_params";
    }

    void initAppliesChunkRules()
    {
        QFETCH(qint64, size);
        QFETCH(qint64, chunk);
        QFETCH(qint64, count);
        QFETCH(QString, code);
        const HttpResult init = m_client->initUpload(m_tokens.accessToken, size, chunk, count, "SELF_ONLY");
        QCOMPARE(init.code(), code);
        QCOMPARE(init.status, code == "ok" ? 200 : 400);
        if (code != "ok")
            return;
        const Started started = startedOf(init);
        QVERIFY(started.publishId.startsWith("v_pub_file~v2."));
        QVERIFY(QRegularExpression("^" + QRegularExpression::escape(m_server->baseUrl().toString())
                                   + "/upload/[0-9a-f]{32}/$")
                    .match(started.uploadUrl.toString())
                    .hasMatch());
    }

    void chunksInOrderWithProgressOnMismatch()
    {
        const qint64 total = 11 * kMiB; // chunk_size 5 MiB: two chunks, the last one 6 MiB
        const Started s =
            startedOf(m_client->initUpload(m_tokens.accessToken, total, 5 * kMiB, 2, "SELF_ONLY"));
        const QByteArray first(int(5 * kMiB), 'a');
        const QByteArray second(int(6 * kMiB), 'b');

        HttpResult r = m_client->putChunk(s.uploadUrl, second, 5 * kMiB, total); // out of order
        QCOMPARE(r.status, 416);
        QCOMPARE(r.header("Content-Range"), QByteArray("bytes */11534336"));
        r = m_client->putChunk(s.uploadUrl, first, 0, total, "application/octet-stream");
        QCOMPARE(r.status, 400);
        r = m_client->put(s.uploadUrl, first, {{"Content-Type", "video/mp4"}});
        QCOMPARE(r.status, 400); // no Content-Range
        r = m_client->put(s.uploadUrl, first,
                          {{"Content-Type", "video/mp4"}, {"Content-Range", "bytes 0-5242879/999"}});
        QCOMPARE(r.status, 400); // wrong total
        r = m_client->putChunk(s.uploadUrl, first.left(4 * kMiB), 0, total);
        QCOMPARE(r.status, 400); // not the chunk size given at init

        r = m_client->putChunk(s.uploadUrl, first, 0, total);
        QCOMPARE(r.status, 206);
        QJsonObject status = m_client
                                 ->postJson("/v2/post/publish/status/fetch/", {{"publish_id", s.publishId}},
                                            m_tokens.accessToken)
                                 .data();
        QCOMPARE(status.value("status").toString(), QString("PROCESSING_UPLOAD"));
        QCOMPARE(status.value("uploaded_bytes").toInteger(), 5 * kMiB);
        r = m_client->putChunk(s.uploadUrl, first, 0, total); // the same chunk again
        QCOMPARE(r.status, 416);
        QCOMPARE(r.header("Content-Range"), QByteArray("bytes 0-5242879/11534336"));

        r = m_client->putChunk(s.uploadUrl, second, 5 * kMiB, total);
        QCOMPARE(r.status, 201);
        r = m_client->putChunk(s.uploadUrl, second, 5 * kMiB, total);
        QCOMPARE(r.status, 416);
        QCOMPARE(r.header("Content-Range"), QByteArray("bytes 0-11534335/11534336"));
        status = m_client->waitForOutcome(m_tokens.accessToken, s.publishId);
        QCOMPARE(status.value("status").toString(), QString("FAILED"));
        QCOMPARE(status.value("fail_reason").toString(), QString("file_format_check_failed"));
        QCOMPARE(status.value("uploaded_bytes").toInteger(), total);
        QCOMPARE(status.value("publicaly_available_post_id").toArray(), QJsonArray());
    }

    void sixtyFourMiBInOneChunk()
    {
        const Started s =
            startedOf(m_client->initUpload(m_tokens.accessToken, 64 * kMiB, 64 * kMiB, 1, "SELF_ONLY"));
        QVERIFY(s.uploadUrl.isValid());
        const HttpResult r = m_client->putChunk(s.uploadUrl, QByteArray(int(64 * kMiB), '\0'), 0, 64 * kMiB);
        QCOMPARE(r.status, 201);
        QCOMPARE(QFileInfo(m_server->stateDir() + "/sandbox.sqlite").exists(), true);
    }

    void expiredAndUnknownUploadUrls()
    {
        const Started s = startedOf(m_client->initUpload(m_tokens.accessToken, 1000, 1000, 1, "SELF_ONLY"));
        QUrl unknown = s.uploadUrl;
        unknown.setPath("/upload/0123456789abcdef0123456789abcdef/");
        QCOMPARE(m_client->putChunk(unknown, QByteArray(1000, 'x'), 0, 1000).status, 404);
        m_server->advanceClock(60 * 60 * 1000);
        QCOMPARE(m_client->putChunk(s.uploadUrl, QByteArray(1000, 'x'), 0, 1000).status, 403);
    }

    void cancelStopsTheUpload()
    {
        const Started s = startedOf(m_client->initUpload(m_tokens.accessToken, 1000, 1000, 1, "SELF_ONLY"));
        const HttpResult cancelled = m_client->postJson("/v2/post/publish/cancel/",
                                                        {{"publish_id", s.publishId}}, m_tokens.accessToken);
        QCOMPARE(cancelled.code(), QString("ok"));
        const QJsonObject status = m_client
                                       ->postJson("/v2/post/publish/status/fetch/",
                                                  {{"publish_id", s.publishId}}, m_tokens.accessToken)
                                       .data();
        QCOMPARE(status.value("status").toString(), QString("FAILED"));
        QCOMPARE(status.value("fail_reason").toString(), QString("publish_cancelled"));
        QCOMPARE(m_client->putChunk(s.uploadUrl, QByteArray(1000, 'x'), 0, 1000).status, 403);
        QCOMPARE(
            m_client
                ->postJson("/v2/post/publish/cancel/", {{"publish_id", s.publishId}}, m_tokens.accessToken)
                .code(),
            QString("invalid_params"));
    }

    void realVideoWithCurlToPublishComplete()
    {
        const QString path = makeVideo(m_media.path(), "ok.mp4", "720x1280", 30, 2);
        if (path.isEmpty())
            QSKIP("ffmpeg with libx264 is not available");
        const qint64 size = QFileInfo(path).size();
        QVERIFY(size > 0 && size < 5 * kMiB);
        const HttpResult init =
            m_client->initUpload(m_tokens.accessToken, size, size, 1, "PUBLIC_TO_EVERYONE");
        QCOMPARE(init.code(), QString("ok"));
        const Started s = startedOf(init);

        QByteArray out;
        const int rc = runProcess("curl",
                                  {"-sS", "-o", "/dev/null", "-w", "%{http_code}", "-X", "PUT",
                                   "--data-binary", "@" + path, "-H", "Content-Type: video/mp4", "-H",
                                   QString("Content-Range: bytes 0-%1/%2").arg(size - 1).arg(size),
                                   s.uploadUrl.toString()},
                                  &out);
        if (rc < 0)
            QSKIP("curl is not available");
        QCOMPARE(rc, 0);
        QCOMPARE(out, QByteArray("201"));

        const qint64 before = m_server->nowMs() / 1000;
        const QJsonObject status = m_client->waitForOutcome(m_tokens.accessToken, s.publishId);
        QCOMPARE(status.value("status").toString(), QString("PUBLISH_COMPLETE"));
        QCOMPARE(status.value("fail_reason").toString(), QString(""));
        QCOMPARE(status.value("uploaded_bytes").toInteger(), size);
        const QJsonArray ids = status.value("publicaly_available_post_id").toArray();
        QCOMPARE(ids.size(), 1);
        QVERIFY(ids.at(0).isString());
        const QString videoId = ids.at(0).toString();
        QVERIFY(QRegularExpression("^[0-9]{19}$").match(videoId).hasMatch());
        const qint64 createSec = qint64(videoId.toULongLong() >> 32);
        QVERIFY(qAbs(createSec - before) <= 5);

        const HttpResult query = m_client->postJson(
            "/v2/video/query/?fields=id,title,duration,width,height,create_time",
            {{"filters", QJsonObject{{"video_ids", QJsonArray{videoId}}}}}, m_tokens.accessToken);
        const QJsonArray videos = query.data().value("videos").toArray();
        QCOMPARE(videos.size(), 1);
        const QJsonObject video = videos.at(0).toObject();
        QCOMPARE(video.value("id").toString(), videoId);
        QCOMPARE(video.value("title").toString(), QString("Sandbox test #montaj"));
        QCOMPARE(video.value("duration").toInt(), 2);
        QCOMPARE(video.value("width").toInt(), 720);
        QCOMPARE(video.value("height").toInt(), 1280);
        QCOMPARE(video.value("create_time").toInteger(), createSec);
        QVERIFY(!QFile::exists(m_server->stateDir() + "/uploads/" + s.uploadUrl.path().split('/').at(2)
                               + ".part"));
    }

    void twelveFpsFailsTheFrameRateCheck()
    {
        const QString path = makeVideo(m_media.path(), "slow.mp4", "720x1280", 12, 1);
        if (path.isEmpty())
            QSKIP("ffmpeg with libx264 is not available");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const Started s =
            startedOf(m_client->initUpload(m_tokens.accessToken, bytes.size(), bytes.size(), 1, "SELF_ONLY"));
        QCOMPARE(m_client->putChunk(s.uploadUrl, bytes, 0, bytes.size()).status, 201);
        const QJsonObject status = m_client->waitForOutcome(m_tokens.accessToken, s.publishId);
        QCOMPARE(status.value("status").toString(), QString("FAILED"));
        QCOMPARE(status.value("fail_reason").toString(), QString("frame_rate_check_failed"));
    }

    void inboxUploadGoesToTheInbox()
    {
        const QString path = makeVideo(m_media.path(), "inbox.mp4", "360x640", 25, 1);
        if (path.isEmpty())
            QSKIP("ffmpeg with libx264 is not available");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const HttpResult init =
            m_client->initUpload(m_tokens.accessToken, bytes.size(), bytes.size(), 1, {}, true);
        QCOMPARE(init.code(), QString("ok"));
        const Started s = startedOf(init);
        QVERIFY(s.publishId.startsWith("v_inbox_file~v2."));
        QCOMPARE(m_client->putChunk(s.uploadUrl, bytes, 0, bytes.size(), "video/quicktime").status, 201);
        const QJsonObject status = m_client->waitForOutcome(m_tokens.accessToken, s.publishId);
        QCOMPARE(status.value("status").toString(), QString("SEND_TO_USER_INBOX"));
        QCOMPARE(status.value("publicaly_available_post_id").toArray(), QJsonArray());
    }
};

QTEST_GUILESS_MAIN(TestSandboxUpload)
#include "tst_sandboxupload.moc"
