// Upload speed and crash resume against the sandbox, over loopback.
//
// 1. Throughput: 300 MB (300,000,000 random bytes) in 10,000,000-byte chunks (ChunkPlan with a
//    preferred chunk of 10 MB: 30 chunks) with Montaj's Uploader, against the curl CLI sending the
//    same chunks, with the same headers, to a fresh upload URL of the same sandbox in the same run.
//    The sandbox refuses a single 300 MB PUT (chunks are 5–64 MiB; files over 64 MiB must be
//    chunked), so curl runs once with one PUT per chunk (--next), over one kept-alive connection.
// 2. Crash resume: a child process (bench_upload_child) uploads with a state file and is killed
//    with SIGKILL half-way, in the middle of a chunk; this process resumes from the state file with
//    Uploader::resume. A byte-counting relay between the clients and the sandbox sees every request
//    body; bytes sent twice = all body bytes both processes sent − the file size.
//
// Usage: bench_upload [ROUNDS]   (default 7 rounds of Montaj and curl after an uncounted warm-up,
//                                 alternating who goes first; medians)

#include "bench/benchplatform.h"
#include "bench/benchsupport.h"
#include "bench/crashtrial.h"
#include "bench/sandboxthread.h"
#include "core/platform/chunkplan.h"
#include "core/platform/uploader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace montaj;

namespace {

constexpr qint64 kFileBytes = 300 * 1000 * 1000;
constexpr qint64 kChunkBytes = 10 * 1000 * 1000;
constexpr int kKillDelaysMs[] = {0, 8, 16, 24, 32}; // after the child's half-way line

QString g_scratch; // removed by die(): it may hold a gigabyte on tmpfs

[[noreturn]] void die(const char *what, const QString &why = {})
{
    std::fprintf(stderr, "bench_upload: %s %s\n", what, qPrintable(why));
    if (!g_scratch.isEmpty())
        QDir(g_scratch).removeRecursively();
    std::exit(1);
}

// Writes dirty pages out (untimed) so that no run pays for the previous one's disk writes.
void settle()
{
#ifdef Q_OS_UNIX
    ::sync();
#endif
}

bool writeRandomFile(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (qint64 written = 0; written < size;) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()),
                                              block.size() / qsizetype(sizeof(quint32)));
        const qint64 n = std::min<qint64>(block.size(), size - written);
        if (file.write(block.constData(), n) != n)
            return false;
        written += n;
    }
    return file.flush();
}

bool writeChunkFiles(const QString &source, const ChunkPlan &plan, const QDir &dir, QStringList *paths)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    for (int i = 0; i < plan.chunkCount(); ++i) {
        const ChunkRange range = plan.chunk(i);
        const QString path = dir.filePath(QStringLiteral("chunk_%1.bin").arg(i, 3, 10, QLatin1Char('0')));
        QFile out(path);
        if (!in.seek(range.first) || !out.open(QIODevice::WriteOnly)
            || out.write(in.read(range.size())) != range.size())
            return false;
        paths->append(path);
    }
    return true;
}

// Uploads with Montaj's Uploader; returns the wall time from start() to finished(), or -1.
double uploadWithMontaj(HttpClient *http, const UploadTicket &ticket, const QString &file,
                        const ChunkPlan &plan)
{
    Uploader uploader(http);
    QElapsedTimer timer;
    timer.start();
    if (const Result<void> done =
            bench::runUploader(uploader, [&] { return uploader.start(ticket, file, plan); });
        !done) {
        std::fprintf(stderr, "montaj upload failed: %s\n", qPrintable(done.error().toString()));
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

// One curl process, one PUT per chunk over one connection (--next), with the headers Montaj sends.
// --request-target keeps curl from appending the file name to the upload URL (it ends in '/').
QStringList curlArgs(const QUrl &url, const QStringList &chunkFiles, const ChunkPlan &plan)
{
    QStringList args;
    for (int i = 0; i < plan.chunkCount(); ++i) {
        const ChunkRange range = plan.chunk(i);
        if (i > 0)
            args << QStringLiteral("--next");
        args << QStringLiteral("-sS") << QStringLiteral("--fail") << QStringLiteral("-o")
             << QStringLiteral("/dev/null") << QStringLiteral("-T") << chunkFiles.at(i)
             << QStringLiteral("-H") << QStringLiteral("Content-Type: video/mp4") << QStringLiteral("-H")
             << QStringLiteral("Content-Range: bytes %1-%2/%3")
                    .arg(range.first)
                    .arg(range.last)
                    .arg(plan.fileSize())
             << QStringLiteral("-H") << QStringLiteral("Expect:") << QStringLiteral("--request-target")
             << url.path() << url.toString();
    }
    return args;
}

QString curlVersion()
{
    QProcess curl;
    curl.start(QStringLiteral("curl"), {QStringLiteral("--version")});
    curl.waitForFinished();
    return QString::fromUtf8(curl.readAllStandardOutput()).section(u' ', 1, 1);
}

double megabytesPerSecond(double seconds)
{
    return seconds > 0 ? double(kFileBytes) / 1e6 / seconds : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("montaj.*.debug=false\nmontaj.*.info=false"));
    const QStringList args = app.arguments();
    const int rounds = std::max(1, args.size() > 1 ? args.at(1).toInt() : 7);

    // On tmpfs when there is one: the sandbox commits every chunk with fsync, and on a shared disk
    // other processes' writes would decide the figures more than the clients do.
    const bool tmpfs =
        QFileInfo(QStringLiteral("/dev/shm")).isDir() && QFileInfo(QStringLiteral("/dev/shm")).isWritable();
    QTemporaryDir temp(QDir(tmpfs ? QStringLiteral("/dev/shm") : QDir::tempPath())
                           .filePath(QStringLiteral("bench_upload-XXXXXX")));
    if (!temp.isValid())
        die("no temporary folder");
    g_scratch = temp.path();
    const QDir work(temp.path());
    const QString file = work.filePath(QStringLiteral("upload_300MB.mp4"));
    const Result<ChunkPlan> plan = ChunkPlan::forFile(kFileBytes, kChunkBytes);
    QStringList chunkFiles;
    if (!plan || !writeRandomFile(file, kFileBytes) || !writeChunkFiles(file, *plan, work, &chunkFiles))
        die("cannot write the test files in", work.path());
    const auto settleUnlessTmpfs = [tmpfs] {
        if (!tmpfs)
            settle();
    };
    settleUnlessTmpfs();
    std::printf("file: %lld random bytes (not a video), plan: %d chunks of %lld bytes (last %lld)\n",
                kFileBytes, plan->chunkCount(), plan->chunkSize(),
                plan->chunk(plan->chunkCount() - 1).size());

    SandboxOptions options;
    options.autoApprove = true;
    options.seedDemoWorld = false;
    options.moderationDelayMs = 200;
    options.maxDirectPostsPerDay = 100;
    options.stateDir = work.filePath(QStringLiteral("sandbox"));
    bench::SandboxThread sandbox;
    if (const Result<void> started = sandbox.start(options); !started)
        die("sandbox:", started.error().toString());
    HttpClient http;
    std::printf("sandbox at %s on its own thread, state and files in %s\n",
                qPrintable(sandbox.baseUrl().toString()), qPrintable(work.path()));

    QList<double> montajTimes, curlTimes, ratios;
    QString failReason;
    // Round 0 warms up both paths (the sandbox's first big files, page cache) and is not counted.
    // Each round signs in afresh (video/init allows 6 per token per minute) and inits one post per
    // side; who goes first alternates. The ratio is the median of the rounds' ratios (the two runs
    // of a round share the machine's conditions).
    for (int round = 0; round <= rounds; ++round) {
        Result<bench::SignedInApi> grant = bench::signIn(sandbox.baseUrl(), &http);
        if (!grant)
            die("sign-in failed:", grant.error().toString());
        TikTokApi *api = grant.value().api.get();
        double roundSeconds[2] = {0, 0}; // montaj, curl
        for (int turn = 0; turn < 2; ++turn) {
            const bool montajTurn = (turn == 0) == (round % 2 == 0);
            settleUnlessTmpfs();
            const Result<UploadTicket> ticket = bench::initPost(
                api, *plan, QStringLiteral("bench_upload %1 %2").arg(montajTurn ? 1 : 2).arg(round),
                QStringLiteral("SELF_ONLY")); // not a video anyway
            if (!ticket)
                die("init failed:", ticket.error().toString());
            const double seconds =
                montajTurn
                    ? uploadWithMontaj(&http, *ticket, file, *plan)
                    : bench::runTimed(QStringLiteral("curl"), curlArgs(ticket->uploadUrl, chunkFiles, *plan));
            const Result<PublishStatus> outcome = bench::waitForOutcome(api, ticket->publishId);
            if (seconds < 0 || !outcome || outcome->uploadedBytes != kFileBytes)
                die(montajTurn ? "Montaj's upload failed" : "curl's upload failed",
                    outcome ? QStringLiteral("server has %1 bytes").arg(outcome->uploadedBytes)
                            : outcome.error().toString());
            failReason = outcome->failReason;
            roundSeconds[montajTurn ? 0 : 1] = seconds;
            if (round > 0)
                (montajTurn ? montajTimes : curlTimes) << seconds;
            std::printf("%s %d: %-6s %.2f s, %.1f MB/s (server got all %lld bytes; then %s %s)\n",
                        round > 0 ? "round" : "warm-up", round, montajTurn ? "montaj" : "curl", seconds,
                        megabytesPerSecond(seconds), kFileBytes, qPrintable(outcome->rawStatus),
                        qPrintable(outcome->failReason));
            std::fflush(stdout);
        }
        if (round > 0)
            ratios << roundSeconds[1] / roundSeconds[0]; // throughput ratio = inverse time ratio
    }
    const double montajMBs = megabytesPerSecond(bench::median(montajTimes));
    const double curlMBs = megabytesPerSecond(bench::median(curlTimes));
    const double ratio = bench::median(ratios);
    std::printf(
        "throughput (medians of %d rounds): montaj Uploader %.1f MB/s, curl CLI %.1f MB/s; montaj/curl: "
        "median of the rounds' ratios %.3f (min %.3f, max %.3f), ratio of the medians %.3f (target >= "
        "0.80)\n",
        rounds, montajMBs, curlMBs, ratio, *std::min_element(ratios.cbegin(), ratios.cend()),
        *std::max_element(ratios.cbegin(), ratios.cend()), montajMBs / curlMBs);
    std::printf(
        "peer: curl %s, one process, %d PUTs (--next, one kept-alive connection) of the same chunk files "
        "with Content-Type, Content-Range and no Expect (as Montaj); the sandbox refuses one 300 MB PUT "
        "(chunks must be 5-64 MiB, files over 64 MiB must be chunked)\n",
        qPrintable(curlVersion()), plan->chunkCount());
    std::printf(
        "content: random bytes: the sandbox stores every chunk (201 on the last) and fails the publish "
        "only afterwards, when it probes the file (fail_reason=%s): fine for throughput\n",
        qPrintable(failReason));
    std::fflush(stdout);

    // Several crashes, each with a fresh upload: killed as soon as the child says it is half-way,
    // and a few milliseconds later (a 10 MB chunk takes 20-50 ms here, so the kill lands at
    // different points of a chunk: mid-body, or sent but its 206 not yet saved). The worst counts.
    Result<bench::SignedInApi> crashSide = bench::signIn(sandbox.baseUrl(), &http);
    if (!crashSide)
        die("sign-in failed");
    qint64 worstBytes = 0;
    int worstChunks = 0;
    for (const int killDelayMs : kKillDelaysMs) {
        settleUnlessTmpfs();
        const Result<bench::CrashTrial> trial = bench::CrashTrial::run(
            crashSide.value().api.get(), &http, quint16(sandbox.baseUrl().port()), file, *plan,
            work.filePath(QStringLiteral("crash-%1.upload-state.json").arg(killDelayMs)), killDelayMs);
        if (!trial)
            die("crash trial:", trial.error().toString());
        QStringList twice;
        for (const int chunk : trial->chunksSentTwice)
            twice << QStringLiteral("#%1").arg(chunk + 1);
        std::printf(
            "crash run (kill %d ms after the half-way line): the child got %lld body bytes onto the wire "
            "(its last line said sent=%lld); after the kill its state file had %lld confirmed, the "
            "sandbox %lld; the resumed Uploader sent %lld bytes in %.2f s (%lld requests, %lld before); "
            "server has %lld of %lld, then %s %s\n",
            killDelayMs, trial->childSent, trial->childLastPrinted, trial->stateHad, trial->serverHad,
            trial->resumeSent, trial->resumeSeconds, qint64(trial->resumeRequests),
            qint64(trial->childRequests), trial->outcome.uploadedBytes, plan->fileSize(),
            qPrintable(trial->outcome.rawStatus), qPrintable(trial->outcome.failReason));
        std::printf("  resent %lld bytes (%.1f %% of a chunk), %d chunk(s) %s\n", trial->resentBytes,
                    100.0 * double(trial->resentBytes) / double(plan->chunkSize()), trial->resentChunks,
                    qPrintable(twice.join(u' ')));
        std::fflush(stdout);
        worstBytes = std::max(worstBytes, trial->resentBytes);
        worstChunks = std::max(worstChunks, trial->resentChunks);
    }
    std::printf("crash resume (worst of %d): resent_bytes=%lld, resent_chunks=%d (target: at most 1)\n",
                int(std::size(kKillDelaysMs)), worstBytes, worstChunks);
    std::printf(
        "BENCH upload bytes=%lld chunk_bytes=%lld chunks=%d rounds=%d montaj_mb_s=%.1f curl_mb_s=%.1f "
        "ratio=%.3f target_ratio=0.80 crash_trials=%d resent_bytes=%lld resent_chunks=%d "
        "target_resent_chunks=1\n",
        kFileBytes, plan->chunkSize(), plan->chunkCount(), rounds, montajMBs, curlMBs, ratio,
        int(std::size(kKillDelaysMs)), worstBytes, worstChunks);
    return 0;
}
