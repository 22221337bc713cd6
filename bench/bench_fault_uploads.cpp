// Exactly-once publishing under faults: 200 direct posts of a small real MP4 (720x1280, 30 fps,
// 2 s, made with the ffmpeg CLI) through the sandbox while it injects about 20 % faults on the
// posting and upload paths (500s, 429s with Retry-After, connections reset half-way through a
// PUT). Publisher workers (PublishWorker) use the client's own retry policies; init is never
// retried blindly (an ambiguous failure is checked against the creator's posts first). At the end,
// with the faults off, the creator's video list must hold exactly one video per job.
//
// Limits: the sandbox allows 15 direct posts per creator per day and 6 inits per token per minute
// (the client's limiter keeps to that too). The run raises maxDirectPostsPerDay and spreads the
// jobs over WORKERS sign-ins of the same creator (one grant per worker), so no token needs more
// than a minute's budget of inits; the clock is not touched.
//
// Usage: bench_fault_uploads [UPLOADS=200] [WORKERS=50]

#include "bench/benchplatform.h"
#include "bench/benchsupport.h"
#include "bench/logtally.h"
#include "bench/publishworker.h"
#include "bench/sandboxthread.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include <cstdio>
#include <map>
#include <memory>
#include <vector>

using namespace montaj;

namespace {

const QString kFaultSpec = QStringLiteral("error_rate=/v2/:0.15;http_429=0.06;"
                                          "error_rate=/upload/:0.11;reset_mid_chunk=0.10");

[[noreturn]] void die(const char *what, const QString &why = {})
{
    std::fprintf(stderr, "bench_fault_uploads: %s %s\n", what, qPrintable(why));
    std::exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int uploads = std::max(1, args.size() > 1 ? args.at(1).toInt() : 200);
    const int workerCount = std::clamp(args.size() > 2 ? args.at(2).toInt() : 50, 1, uploads);

    const QString video = QDir(bench::mediaDir()).filePath(QStringLiteral("upload_720x1280_30fps_2s.mp4"));
    if (!bench::ensureMedia(video,
                            {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                             QStringLiteral("testsrc2=s=720x1280:r=30:d=2"), QStringLiteral("-c:v"),
                             QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("veryfast"),
                             QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")}))
        die("cannot make the test video with ffmpeg");
    const Result<ChunkPlan> plan = ChunkPlan::forFile(QFileInfo(video).size());
    if (!plan)
        die("no chunk plan:", plan.error().toString());
    QTemporaryDir stateDir(QDir::temp().filePath(QStringLiteral("bench_fault_uploads-XXXXXX")));

    bench::LogTally tally;
    QLoggingCategory::setFilterRules(
        QStringLiteral("montaj.sandbox.debug=true\nmontaj.platform.http.debug=false"));
    SandboxOptions options;
    options.autoApprove = true;
    options.seedDemoWorld = false;
    options.moderationDelayMs = 100;
    options.maxDirectPostsPerDay = 100000;
    bench::SandboxThread sandbox;
    if (const Result<void> started = sandbox.start(options); !started)
        die("sandbox:", started.error().toString());

    HttpClient http;
    std::vector<bench::SignedInApi> grants;
    for (int i = 0; i < workerCount; ++i) {
        Result<bench::SignedInApi> signedIn = bench::signIn(sandbox.baseUrl(), &http);
        if (!signedIn)
            die("sign-in failed:", signedIn.error().toString());
        grants.push_back(std::move(signedIn).value());
    }
    TikTokApi *checker = grants.front().api.get();
    const auto listOurs = [checker](const QString &prefix) {
        const Result<QList<VideoItem>> videos = bench::await<QList<VideoItem>>(
            [checker](PlatformCallback<QList<VideoItem>> done) {
                checker->listAllVideos({QStringLiteral("id"), QStringLiteral("title")}, 100000, done);
            },
            120000);
        if (!videos)
            die("video/list failed:", videos.error().toString());
        QList<VideoItem> ours;
        for (const VideoItem &v : *videos)
            if (v.title.startsWith(prefix))
                ours << v;
        return std::make_pair(ours, videos->size());
    };
    const QString runTag = QStringLiteral("bench_fault_uploads %1 #")
                               .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    const int videosBefore = int(listOurs(runTag).second);

    std::printf(
        "video: %s (%lld bytes, %d chunk), %d uploads by %d workers (one sign-in each, same creator)\n",
        qPrintable(QFileInfo(video).fileName()), plan->fileSize(), plan->chunkCount(), uploads, workerCount);
    std::printf("faults: %s\n", qPrintable(kFaultSpec));
    std::printf(
        "limits: maxDirectPostsPerDay raised to %d (the default 15 would refuse the run); video/init stays "
        "6/min per token, so jobs are spread over %d grants of the same creator and the client's limiter "
        "holds each to its budget; no clock advance\n",
        options.maxDirectPostsPerDay, workerCount);
    std::fflush(stdout);
    if (const Result<void> faulty = sandbox.setFaultSpec(kFaultSpec); !faulty)
        die("fault spec:", faulty.error().toString());
    tally.setCounting(true);

    int nextJob = 0;
    const auto jobs = [&nextJob, uploads, &runTag]() -> std::optional<bench::PublishWorker::Job> {
        if (nextJob >= uploads)
            return std::nullopt;
        const int index = nextJob++;
        return bench::PublishWorker::Job{index, runTag + QString::number(index)};
    };
    std::map<int, QStringList> completedIds; // job → publish ids that reached PUBLISH_COMPLETE
    QSet<QString> allCompleted;
    int failedJobs = 0, idleWorkers = 0, done = 0;
    QList<double> doneAt; // seconds since the start, one per published job
    QEventLoop loop;
    QElapsedTimer wall;
    wall.start();
    std::vector<std::unique_ptr<bench::PublishWorker>> workers;
    for (bench::SignedInApi &grant : grants) {
        auto worker = std::make_unique<bench::PublishWorker>(grant.api.get(), &http, video, *plan,
                                                             stateDir.path(), jobs);
        QObject::connect(worker.get(), &bench::PublishWorker::published, &loop,
                         [&](int job, const QString &publishId) {
                             completedIds[job] << publishId;
                             doneAt << double(wall.elapsed()) / 1000.0;
                             if (!publishId.isEmpty())
                                 allCompleted.insert(publishId);
                             if (++done % 25 == 0) {
                                 std::printf("  %d/%d published after %.1f s\n", done, uploads,
                                             double(wall.elapsed()) / 1000.0);
                                 std::fflush(stdout);
                             }
                         });
        QObject::connect(worker.get(), &bench::PublishWorker::jobFailed, &loop,
                         [&](int job, const Error &error) {
                             ++failedJobs;
                             std::fprintf(stderr, "job %d failed: %s\n", job, qPrintable(error.toString()));
                         });
        QObject::connect(worker.get(), &bench::PublishWorker::idle, &loop, [&] {
            if (++idleWorkers == workerCount)
                loop.quit();
        });
        workers.push_back(std::move(worker));
    }
    for (const auto &worker : workers)
        worker->start();
    QTimer::singleShot(170000, &loop, &QEventLoop::quit);
    loop.exec();
    const double wallSeconds = double(wall.elapsed()) / 1000.0;
    tally.setCounting(false);
    bench::LogTally::Counts counts = tally.counts();
    if (idleWorkers != workerCount)
        std::printf("TIMEOUT: %d of %d workers still busy after %.0f s\n", workerCount - idleWorkers,
                    workerCount, wallSeconds);

    // Verification with the faults off: what the platform itself shows.
    if (!sandbox.setFaultSpec(QString()).ok())
        die("cannot clear the faults");
    const auto [ours, videosAfter] = listOurs(runTag);
    QSet<QString> titles, ids;
    for (const VideoItem &v : ours) {
        titles.insert(v.title);
        ids.insert(v.id);
    }
    const int duplicates = int(ours.size() - titles.size());
    int exactlyOnce = 0, twice = 0;
    for (int job = 0; job < uploads; ++job) {
        const auto it = completedIds.find(job);
        const qsizetype n = it == completedIds.end() ? 0 : it->second.size();
        exactlyOnce += n == 1 ? 1 : 0;
        twice += n > 1 ? 1 : 0;
    }
    const int completed = exactlyOnce;

    bench::PublishWorker::Stats sum;
    for (const auto &worker : workers) {
        const auto &s = worker->stats();
        sum.initCalls += s.initCalls;
        sum.initRateLimited += s.initRateLimited;
        sum.ambiguousInits += s.ambiguousInits;
        sum.postChecks += s.postChecks;
        sum.foundByCheck += s.foundByCheck;
        sum.uploadResumes += s.uploadResumes;
        sum.pollRestarts += s.pollRestarts;
        sum.republished += s.republished;
        sum.creatorInfoRetries += s.creatorInfoRetries;
    }
    int requests = counts.resets, faults = counts.resets;
    for (const auto &[endpoint, n] : counts.requests)
        requests += n;
    std::printf("injected faults by endpoint (requests the sandbox saw):\n");
    for (const auto &[endpoint, n] : counts.requests) {
        const int f500 = counts.faults500[endpoint], f429 = counts.faults429[endpoint];
        const int resets = endpoint == QLatin1String("upload PUT") ? counts.resets : 0;
        const int total = n + resets;
        faults += f500 + f429;
        std::printf("  %-18s %5d requests: %4d x 500, %4d x 429, %4d resets mid-body  (%.1f %% faulted)\n",
                    qPrintable(endpoint), total, f500, f429, resets,
                    total > 0 ? 100.0 * (f500 + f429 + resets) / total : 0.0);
    }
    const double faultRate = requests > 0 ? double(faults) / double(requests) : 0;
    std::printf("faults: %d of %d requests (%.1f %%) after sign-in\n", faults, requests, 100.0 * faultRate);
    std::printf("client retries: %d API calls re-sent by the client (", counts.apiRetries);
    for (const auto &[endpoint, n] : counts.apiRetriesByEndpoint)
        std::printf(" %s:%d", qPrintable(endpoint), n);
    const int putsSent = counts.requests[QStringLiteral("upload PUT")] + counts.resets;
    std::printf(
        " )\nupload: %d PUTs for %d uploads: %d re-sent by the Uploader (backoff), %d re-sent inside libcurl "
        "(a reset on a kept-alive connection: libcurl rewinds the body and reconnects once by itself); "
        "%d Uploader resumes from its state file\n",
        putsSent, uploads, counts.uploadRetries, putsSent - uploads - counts.uploadRetries,
        sum.uploadResumes);
    std::printf("init: %d calls for %d posts; %d refused with 429 after the client's own retries (re-sent); "
                "%d ambiguous failures -> %d post-list checks before re-initialising, %d found the post\n",
                sum.initCalls, uploads, sum.initRateLimited, sum.ambiguousInits, sum.postChecks,
                sum.foundByCheck);
    std::printf(
        "other: %d creator_info re-asks, %d poll restarts, %d re-posts after FAILED, %d jobs failed\n",
        sum.creatorInfoRetries, sum.pollRestarts, sum.republished, failedJobs);
    std::printf(
        "outcome: %lld publish ids reached PUBLISH_COMPLETE; jobs completed exactly once %d, more than "
        "once %d; video list: %lld videos of this run (%d before, %lld after in all), %lld distinct titles, "
        "%lld distinct ids, duplicates %d\n",
        qint64(allCompleted.size()), exactlyOnce, twice, qint64(ours.size()), videosBefore,
        qint64(videosAfter), qint64(titles.size()), qint64(ids.size()), duplicates);
    const double t50 = bench::percentile(doneAt, 0.5), t95 = bench::percentile(doneAt, 0.95);
    std::printf(
        "wall time %.1f s for %d uploads (%.2f uploads/s); half were published after %.1f s, 95 %% after "
        "%.1f s; calls the client's own rate limiter held back over 2 s:",
        wallSeconds, uploads, double(uploads) / wallSeconds, t50, t95);
    for (const auto &[endpoint, n] : counts.longWaits)
        std::printf(" %s:%d", qPrintable(endpoint), n);
    std::printf(" (video/init allows 6 per token per minute)\n");
    std::printf("BENCH fault_uploads uploads=%d workers=%d completed=%d duplicates=%d videos=%lld "
                "publish_complete=%lld failed_jobs=%d requests=%d faults=%d fault_rate=%.3f api_retries=%d "
                "upload_retries=%d upload_resumes=%d init_calls=%d ambiguous_inits=%d "
                "ambiguous_init_checks=%d found_by_check=%d "
                "libcurl_resends=%d t95_s=%.1f wall_s=%.1f\n",
                uploads, workerCount, completed, duplicates, qint64(ours.size()), qint64(allCompleted.size()),
                failedJobs, requests, faults, faultRate, counts.apiRetries, counts.uploadRetries,
                sum.uploadResumes, sum.initCalls, sum.ambiguousInits, sum.postChecks, sum.foundByCheck,
                putsSent - uploads - counts.uploadRetries, t95, wallSeconds);
    workers.clear();
    grants.clear();
    return completed == uploads && duplicates == 0 ? 0 : 1;
}
