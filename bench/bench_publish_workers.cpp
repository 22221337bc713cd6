// Exactly once, at agency scale: 4 `montajctl publish run` workers share a PostgreSQL workspace
// (a real server, started here) and drain 2,000 due posts for 40 accounts against the sandbox
// (`montajctl sandbox`, a separate process) while it injects about 10 % faults — 500s, 429s,
// connections cut mid-chunk, and init requests that are served but whose reply is lost — and
// workers are killed with SIGKILL and restarted at random. Afterwards the sandbox runs again without
// faults and every account's video list is read back: duplicates (the same post twice on the
// platform) and lost posts are counted. The peer is the same workers draining the same number of
// posts with no faults and no kills, in the same run: the ratio is the cost of the faults and kills.
//   bench_publish_workers [POSTS] [--no-peer]

#include "bench/benchplatform.h"
#include "bench/benchsupport.h"
#include "core/platform/memorytokenstore.h"
#include "core/publish/publisher/sandboxaccountsessions.h"
#include "core/publish/store/workspacestore.h"
#include "core/sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <vector>

using namespace montaj;

namespace {

constexpr int kAccounts = 40;
constexpr int kWorkers = 4;
const QString kFaults =
    QStringLiteral("error_rate=/v2/post/publish/:0.04;drop_reply=/v2/post/publish/video/init/:0.03;"
                   "http_429=0.02;reset_mid_chunk=0.03");

[[noreturn]] void die(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "bench_publish_workers: %s %s\n", what, qPrintable(detail));
    std::exit(1);
}

QString montajctl()
{
    return QDir(QCoreApplication::applicationDirPath())
        .filePath(QStringLiteral("../app/montajctl/montajctl"));
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        die("command failed:",
            program + u' ' + args.join(u' ') + u'\n' + QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// `montajctl sandbox` as a child; its URL from the "listening" event.
struct SandboxProcess
{
    std::unique_ptr<QProcess> process;
    QUrl url;

    void start(const QString &stateDir, const QString &faults, quint16 port)
    {
        process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->setStandardErrorFile(stateDir + QStringLiteral("/sandbox.log"), QIODevice::Append);
        QStringList args = {QStringLiteral("sandbox"),
                            QStringLiteral("--auto-approve"),
                            QStringLiteral("--state"),
                            stateDir,
                            QStringLiteral("--port"),
                            QString::number(port),
                            QStringLiteral("--creators"),
                            QString::number(kAccounts),
                            QStringLiteral("--max-posts-per-day"),
                            QStringLiteral("1000000"),
                            QStringLiteral("--moderation-delay-ms"),
                            QStringLiteral("300")};
        if (!faults.isEmpty())
            args << QStringLiteral("--faults") << faults;
        process->start(montajctl(), args);
        if (!process->waitForReadyRead(30000))
            die("the sandbox did not start");
        const auto event = QJsonDocument::fromJson(process->readLine()).object();
        url = QUrl(event.value(QStringLiteral("url")).toString());
        if (!url.isValid())
            die("the sandbox did not say where it listens");
    }
    void stop()
    {
        process->terminate();
        process->waitForFinished(10000);
    }
};

struct Worker
{
    std::unique_ptr<QProcess> process;
    int generation = 0;
};

struct DrainResult
{
    double seconds = 0;
    int published = 0;
    int failed = 0;
    int kills = 0;
};

// Starts the workers and waits until every post is published or failed, killing workers at random
// when `chaos` is on.
DrainResult drain(const QString &workspace, const QUrl &sandbox, int posts, bool chaos)
{
    std::vector<Worker> workers(kWorkers);
    const auto launch = [&](int i) {
        Worker &w = workers[std::size_t(i)];
        w.process = std::make_unique<QProcess>();
        w.process->setStandardOutputFile(QProcess::nullDevice());
        w.process->setStandardErrorFile(QProcess::nullDevice());
        w.process->start(montajctl(),
                         {QStringLiteral("publish"), QStringLiteral("run"), QStringLiteral("--workspace"),
                          workspace, QStringLiteral("--sandbox"), sandbox.toString(),
                          QStringLiteral("--worker-id"), QStringLiteral("w%1.%2").arg(i).arg(w.generation++),
                          QStringLiteral("--concurrency"), QStringLiteral("4"), QStringLiteral("--lease"),
                          QStringLiteral("15")});
    };
    for (int i = 0; i < kWorkers; ++i)
        launch(i);
    auto store = WorkspaceStore::open(*WorkspaceLocation::parse(workspace));
    if (!store)
        die("cannot open the workspace:", store.error().toString());
    QElapsedTimer clock;
    clock.start();
    DrainResult result;
    qint64 nextKill = 5000 + QRandomGenerator::global()->bounded(8000);
    while (clock.elapsed() < 40 * 60 * 1000) {
        bench::pause(1000);
        if (chaos && clock.elapsed() >= nextKill) {
            const int victim = int(QRandomGenerator::global()->bounded(kWorkers));
            workers[std::size_t(victim)].process->kill(); // SIGKILL: no cleanup, leases left behind
            workers[std::size_t(victim)].process->waitForFinished(5000);
            ++result.kills;
            bench::pause(500 + int(QRandomGenerator::global()->bounded(1500)));
            launch(victim);
            nextKill = clock.elapsed() + 3000 + QRandomGenerator::global()->bounded(9000);
        }
        const auto all = (*store)->posts();
        if (!all)
            continue;
        result.published = result.failed = 0;
        for (const Post &p : *all) {
            result.published += p.state == PostState::Published;
            result.failed += p.state == PostState::Failed;
        }
        std::printf("\r%6.0f s  published %d  failed %d  kills %d   ", double(clock.elapsed()) / 1000,
                    result.published, result.failed, result.kills);
        std::fflush(stdout);
        if (result.published + result.failed >= posts)
            break;
    }
    result.seconds = double(clock.elapsed()) / 1000;
    std::printf("\n");
    for (Worker &w : workers) {
        w.process->terminate();
        if (!w.process->waitForFinished(20000))
            w.process->kill();
    }
    return result;
}

void schedule(const QString &workspace, const QString &dir, const QString &media, const QString &tag,
              int posts)
{
    QByteArray csv = "account,scheduled_at,media,caption,privacy,allow_comment\n";
    const QString when = QDateTime::currentDateTimeUtc().addSecs(20).toString(Qt::ISODate);
    for (int i = 0; i < posts; ++i)
        csv += QStringLiteral("creator_%1,%2,%3,%4-%5 #bench,public,true\n")
                   .arg(i % kAccounts + 1)
                   .arg(when, media, tag)
                   .arg(i)
                   .toUtf8();
    const QString path = dir + QStringLiteral("/") + tag + QStringLiteral(".csv");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        die("cannot write the schedule");
    file.close();
    run(montajctl(), {QStringLiteral("schedule"), QStringLiteral("import"), path,
                      QStringLiteral("--import-valid"), QStringLiteral("--workspace"), workspace});
    bench::pause(21000); // until they are due
}

// Reads every account's videos back (faults off) and counts the posts tagged `tag`.
std::pair<int, int> countOnPlatform(const QUrl &sandbox, const QString &tag, int posts)
{
    HttpClient http;
    int duplicates = 0;
    QSet<int> seen;
    for (int a = 1; a <= kAccounts; ++a) {
        auto profile = PlatformProfile::load(QStringLiteral("sandbox"), sandbox);
        MemoryTokenStore tokens;
        TikTokApi api(*profile, {SandboxServer::demoClientKey(), SandboxServer::demoClientSecret()}, &http,
                      &tokens);
        const auto session = bench::await<AccountSession>([&](PlatformCallback<AccountSession> done) {
            SandboxAccountSessions::signIn(&api, &http, QStringLiteral("creator_%1").arg(a),
                                           SandboxAccountSessions::defaultScopes(), done);
        });
        if (!session)
            die("sign-in for the check failed:", session.error().toString());
        const auto videos = bench::await<QList<VideoItem>>([&](PlatformCallback<QList<VideoItem>> done) {
            api.listAllVideos({QStringLiteral("id"), QStringLiteral("title")}, 100000, done);
        });
        if (!videos)
            die("video/list failed:", videos.error().toString());
        for (const VideoItem &v : *videos) {
            if (!v.title.startsWith(tag + u'-'))
                continue;
            const int n = v.title.mid(tag.size() + 1).section(u' ', 0, 0).toInt();
            if (seen.contains(n))
                ++duplicates;
            seen.insert(n);
        }
    }
    return {duplicates, posts - int(seen.size())};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int posts = args.size() > 1 && !args.at(1).startsWith(u'-') ? args.at(1).toInt() : 2000;
    const bool withPeer = !args.contains(QStringLiteral("--no-peer"));
    QTemporaryDir tmp(QStringLiteral("/tmp/montaj-bench-XXXXXX"));
    const QString dir = tmp.path();
    // The PostgreSQL server runs as the 'postgres' user when we are root: it must reach its folder.
    QFile::setPermissions(dir, QFile::permissions(dir) | QFileDevice::ExeOther | QFileDevice::ReadOther);
    const QString media = QDir(bench::mediaDir()).filePath(QStringLiteral("publish_720x1280_2s.mp4"));
    if (!bench::ensureMedia(
            media, {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                    QStringLiteral("testsrc2=s=720x1280:r=30:d=2"), QStringLiteral("-f"),
                    QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("sine=d=2"),
                    QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
                    QStringLiteral("veryfast"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                    QStringLiteral("-c:a"), QStringLiteral("aac"), QStringLiteral("-shortest")}))
        die("cannot make the video");

    const QString pgDir = dir + QStringLiteral("/pg");
    const QString script = QStringLiteral(MONTAJ_SOURCE_DIR "/scripts/postgres-test-server.sh");
    const QString workspace = run(script, {QStringLiteral("start"), pgDir});
    struct PgStop
    {
        QString script, dir;
        ~PgStop() { QProcess::execute(script, {QStringLiteral("stop"), dir}); }
    } pgStop{script, pgDir};
    std::printf("PostgreSQL at %s\n", qPrintable(workspace));

    SandboxProcess sandbox;
    const QString stateDir = dir + QStringLiteral("/sandbox");
    QDir().mkpath(stateDir);
    sandbox.start(stateDir, {}, 0);
    const quint16 port = quint16(sandbox.url.port());
    for (int a = 1; a <= kAccounts; ++a)
        run(montajctl(),
            {QStringLiteral("workspace"), QStringLiteral("add-account"), QStringLiteral("creator_%1").arg(a),
             QStringLiteral("--sandbox"), sandbox.url.toString(), QStringLiteral("--workspace"), workspace});

    DrainResult clean;
    if (withPeer) {
        std::printf("peer: %d posts, %d workers, no faults, no kills\n", posts, kWorkers);
        schedule(workspace, dir, media, QStringLiteral("clean"), posts);
        clean = drain(workspace, sandbox.url, posts, false);
    }
    sandbox.stop();
    sandbox.start(stateDir, kFaults, port);
    std::printf("chaos: %d posts, %d workers, faults \"%s\", random SIGKILLs\n", posts, kWorkers,
                qPrintable(kFaults));
    schedule(workspace, dir, media, QStringLiteral("chaos"), posts);
    const DrainResult chaos = drain(workspace, sandbox.url, posts + clean.published + clean.failed, true);
    sandbox.stop();
    sandbox.start(stateDir, {}, port); // faults off to read the truth back
    const auto [duplicates, lost] = countOnPlatform(sandbox.url, QStringLiteral("chaos"), posts);
    sandbox.stop();

    const int chaosPublished = chaos.published - clean.published;
    const int chaosFailed = chaos.failed - clean.failed;
    const double chaosRate = chaos.seconds > 0 ? chaosPublished / chaos.seconds : 0;
    const double cleanRate = clean.seconds > 0 ? clean.published / clean.seconds : 0;
    std::printf("BENCH publish_workers posts=%d accounts=%d workers=%d kills=%d published=%d failed=%d "
                "duplicates=%d lost=%d wall_s=%.1f posts_per_s=%.2f peer_no_faults_posts_per_s=%.2f "
                "ratio_to_peer=%.2f\n",
                posts, kAccounts, kWorkers, chaos.kills, chaosPublished, chaosFailed, duplicates, lost,
                chaos.seconds, chaosRate, cleanRate, cleanRate > 0 ? chaosRate / cleanRate : 0.0);
    return duplicates == 0 && lost == 0 ? 0 : 1;
}
