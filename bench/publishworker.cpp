#include "bench/publishworker.h"

#include "core/platform/platformerror.h"
#include "core/platform/publishstatuspoller.h"
#include "core/platform/uploader.h"

#include <QDir>
#include <QFile>
#include <QTimer>

namespace montaj::bench {
namespace {

constexpr int kMaxUploadResumes = 10;
constexpr int kMaxPollRestarts = 10;
constexpr int kMaxRepublishes = 3;
constexpr int kRetryPauseMs = 1000;

bool retryable(const Error &error)
{
    return PlatformError::actionOf(error) == RecoveryAction::Retry;
}

} // namespace

PublishWorker::PublishWorker(PlatformApi *api, HttpClient *http, QString videoPath, ChunkPlan plan,
                             QString stateDir, JobSource jobs, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_http(http)
    , m_videoPath(std::move(videoPath))
    , m_plan(plan)
    , m_stateDir(std::move(stateDir))
    , m_jobs(std::move(jobs))
{}

PublishWorker::~PublishWorker() = default;

void PublishWorker::start()
{
    takeNext();
}

void PublishWorker::later(int ms, void (PublishWorker::*step)())
{
    QTimer::singleShot(ms, this, step);
}

QString PublishWorker::statePath() const
{
    return QDir(m_stateDir).filePath(QStringLiteral("job-%1.upload-state.json").arg(m_job.index));
}

void PublishWorker::takeNext()
{
    const std::optional<Job> next = m_jobs();
    if (!next) {
        Q_EMIT idle();
        return;
    }
    m_job = *next;
    ++m_stats.jobs;
    askCreatorInfo();
}

void PublishWorker::askCreatorInfo()
{
    // The contract: creator_info before every post (the post screen is built from it).
    m_api->creatorInfo([this](Result<CreatorInfo> creator) {
        if (!creator) {
            if (!retryable(creator.error()))
                return giveUp(creator.error());
            ++m_stats.creatorInfoRetries;
            return later(kRetryPauseMs, &PublishWorker::askCreatorInfo);
        }
        if (!creator->privacyLevelOptions.contains(QStringLiteral("PUBLIC_TO_EVERYONE")))
            return giveUp(PlatformError::make(PlatformErrorKind::PrivacyLevelOptionMismatch));
        init();
    });
}

void PublishWorker::init()
{
    ++m_stats.initCalls;
    PostInfo post;
    post.title = m_job.title;
    post.privacyLevel = QStringLiteral("PUBLIC_TO_EVERYONE");
    m_api->initDirectPost(post, VideoSource::fileUpload(m_plan),
                          [this](Result<UploadTicket> ticket) { onInit(ticket); });
}

void PublishWorker::onInit(const Result<UploadTicket> &ticket)
{
    if (ticket) {
        upload(*ticket);
        return;
    }
    const Error &error = ticket.error();
    if (PlatformError::kindOf(error) == PlatformErrorKind::RateLimitExceeded) {
        // Refused before anything was created: sending it again cannot duplicate the post.
        ++m_stats.initRateLimited;
        later(int(PlatformError::retryAfterMs(error).value_or(kRetryPauseMs)), &PublishWorker::init);
        return;
    }
    if (!retryable(error))
        return giveUp(error);
    ++m_stats.ambiguousInits;
    checkPosts();
}

void PublishWorker::checkPosts()
{
    ++m_stats.postChecks;
    m_api->listAllVideos({QStringLiteral("id"), QStringLiteral("title")}, 5000,
                         [this](Result<QList<VideoItem>> videos) {
                             if (!videos) {
                                 if (!retryable(videos.error()))
                                     return giveUp(videos.error());
                                 return later(kRetryPauseMs, &PublishWorker::checkPosts);
                             }
                             for (const VideoItem &video : *videos) {
                                 if (video.title == m_job.title) {
                                     ++m_stats.foundByCheck;
                                     Q_EMIT published(m_job.index, QString());
                                     return takeNext();
                                 }
                             }
                             init(); // not there: the failed init did not post it
                         });
}

void PublishWorker::upload(const UploadTicket &ticket)
{
    m_ticket = ticket;
    delete m_uploader.data();
    m_uploader = new Uploader(m_http, this);
    m_uploader->setStatePath(statePath());
    connect(m_uploader, &Uploader::finished, this, [this] { poll(); });
    connect(m_uploader, &Uploader::failed, this, &PublishWorker::onUploadFailed);
    if (const Result<void> started = m_uploader->start(ticket, m_videoPath, m_plan); !started)
        giveUp(started.error());
}

void PublishWorker::onUploadFailed(const Error &error)
{
    if (!retryable(error) || m_stats.uploadResumes >= kMaxUploadResumes * m_stats.jobs)
        return giveUp(error);
    ++m_stats.uploadResumes;
    QTimer::singleShot(kRetryPauseMs, this, [this] {
        // The Uploader's state file says where it stood; a fresh Uploader carries on from there.
        delete m_uploader.data();
        m_uploader = new Uploader(m_http, this);
        connect(m_uploader, &Uploader::finished, this, [this] { poll(); });
        connect(m_uploader, &Uploader::failed, this, &PublishWorker::onUploadFailed);
        if (const Result<void> resumed = m_uploader->resume(statePath()); !resumed)
            giveUp(resumed.error());
    });
}

void PublishWorker::poll()
{
    delete m_poller.data();
    m_poller = new PublishStatusPoller(m_api, this);
    connect(m_poller, &PublishStatusPoller::finished, this, [this](const PublishStatus &status) {
        if (status.state != PublishStatus::State::PublishComplete)
            return giveUp(PlatformError::make(PlatformErrorKind::Unknown,
                                              {{QStringLiteral("status"), status.rawStatus}}));
        Q_EMIT published(m_job.index, m_ticket.publishId);
        takeNext();
    });
    connect(m_poller, &PublishStatusPoller::failed, this, &PublishWorker::onPollFailed);
    m_poller->start(m_ticket.publishId);
}

void PublishWorker::onPollFailed(const Error &error)
{
    const bool publishFailed = error.context.contains(QStringLiteral("fail_reason"));
    if (!retryable(error))
        return giveUp(error);
    if (publishFailed) { // FAILED with a reason worth another try: a new post (the old one is dead)
        if (++m_stats.republished > kMaxRepublishes * m_stats.jobs)
            return giveUp(error);
        return init();
    }
    if (++m_stats.pollRestarts > kMaxPollRestarts * m_stats.jobs)
        return giveUp(error);
    later(kRetryPauseMs, &PublishWorker::poll);
}

void PublishWorker::giveUp(const Error &error)
{
    QFile::remove(statePath());
    Q_EMIT jobFailed(m_job.index, error);
    takeNext();
}

} // namespace montaj::bench
