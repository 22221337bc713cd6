#include "tests/publish/publisher/publishertestkit.h"

#include "tests/support/mediafixtures.h"

#include <QDir>
#include <QTest>

namespace montaj::test {

SandboxOptions PublisherKit::sandboxOptions()
{
    SandboxOptions options;
    options.autoApprove = true;
    options.moderationDelayMs = 100;
    options.seedDemoWorld = false;
    options.publicCreatorAccounts = 3;
    return options;
}

bool PublisherKit::setUp(SandboxOptions options)
{
    dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        return false;
    if (options.stateDir.isEmpty())
        options.stateDir = dir->filePath("sandbox");
    sandboxOpts = options;
    sandbox = std::make_unique<SandboxServer>(options);
    if (const Result<void> started = sandbox->start(); !started) {
        qWarning() << "sandbox:" << started.error().toString();
        return false;
    }
    sandboxPort = sandbox->port();
    http = std::make_unique<HttpClient>();
    resetSessions();

    return openWorkspace(WorkspaceLocation::sqlite(dir->filePath("workspace.sqlite")));
}

bool PublisherKit::openWorkspace(const WorkspaceLocation &where)
{
    store.reset();
    location = where;
    auto opened = WorkspaceStore::open(location);
    if (!opened) {
        qWarning() << "workspace:" << opened.error().toString();
        return false;
    }
    store = std::move(opened).value();
    accounts.clear();
    for (int i = 1; i <= 3; ++i) {
        WorkspaceAccount account;
        account.profileId = "sandbox";
        account.username = QString("creator_%1").arg(i);
        Result<PlatformApi *> api =
            await<PlatformApi *>([&](std::function<void(Result<PlatformApi *>)> done) {
                sessions->acquire(account, std::move(done));
            });
        if (!api) {
            qWarning() << "sign-in:" << api.error().toString();
            return false;
        }
        account.openId = (*api)->session().openId;
        account.displayName = QString("Creator %1").arg(i);
        account.timeZone = "Europe/Paris";
        auto saved = store->saveAccount(account);
        if (!saved) {
            qWarning() << "account:" << saved.error().toString();
            return false;
        }
        accounts << *saved;
    }
    return true;
}

void PublisherKit::resetSessions()
{
    sessions = std::make_unique<SandboxAccountSessions>(
        sandbox->baseUrl(),
        ClientCredentials{SandboxServer::demoClientKey(), SandboxServer::demoClientSecret()}, http.get());
    RetryPolicy quick;
    quick.maxAttempts = 2;
    quick.baseDelayMs = 50;
    quick.maxDelayMs = 200;
    sessions->setRetryPolicy(quick);
}

void PublisherKit::tearDown()
{
    store.reset();
    sessions.reset();
    http.reset();
    sandbox.reset();
    dir.reset();
}

PublisherOptions PublisherKit::options() const
{
    PublisherOptions o;
    o.workerId = "test-worker";
    o.concurrency = 2;
    o.leaseFor = std::chrono::seconds(30);
    o.idlePollInterval = std::chrono::milliseconds(150);
    o.workDir = dir->filePath("work");
    o.renderPreset = "keep-source";
    o.maxAttempts = 8;
    o.retryBaseDelay = std::chrono::milliseconds(150);
    o.retryMaxDelay = std::chrono::milliseconds(600);
    o.offlineProbeInterval = std::chrono::milliseconds(250);
    o.firstPollDelay = std::chrono::milliseconds(300);
    o.pollInterval = std::chrono::milliseconds(2000);
    o.unsureRecheckAfter = std::chrono::milliseconds(800);
    return o;
}

std::unique_ptr<Publisher> PublisherKit::publisher(const PublisherOptions &options, AccountSessions *with)
{
    return std::make_unique<Publisher>(location, with ? with : sessions.get(), http.get(), options);
}

Post PublisherKit::videoPost(int creator, const QString &mediaPath, const QString &caption, qint64 offsetSec,
                             const QString &privacy)
{
    Post post;
    post.accountId = accounts.value(creator - 1).id;
    post.kind = PostKind::VideoFile;
    post.mediaPath = mediaPath;
    post.caption = caption;
    post.privacyLevel = privacy;
    post.allowComment = true;
    const QDateTime utc = QDateTime::currentDateTimeUtc().addSecs(offsetSec);
    post.scheduled.utc = utc;
    post.scheduled.timeZone = "UTC";
    post.scheduled.localDateTime = utc.toString("yyyy-MM-ddTHH:mm:ss");
    post.state = PostState::Scheduled;
    return post;
}

Post PublisherKit::create(const Post &post)
{
    auto created = store->createPost(post, "user:test");
    if (!created) {
        qWarning() << "create:" << created.error().toString();
        return {};
    }
    return *created;
}

Post PublisherKit::reload(const QString &postId) const
{
    auto post = store->post(postId);
    return post ? *post : Post();
}

QStringList PublisherKit::notes(const QString &postId) const
{
    QStringList out;
    auto events = store->history(postId);
    if (events)
        for (const PostEvent &e : *events)
            out << e.note;
    return out;
}

PlatformApi *PublisherKit::api(int creator)
{
    const WorkspaceAccount account = accounts.value(creator - 1);
    Result<PlatformApi *> api = await<PlatformApi *>([&](std::function<void(Result<PlatformApi *>)> done) {
        sessions->acquire(account, std::move(done));
    });
    return api ? *api : nullptr;
}

int PublisherKit::videosTitled(int creator, const QString &caption)
{
    PlatformApi *client = api(creator);
    if (!client)
        return -1;
    Result<QList<VideoItem>> videos =
        await<QList<VideoItem>>([&](std::function<void(Result<QList<VideoItem>>)> done) {
            client->listAllVideos({"id", "title", "create_time"}, 1000, std::move(done));
        });
    if (!videos) {
        qWarning() << "video list:" << videos.error().toString();
        return -1;
    }
    int count = 0;
    for (const VideoItem &video : *videos)
        count += video.title == caption ? 1 : 0;
    return count;
}

void PublisherKit::stopSandbox()
{
    sandbox.reset();
}

bool PublisherKit::restartSandbox()
{
    sandbox = std::make_unique<SandboxServer>(sandboxOpts);
    const Result<void> started = sandbox->start(sandboxPort);
    if (!started)
        qWarning() << "sandbox restart:" << started.error().toString();
    return started.ok();
}

QString PublisherKit::okVideo()
{
    return MediaFixtures::frameCoded("publisher_360x640_30fps.mp4",
                                     {"-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p"}, 30,
                                     30, QSize(360, 640));
}

QString PublisherKit::twelveFpsVideo()
{
    return MediaFixtures::frameCoded("publisher_360x640_12fps.mp4",
                                     {"-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p"}, 12,
                                     12, QSize(360, 640));
}

} // namespace montaj::test
