#include "core/publish/publisher/internal/publishjob.h"

#include "core/platform/platformerror.h"
#include "core/platform/publishstatuspoller.h"
#include "core/platform/uploader.h"
#include "core/publish/publisher/internal/offlinemonitor.h"
#include "core/publish/publisher/internal/publisherlog.h"
#include "core/publish/store/workspacestore.h"

#include <QDir>
#include <QFile>

namespace montaj {

PublishJob::PublishJob(ClaimedPost claimed, WorkspaceStore *store, AccountSessions *sessions,
                       HttpClient *http, JobSettings settings, QObject *parent)
    : QObject(parent)
    , m_claimed(std::move(claimed))
    , m_store(store)
    , m_sessions(sessions)
    , m_http(http)
    , m_settings(std::move(settings))
{
    m_preparer = new MediaPreparer(this);
    connect(m_preparer, &MediaPreparer::renderProgress, this,
            [this](qint64 frame, qint64 total) { Q_EMIT progress(PublishStage::NotStarted, frame, total); });
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, [this] {
        m_interruptible = false;
        if (auto step = std::exchange(m_afterWait, nullptr))
            step();
    });
}

PublishJob::~PublishJob()
{
    m_done = true;
    interrupt();
}

void PublishJob::start()
{
    qCInfo(lcPublisher).noquote() << QStringLiteral("post %1: claimed (attempt %2, stage %3)")
                                         .arg(postId())
                                         .arg(m_claimed.post.attempts)
                                         .arg(toString(m_claimed.progress.stage));
    acquire();
}

void PublishJob::stop()
{
    if (m_done)
        return;
    m_stopRequested = true;
    // Waiting is interruptible (the progress saved so far is the resume point); a platform call in
    // flight is not: its answer is recorded first, then halted() gives the lease back.
    if (m_interruptible || m_waitingForNetwork)
        release();
}

void PublishJob::abandon()
{
    if (m_done)
        return;
    qCInfo(lcPublisher).noquote()
        << QStringLiteral("post %1: lease lost, another worker holds it").arg(postId());
    end();
}

void PublishJob::releaseNow()
{
    release();
}

void PublishJob::resumeAfterNetwork()
{
    if (m_done || !m_waitingForNetwork)
        return;
    m_waitingForNetwork = false;
    if (!m_api)
        return acquire(); // the sign-in itself could not reach the platform
    route();
}

bool PublishJob::halted()
{
    if (m_done)
        return true;
    if (m_stopRequested) {
        release();
        return true;
    }
    return false;
}

void PublishJob::later(std::chrono::milliseconds delay, std::function<void()> step)
{
    m_afterWait = std::move(step);
    m_interruptible = true;
    m_wait.start(std::max(delay, std::chrono::milliseconds(0)));
}

void PublishJob::interrupt()
{
    m_wait.stop();
    m_afterWait = nullptr;
    if (m_uploader) {
        m_uploader->disconnect(this);
        m_uploader->cancel();
        m_uploader->deleteLater();
        m_uploader = nullptr;
    }
    if (m_poller) {
        m_poller->disconnect(this);
        m_poller->stop();
        m_poller->deleteLater();
        m_poller = nullptr;
    }
    if (m_preparer)
        m_preparer->cancel();
    m_interruptible = false;
}

void PublishJob::route()
{
    if (halted())
        return;
    const PublishProgress &p = m_claimed.progress;
    if (!p.publishId.isEmpty())
        return fetchStatusForResume(); // the platform knows this publish: ask it where it stands
    if (p.stage == PublishStage::InitSent)
        return checkPlatform(false); // an init went out and its answer was never recorded
    beginFresh();
}

void PublishJob::handleError(const Error &error)
{
    if (m_done)
        return;
    if (error.code == QLatin1String("publish.lease_lost"))
        return abandon();
    if (error.code.startsWith(QLatin1String("workspace."))) {
        // The database refused a write: nothing more can be recorded now. The lease runs out and
        // the post is taken over from the progress saved so far.
        qCWarning(lcPublisher).noquote()
            << QStringLiteral("post %1: workspace error %2, leaving it to be taken over")
                   .arg(postId(), error.code);
        return end();
    }
    if (halted())
        return;
    if (OfflineMonitor::isTransportError(error))
        return waitForNetwork(error);
    switch (PlatformError::actionOf(error)) {
    case RecoveryAction::Retry:
    case RecoveryAction::RefreshThenRetry: return retryLater(error);
    case RecoveryAction::FixMedia:
    case RecoveryAction::Permanent: return fail(error);
    }
}

void PublishJob::waitForNetwork(const Error &error)
{
    if (++m_networkResumes > m_settings.maxNetworkResumes)
        return retryLater(error);
    qCInfo(lcPublisher).noquote()
        << QStringLiteral("post %1: %2, waiting for the platform to answer").arg(postId(), error.code);
    m_waitingForNetwork = true;
    Q_EMIT networkTrouble(error);
}

void PublishJob::retryLater(const Error &error)
{
    if (m_done)
        return;
    const int attempts = std::max(1, m_claimed.post.attempts);
    if (!m_settings.retry.canRetry(attempts)) {
        Error last = error;
        last.message = tr("Montaj gave up after %n attempt(s). The last problem: %1", nullptr, attempts)
                           .arg(error.message);
        return fail(last);
    }
    const std::optional<qint64> retryAfter = PlatformError::retryAfterMs(error);
    const qint64 delay = std::max({m_settings.retry.delayMs(attempts, retryAfter),
                                   m_settings.retry.baseDelayMs / 4, retryAfter.value_or(0)});
    const QDateTime next = QDateTime::currentDateTimeUtc().addMSecs(delay);
    interrupt();
    const Result<Post> saved = m_store->retryLater(postId(), leaseToken(), next, error.code, error.message);
    if (!saved) {
        if (saved.error().code == QLatin1String("publish.lease_lost"))
            return abandon();
        qCWarning(lcPublisher).noquote()
            << QStringLiteral("post %1: cannot schedule the retry: %2").arg(postId(), saved.error().code);
        return end();
    }
    qCInfo(lcPublisher).noquote()
        << QStringLiteral("post %1: %2, retry in %3 ms").arg(postId(), error.code).arg(delay);
    Q_EMIT retrying(next, error);
    end();
}

void PublishJob::fail(const Error &error, const QJsonObject &detail)
{
    if (m_done)
        return;
    interrupt();
    QJsonObject d = detail;
    d.insert(QStringLiteral("worker"), m_settings.workerId);
    const Result<Post> saved = m_store->markFailed(postId(), leaseToken(), error.code, error.message, d);
    if (!saved) {
        if (saved.error().code == QLatin1String("publish.lease_lost"))
            return abandon();
        qCWarning(lcPublisher).noquote()
            << QStringLiteral("post %1: cannot record the failure: %2").arg(postId(), saved.error().code);
        return end();
    }
    qCInfo(lcPublisher).noquote() << QStringLiteral("post %1: failed: %2").arg(postId(), error.code);
    removeWorkFiles();
    Q_EMIT failed(error);
    end();
}

void PublishJob::finishPublished(const QString &publishId, const QString &platformPostId,
                                 const QJsonObject &detail)
{
    if (m_done)
        return;
    interrupt();
    QJsonObject d = detail;
    d.insert(QStringLiteral("worker"), m_settings.workerId);
    const Result<Post> saved = m_store->markPublished(postId(), leaseToken(), publishId, platformPostId, d);
    if (!saved) {
        // Lease lost: the new holder asks the platform and records the same outcome.
        if (saved.error().code == QLatin1String("publish.lease_lost"))
            return abandon();
        qCWarning(lcPublisher).noquote() << QStringLiteral("post %1: published, but cannot record it yet: %2")
                                                .arg(postId(), saved.error().code);
        return end();
    }
    qCInfo(lcPublisher).noquote() << QStringLiteral("post %1: published (publish %2, post %3)")
                                         .arg(postId(), publishId, platformPostId);
    removeWorkFiles();
    Q_EMIT published(platformPostId);
    end();
}

bool PublishJob::save(const QString &note, const QJsonObject &detail)
{
    if (m_done)
        return false;
    QJsonObject d = detail;
    if (!note.isEmpty())
        d.insert(QStringLiteral("worker"), m_settings.workerId);
    const Result<void> saved = m_store->saveProgress(postId(), leaseToken(), m_claimed.progress, note, d);
    if (!saved) {
        handleError(saved.error());
        return false;
    }
    return true;
}

void PublishJob::release()
{
    if (m_done)
        return;
    interrupt();
    if (const Result<void> released = m_store->releaseLease(postId(), leaseToken()); !released)
        qCInfo(lcPublisher).noquote()
            << QStringLiteral("post %1: lease not released: %2").arg(postId(), released.error().code);
    else
        qCInfo(lcPublisher).noquote() << QStringLiteral("post %1: released at stage %2")
                                             .arg(postId(), toString(m_claimed.progress.stage));
    end();
}

void PublishJob::end()
{
    const bool first = !m_done;
    m_done = true;
    m_waitingForNetwork = false;
    interrupt();
    if (first)
        Q_EMIT finished();
}

QString PublishJob::statePath() const
{
    return QDir(m_settings.workDir).filePath(postId() + QStringLiteral(".upload.json"));
}

void PublishJob::removeWorkFiles()
{
    QFile::remove(statePath());
    QFile::remove(MediaPreparer::renderPathFor(m_settings.workDir, postId()));
}

} // namespace montaj
