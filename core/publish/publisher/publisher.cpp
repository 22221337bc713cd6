#include "core/publish/publisher/publisher.h"

#include "core/foundation/apppaths.h"
#include "core/publish/publisher/internal/offlinemonitor.h"
#include "core/publish/publisher/internal/publisherlock.h"
#include "core/publish/publisher/internal/publisherlog.h"
#include "core/publish/publisher/internal/publishjob.h"
#include "core/publish/store/workspacestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLockFile>
#include <QPointer>
#include <QSysInfo>
#include <QTimer>

namespace montaj {

struct Publisher::Private
{
    Publisher *q = nullptr;
    WorkspaceLocation location;
    AccountSessions *sessions = nullptr;
    HttpClient *http = nullptr;
    PublisherOptions options;
    JobSettings settings;
    std::unique_ptr<WorkspaceStore> store;
    std::unique_ptr<QLockFile> lock;
    QHash<QString, PublishJob *> jobs; // by post id
    OfflineMonitor *monitor = nullptr;
    QTimer claimTimer;
    QTimer leaseTimer;
    bool running = false;
    bool stopping = false;
    bool paused = false;
    bool claimQueued = false;

    void claim();
    void claimSoon();
    void renewLeases();
    void startJob(const ClaimedPost &claimed);
    void onJobFinished(PublishJob *job);
    void resumeWaitingJobs();
    void finishStop();
};

void Publisher::Private::claimSoon()
{
    if (claimQueued)
        return;
    claimQueued = true;
    QTimer::singleShot(0, q, [this] {
        claimQueued = false;
        claim();
    });
}

void Publisher::Private::claim()
{
    if (!running || stopping || paused || monitor->isOffline() || !store)
        return;
    const int free = options.concurrency - int(jobs.size());
    if (free <= 0)
        return;
    Result<QList<ClaimedPost>> claimed =
        store->claimDue(settings.workerId, QDateTime::currentDateTimeUtc(), free, options.leaseFor,
                        options.accountIds, options.missedAfter);
    if (!claimed) {
        qCWarning(lcPublisher).noquote() << "cannot claim due posts:" << claimed.error().code;
        return;
    }
    for (const ClaimedPost &post : std::as_const(*claimed))
        startJob(post);
}

void Publisher::Private::startJob(const ClaimedPost &claimed)
{
    auto *job = new PublishJob(claimed, store.get(), sessions, http, settings, q);
    const QString id = claimed.post.id;
    jobs.insert(id, job);
    QObject::connect(job, &PublishJob::progress, q,
                     [this, id](PublishStage stage, qint64 done, qint64 total) {
                         Q_EMIT q->postProgress(id, stage, done, total);
                     });
    QObject::connect(job, &PublishJob::published, q,
                     [this, id](const QString &postId) { Q_EMIT q->postPublished(id, postId); });
    QObject::connect(job, &PublishJob::failed, q,
                     [this, id](const Error &error) { Q_EMIT q->postFailed(id, error); });
    QObject::connect(job, &PublishJob::retrying, q, [this, id](const QDateTime &next, const Error &error) {
        Q_EMIT q->postRetrying(id, next, error);
    });
    QObject::connect(job, &PublishJob::networkTrouble, q,
                     [this, job](const Error &) { monitor->suspect(job->account()); });
    QObject::connect(job, &PublishJob::finished, q, [this, job] { onJobFinished(job); });
    Q_EMIT q->postStarted(id);
    job->start();
}

void Publisher::Private::onJobFinished(PublishJob *job)
{
    if (jobs.value(job->postId()) == job)
        jobs.remove(job->postId());
    job->deleteLater();
    if (stopping) {
        if (jobs.isEmpty())
            finishStop();
        return;
    }
    claimSoon(); // a slot is free
}

void Publisher::Private::renewLeases()
{
    if (!store)
        return;
    const QList<PublishJob *> current = jobs.values();
    for (PublishJob *job : current) {
        if (job->isDone())
            continue;
        const Result<QDateTime> renewed =
            store->renewLease(job->postId(), job->leaseToken(), options.leaseFor);
        if (renewed)
            continue;
        if (renewed.error().code == QLatin1String("publish.lease_lost"))
            job->abandon(); // someone else holds it now: leave quietly
        else
            qCWarning(lcPublisher).noquote()
                << "cannot renew the lease of post" << job->postId() << ":" << renewed.error().code;
    }
}

void Publisher::Private::resumeWaitingJobs()
{
    const QList<PublishJob *> current = jobs.values();
    for (PublishJob *job : current)
        if (job->isWaitingForNetwork())
            job->resumeAfterNetwork();
    claimSoon();
}

void Publisher::Private::finishStop()
{
    claimTimer.stop();
    leaseTimer.stop();
    monitor->stop();
    store.reset();
    lock.reset(); // QLockFile unlocks when destroyed
    running = false;
    stopping = false;
    qCInfo(lcPublisher) << "publisher stopped";
    Q_EMIT q->stopped();
}

Publisher::Publisher(WorkspaceLocation location, AccountSessions *sessions, HttpClient *http,
                     PublisherOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->location = std::move(location);
    d->sessions = sessions;
    d->http = http;
    d->options = std::move(options);
    PublisherOptions &o = d->options;
    if (o.workerId.isEmpty())
        o.workerId = QSysInfo::machineHostName() + u':' + QString::number(QCoreApplication::applicationPid());
    if (o.workDir.isEmpty())
        o.workDir = QDir(AppPaths::fromEnvironment().dataDir()).filePath(QStringLiteral("publisher"));
    o.concurrency = std::max(1, o.concurrency);
    o.leaseFor = std::max(o.leaseFor, std::chrono::seconds(1));
    JobSettings &s = d->settings;
    s.workerId = o.workerId;
    s.workDir = o.workDir;
    s.renderPreset = o.renderPreset;
    s.retry.maxAttempts = std::max(1, o.maxAttempts);
    s.retry.baseDelayMs = qint64(o.retryBaseDelay.count());
    s.retry.maxDelayMs = std::max(qint64(o.retryMaxDelay.count()), s.retry.baseDelayMs);
    s.firstPollDelay = o.firstPollDelay;
    s.pollInterval = o.pollInterval;
    s.unsureRecheckAfter = o.unsureRecheckAfter;

    d->monitor = new OfflineMonitor(sessions, o.offlineProbeInterval, this);
    connect(d->monitor, &OfflineMonitor::offlineChanged, this, &Publisher::offlineChanged);
    connect(d->monitor, &OfflineMonitor::reachable, this, [this] { d->resumeWaitingJobs(); });
    d->claimTimer.setInterval(o.idlePollInterval);
    connect(&d->claimTimer, &QTimer::timeout, this, [this] { d->claim(); });
    // Renewed at a third of the lease: two renewals may fail before another worker could take over.
    d->leaseTimer.setInterval(std::chrono::milliseconds(o.leaseFor) / 3);
    connect(&d->leaseTimer, &QTimer::timeout, this, [this] { d->renewLeases(); });
}

Publisher::~Publisher()
{
    // Going away with work in flight: give every lease back now (each row keeps its progress, and
    // an init whose answer has not come is recorded as InitSent, so the next holder checks first).
    const QList<PublishJob *> current = d->jobs.values();
    for (PublishJob *job : current) {
        job->disconnect(this);
        job->releaseNow();
        delete job;
    }
    d->jobs.clear();
}

Result<void> Publisher::start()
{
    if (d->running)
        return Error(QStringLiteral("publish.already_running"), tr("The publisher is already running."));
    if (!QDir().mkpath(d->options.workDir))
        return Error(QStringLiteral("publish.work_dir_unavailable"),
                     tr("Montaj cannot write to its publishing folder %1.")
                         .arg(QDir::toNativeSeparators(d->options.workDir)),
                     {{QStringLiteral("file"), d->options.workDir}});
    std::unique_ptr<QLockFile> lock;
    if (d->location.kind == WorkspaceLocation::Kind::Sqlite) {
        Result<std::unique_ptr<QLockFile>> taken = PublisherLock::acquire(d->location.sqlitePath);
        if (!taken)
            return taken.error();
        lock = std::move(taken).value();
    }
    Result<std::unique_ptr<WorkspaceStore>> store = WorkspaceStore::open(d->location);
    if (!store)
        return store.error();
    d->store = std::move(store).value();
    d->lock = std::move(lock);
    d->running = true;
    d->stopping = false;
    d->claimTimer.start();
    d->leaseTimer.start();
    qCInfo(lcPublisher).noquote() << QStringLiteral("publisher %1 started on %2 (%3 at once)")
                                         .arg(d->settings.workerId, d->location.display())
                                         .arg(d->options.concurrency);
    d->claimSoon();
    return {};
}

void Publisher::stop()
{
    if (!d->running || d->stopping)
        return;
    d->stopping = true;
    d->claimTimer.stop();
    if (d->jobs.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            if (d->stopping && d->jobs.isEmpty())
                d->finishStop();
        });
        return;
    }
    const QList<PublishJob *> current = d->jobs.values();
    for (PublishJob *job : current)
        job->stop();
}

void Publisher::setPaused(bool paused)
{
    d->paused = paused;
    if (!paused)
        d->claimSoon();
}

bool Publisher::isOffline() const
{
    return d->monitor->isOffline();
}

} // namespace montaj
