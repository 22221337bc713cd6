#include "core/platform/chunkplan.h"
#include "core/platform/memorytokenstore.h"
#include "core/platform/platformerror.h"
#include "core/platform/publishstatuspoller.h"
#include "core/platform/tiktokapi.h"
#include "core/platform/uploader.h"
#include "fakeplatform.h"
#include "platformtesthelpers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace montaj;
using montaj::test::FakePlatform;
using montaj::test::StubHttpServer;
using montaj::test::StubReply;
using montaj::test::StubRequest;
using montaj::test::Waiter;

namespace {

constexpr qint64 kFileSize = 16000000; // three chunks of 5 MiB, the last one 5,514,240 bytes
const QString kPublishId = QStringLiteral("v_pub_file~v2-1.7345678901234567891");

// The upload endpoint of the contract: chunks in order, 206 while more is expected, 201 when
// complete, 416 with what it has when a range does not follow on, 400 on bad headers.
struct FakeUploadEndpoint
{
    qint64 total = 0;
    QByteArray received;
    QList<QByteArray> ranges; // Content-Range of every PUT that reached a reply decision
    QList<int> statuses;
    QList<qint64> times;
    QElapsedTimer clock;
    std::function<std::optional<StubReply>(int put, const StubRequest &)> fault; // before normal handling
    bool loseReplyAfterStoring = false; // once: store the chunk, then drop the connection

    StubReply handle(const StubRequest &request)
    {
        const int put = int(ranges.size());
        ranges << request.header("content-range");
        times << clock.elapsed();
        StubReply reply = decide(put, request);
        statuses << reply.status;
        return reply;
    }

    StubReply decide(int put, const StubRequest &request)
    {
        if (fault) {
            if (auto faulty = fault(put, request))
                return *faulty;
        }
        static const QRegularExpression range("^bytes (\\d+)-(\\d+)/(\\d+)$");
        const auto match = range.match(QString::fromLatin1(request.header("content-range")));
        if (request.method != "PUT" || !match.hasMatch()
            || !request.header("content-type").startsWith("video/"))
            return StubReply::json(400, "");
        const qint64 first = match.captured(1).toLongLong();
        const qint64 last = match.captured(2).toLongLong();
        if (match.captured(3).toLongLong() != total || last - first + 1 != request.body.size()
            || request.header("content-length").toLongLong() != request.body.size())
            return StubReply::json(400, "");
        if (first != received.size()) {
            StubReply mismatch = StubReply::json(416, "");
            const QByteArray has = received.isEmpty()
                                       ? QByteArray("*")
                                       : QByteArray("0-" + QByteArray::number(received.size() - 1));
            mismatch.addHeader("Content-Range", "bytes " + has + "/" + QByteArray::number(total));
            return mismatch;
        }
        received += request.body;
        if (loseReplyAfterStoring) {
            loseReplyAfterStoring = false;
            StubReply lost = StubReply::closeWithoutReply();
            lost.status = 0;
            return lost;
        }
        return StubReply::json(received.size() == total ? 201 : 206, "");
    }
};

} // namespace

class TestUploader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    QByteArray m_content;
    std::unique_ptr<StubHttpServer> m_server;
    std::unique_ptr<HttpClient> m_http;
    FakeUploadEndpoint m_endpoint;

    UploadTicket ticket() const
    {
        return {kPublishId, m_server->url("/upload/v1/7345678901234567891?upload_token=capability")};
    }
    ChunkPlan plan() const { return *ChunkPlan::forFile(kFileSize, 5 * ChunkPlan::kMiB); }
    QString statePath() const { return m_dir.filePath("state/upload.json"); }

    void writeFile(qint64 size)
    {
        m_content = QByteArray(size, Qt::Uninitialized);
        QRandomGenerator random{quint32(size)};
        for (char &c : m_content)
            c = char(random.bounded(256));
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(m_content), size);
    }

    std::unique_ptr<Uploader> makeUploader()
    {
        auto uploader = std::make_unique<Uploader>(m_http.get());
        uploader->setRetryPolicy(RetryPolicy{4, 20, 100});
        uploader->setStatePath(statePath());
        return uploader;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath("video.mp4");
        writeFile(kFileSize);
    }

    void init()
    {
        m_endpoint = FakeUploadEndpoint();
        m_endpoint.total = kFileSize;
        m_endpoint.clock.start();
        m_server = std::make_unique<StubHttpServer>();
        QVERIFY(m_server->listen());
        m_server->setHandler([this](const StubRequest &request) { return m_endpoint.handle(request); });
        m_http = std::make_unique<HttpClient>();
        QFile::remove(statePath());
    }

    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void uploadsChunksInOrder()
    {
        QCOMPARE(plan().chunkCount(), 3);
        auto uploader = makeUploader();
        QSignalSpy finished(uploader.get(), &Uploader::finished);
        QSignalSpy progress(uploader.get(), &Uploader::progress);
        QSignalSpy throughput(uploader.get(), &Uploader::throughput);
        QVERIFY(uploader->start(ticket(), m_file, plan()).ok());
        QVERIFY(uploader->isRunning());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toString(), kPublishId);
        QCOMPARE(m_endpoint.ranges,
                 QList<QByteArray>({"bytes 0-5242879/16000000", "bytes 5242880-10485759/16000000",
                                    "bytes 10485760-15999999/16000000"}));
        QCOMPARE(m_endpoint.statuses, QList<int>({206, 206, 201}));
        QVERIFY(m_endpoint.received == m_content);
        const auto first = m_server->requests().at(0);
        QCOMPARE(first.header("content-type"), QByteArray("video/mp4"));
        QCOMPARE(first.header("content-length"), QByteArray("5242880"));
        QCOMPARE(first.target, QByteArray("/upload/v1/7345678901234567891?upload_token=capability"));
        QVERIFY(first.header("authorization").isEmpty()); // the upload URL needs no token
        qint64 confirmed = 0;
        for (const auto &args : progress) {
            QVERIFY(args.at(0).toLongLong() >= confirmed);
            QVERIFY(args.at(1).toLongLong() >= args.at(0).toLongLong());
            QCOMPARE(args.at(2).toLongLong(), kFileSize);
            confirmed = args.at(0).toLongLong();
        }
        QCOMPARE(confirmed, kFileSize);
        QVERIFY(!throughput.isEmpty());
        QVERIFY(throughput.last().at(0).toLongLong() > 0);
        QVERIFY(!QFile::exists(statePath())); // done: nothing left to resume
        QVERIFY(!uploader->isRunning());
    }

    void smallFileGoesWhole()
    {
        const QString small = m_dir.filePath("small.webm");
        QFile file(small);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_content.left(4000000));
        file.close();
        m_endpoint.total = 4000000;
        auto uploader = makeUploader();
        QSignalSpy finished(uploader.get(), &Uploader::finished);
        QVERIFY(uploader->start(ticket(), small, *ChunkPlan::forFile(4000000)).ok());
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_endpoint.ranges, QList<QByteArray>({"bytes 0-3999999/4000000"}));
        QCOMPARE(m_server->requests().at(0).header("content-type"), QByteArray("video/webm"));
    }

    void retriesAfterTheConnectionDropsMidChunk()
    {
        int puts = 0;
        m_server->setBodyCutter(
            [&puts](const StubRequest &) { return ++puts == 2 ? qint64(1000000) : qint64(-1); });
        auto uploader = makeUploader();
        QSignalSpy finished(uploader.get(), &Uploader::finished);
        QSignalSpy failed(uploader.get(), &Uploader::failed);
        QVERIFY(uploader->start(ticket(), m_file, plan()).ok());
        QVERIFY(finished.wait(30000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(puts, 4); // the cut one plus three that arrived
        QCOMPARE(m_endpoint.ranges.size(), 3);
        QVERIFY(m_endpoint.received == m_content);
    }

    void resumesFromTheServersRangeAfterALostReply()
    {
        int puts = 0;
        m_endpoint.fault = [this, &puts](int, const StubRequest &) -> std::optional<StubReply> {
            if (++puts == 2)
                m_endpoint.loseReplyAfterStoring = true; // chunk 2 arrives, its 206 does not
            return std::nullopt;
        };
        auto uploader = makeUploader();
        QSignalSpy finished(uploader.get(), &Uploader::finished);
        QVERIFY(uploader->start(ticket(), m_file, plan()).ok());
        QVERIFY(finished.wait(30000));
        // Chunk 2 again → 416 "bytes 0-10485759/16000000" → chunk 3.
        QCOMPARE(m_endpoint.ranges,
                 QList<QByteArray>({"bytes 0-5242879/16000000", "bytes 5242880-10485759/16000000",
                                    "bytes 5242880-10485759/16000000", "bytes 10485760-15999999/16000000"}));
        QCOMPARE(m_endpoint.statuses, QList<int>({206, 0, 416, 201}));
        QVERIFY(m_endpoint.received == m_content);
    }

    void honoursRetryAfter()
    {
        m_endpoint.fault = [](int put, const StubRequest &) -> std::optional<StubReply> {
            if (put != 0)
                return std::nullopt;
            StubReply busy = StubReply::json(503, "");
            busy.addHeader("Retry-After", "1");
            return busy;
        };
        auto uploader = makeUploader();
        QSignalSpy finished(uploader.get(), &Uploader::finished);
        QVERIFY(uploader->start(ticket(), m_file, plan()).ok());
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_endpoint.statuses.first(), 503);
        QCOMPARE(m_endpoint.ranges.at(1), m_endpoint.ranges.at(0));
        QVERIFY2(m_endpoint.times.at(1) - m_endpoint.times.at(0) >= 950,
                 qPrintable(QString::number(m_endpoint.times.at(1) - m_endpoint.times.at(0))));
    }

    void retriesAreBounded()
    {
        m_endpoint.fault = [](int, const StubRequest &) -> std::optional<StubReply> {
            return StubReply::json(500, "");
        };
        auto uploader = makeUploader();
        QSignalSpy failed(uploader.get(), &Uploader::failed);
        QVERIFY(uploader->start(ticket(), m_file, plan()).ok());
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.at(0).at(0).value<Error>().code, QStringLiteral("platform.upload_server_error"));
        QCOMPARE(m_endpoint.ranges.size(), 4); // RetryPolicy{4, …}
        QVERIFY(QFile::exists(statePath()));   // can still be resumed later
    }

    void permanentStatusesStop_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("400") << 400 << "platform.upload_bad_request";
        QTest::newRow("403") << 403 << "platform.upload_url_expired";
        QTest::newRow("404") << 404 << "platform.upload_not_found";
    }

    void permanentStatusesStop()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        m_endpoint.fault = [status](int, const StubRequest &) -> std::optional<StubReply> {
            return StubReply::json(status, "");
        };
        auto uploader = makeUploader();
        QSignalSpy failed(uploader.get(), &Uploader::failed);
        QVERIFY(uploader->start(ticket(), m_file, plan()).ok());
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).value<Error>().code, code);
        QCOMPARE(m_endpoint.ranges.size(), 1);
    }

    void resumesInANewProcessFromTheSavedState()
    {
        m_endpoint.fault = [](int put, const StubRequest &) -> std::optional<StubReply> {
            return put == 1 ? std::optional<StubReply>(StubReply::hang()) : std::nullopt;
        };
        {
            auto first = makeUploader();
            QVERIFY(first->start(ticket(), m_file, plan()).ok());
            QTRY_COMPARE_WITH_TIMEOUT(m_endpoint.ranges.size(), 2, 20000);
            QCOMPARE(first->state().confirmedBytes, qint64(5242880));
        } // the "process" dies with chunk 2 in flight
        QVERIFY(QFile::exists(statePath()));
        QFile saved(statePath());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray json = saved.readAll();
        QVERIFY(json.contains("\"bytes_confirmed\": 5242880"));
        QVERIFY(json.contains(QByteArray("\"publish_id\": \"" + kPublishId.toUtf8() + "\"")));
        QVERIFY(json.contains("upload_token=capability"));
        for (const char *word : {"access", "refresh", "bearer", "secret"})
            QVERIFY(!json.toLower().contains(word));

        auto second = std::make_unique<Uploader>(m_http.get()); // knows nothing but the file
        QSignalSpy finished(second.get(), &Uploader::finished);
        QVERIFY(second->resume(statePath()).ok());
        QCOMPARE(second->state().publishId, kPublishId);
        QVERIFY(finished.wait(30000));
        QVERIFY(m_endpoint.received == m_content);
        QCOMPARE(m_endpoint.ranges.last(), QByteArray("bytes 10485760-15999999/16000000"));
        QVERIFY(!QFile::exists(statePath()));
    }

    void staleStateRealignsWithThe416Range()
    {
        UploadState state;
        state.publishId = kPublishId;
        state.uploadUrl = ticket().uploadUrl;
        state.filePath = m_file;
        state.fileSize = kFileSize;
        state.fileModified = QFileInfo(m_file).lastModified().toUTC();
        state.contentType = "video/mp4";
        state.chunkSize = plan().chunkSize();
        state.chunkCount = plan().chunkCount();
        state.confirmedBytes = 0; // saved before chunk 1's 206 arrived
        QVERIFY(state.save(statePath()).ok());
        m_endpoint.received = m_content.left(5242880); // …but the server has chunk 1
        Uploader uploader(m_http.get());
        QSignalSpy finished(&uploader, &Uploader::finished);
        QVERIFY(uploader.resume(statePath()).ok());
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_endpoint.statuses, QList<int>({416, 206, 201}));
        QVERIFY(m_endpoint.received == m_content);
    }

    void aChangedFileIsNotResumed()
    {
        UploadState state;
        state.publishId = kPublishId;
        state.uploadUrl = ticket().uploadUrl;
        state.filePath = m_file;
        state.fileSize = kFileSize - 1; // not this file
        state.contentType = "video/mp4";
        state.chunkSize = 5 * ChunkPlan::kMiB;
        state.chunkCount = 3;
        QVERIFY(state.save(statePath()).ok());
        Uploader uploader(m_http.get());
        const auto started = uploader.resume(statePath());
        QVERIFY(!started.ok());
        QCOMPARE(started.error().code, QStringLiteral("platform.upload_file_changed"));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void cancel()
    {
        m_endpoint.fault = [](int, const StubRequest &) -> std::optional<StubReply> {
            return StubReply::hang();
        };
        auto uploader = makeUploader();
        QSignalSpy failed(uploader.get(), &Uploader::failed);
        QVERIFY(uploader->start(ticket(), m_file, plan()).ok());
        QTRY_COMPARE(m_server->requestCount(), 1);
        uploader->cancel();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<Error>().code, QStringLiteral("platform.cancelled"));
        QTRY_COMPARE(m_server->openConnections(), 0);
    }

    void statusPollingStaysWithinTheRateLimit()
    {
        FakePlatform fake;
        QVERIFY(fake.start());
        QStringList sequence{"PROCESSING_UPLOAD", "PUBLISH_COMPLETE"};
        QList<qint64> times;
        QElapsedTimer clock;
        clock.start();
        fake.routes.insert("/v2/post/publish/status/fetch/", [&](const StubRequest &) {
            times << clock.elapsed();
            const QString status = sequence.isEmpty() ? "PUBLISH_COMPLETE" : sequence.takeFirst();
            return FakePlatform::ok("{\"status\":\"" + status.toUtf8() + "\",\"uploaded_bytes\":16000000}");
        });
        MemoryTokenStore store;
        TikTokApi api(*PlatformProfile::load("sandbox", fake.baseUrl()), {fake.clientKey, fake.clientSecret},
                      m_http.get(), &store);
        const auto request = api.beginAuthorization({}, QUrl("http://127.0.0.1:5000/callback/"));
        fake.expectCode("code", {});
        Waiter<AccountSession> session;
        api.exchangeCode(*request, OAuthCallback{"code", {}, request->state}, session.callback());
        QVERIFY(session.wait());
        QVERIFY(session->ok());

        PublishStatusPoller poller(&api);
        poller.setInterval(std::chrono::milliseconds(10)); // clamped to 60 s / 30
        QCOMPARE(poller.interval(), std::chrono::milliseconds(2000));
        QSignalSpy changed(&poller, &PublishStatusPoller::statusChanged);
        QSignalSpy finished(&poller, &PublishStatusPoller::finished);
        poller.start(kPublishId);
        QVERIFY(finished.wait(10000));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(finished.at(0).at(0).value<PublishStatus>().state, PublishStatus::State::PublishComplete);
        QCOMPARE(times.size(), 2);
        QVERIFY(times.at(1) - times.at(0) >= 1950);

        fake.routes.insert("/v2/post/publish/status/fetch/", [](const StubRequest &) {
            return FakePlatform::ok("{\"status\":\"FAILED\",\"fail_reason\":\"frame_rate_check_failed\"}");
        });
        QSignalSpy failed(&poller, &PublishStatusPoller::failed);
        poller.start(kPublishId);
        QVERIFY(failed.wait(5000));
        const Error error = failed.at(0).at(0).value<Error>();
        QCOMPARE(error.code, QStringLiteral("platform.media_frame_rate_rejected"));
        QCOMPARE(PlatformError::actionOf(error), RecoveryAction::FixMedia);
        QCOMPARE(error.context.value("publish_id").toString(), kPublishId);
    }
};

QTEST_GUILESS_MAIN(TestUploader)
#include "tst_uploader.moc"
