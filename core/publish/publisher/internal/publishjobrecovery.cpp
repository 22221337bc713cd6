// PublishJob's recovery: where a claimed post with progress stands on the platform (status/fetch,
// the video list), and the rules for when a new init is safe. (The way out: publishjobsend.cpp.)

#include "core/platform/platformerror.h"
#include "core/platform/uploadstate.h"
#include "core/publish/publisher/creatorcheck.h"
#include "core/publish/publisher/internal/platformcheck.h"
#include "core/publish/publisher/internal/publisherlog.h"
#include "core/publish/publisher/internal/publishjob.h"
#include "core/publish/store/workspacestore.h"

namespace montaj {
namespace {

constexpr qint64 kCheckWindowSec = 2 * 60; // the platform's clock may be behind ours

} // namespace

void PublishJob::fetchStatusForResume()
{
    if (halted() || !m_api)
        return;
    QPointer<PublishJob> self(this);
    m_api->fetchStatus(m_claimed.progress.publishId, [self](Result<PublishStatus> status) {
        if (self)
            self->onResumeStatusAnswer(status);
    });
}

void PublishJob::onResumeStatusAnswer(const Result<PublishStatus> &status)
{
    if (halted())
        return;
    if (!status)
        return handleError(status.error());
    onResumeStatus(*status);
}

void PublishJob::onResumeStatus(const PublishStatus &status)
{
    switch (status.state) {
    case PublishStatus::State::PublishComplete:
    case PublishStatus::State::SendToUserInbox: return onFinalStatus(status);
    case PublishStatus::State::Failed:
        return onPollFailed(PlatformError::make(PlatformError::kindForFailReason(status.failReason),
                                                {{QStringLiteral("publish_id"), m_claimed.progress.publishId},
                                                 {QStringLiteral("fail_reason"), status.failReason}}));
    case PublishStatus::State::ProcessingDownload:
    case PublishStatus::State::Unknown: return poll(m_settings.pollInterval);
    case PublishStatus::State::ProcessingUpload: break;
    }
    PublishProgress &row = m_claimed.progress;
    const Result<UploadState> state = UploadState::fromJson(row.uploadState);
    const bool complete = row.stage == PublishStage::Processing
                          || (state && state->fileSize > 0 && status.uploadedBytes >= state->fileSize);
    if (complete) {
        m_uploadBroken.reset();
        if (row.stage != PublishStage::Processing) {
            row.stage = PublishStage::Processing;
            row.uploadState = {};
            if (!save(QStringLiteral("uploaded"), {{QStringLiteral("found_by"), QStringLiteral("status")}}))
                return;
        }
        return poll(m_settings.pollInterval);
    }
    if (m_uploadBroken)
        return reinit(*std::exchange(m_uploadBroken, std::nullopt));
    if (!state)
        return reinit(state.error());
    resumeUpload(); // the platform has uploaded_bytes; a 416 tells the uploader where to go on
}

void PublishJob::reinit(const Error &why)
{
    if (halted())
        return;
    if (++m_reinits > m_settings.maxReinits)
        return retryLater(why);
    PublishProgress &row = m_claimed.progress;
    const QString previous = row.publishId;
    qCInfo(lcPublisher).noquote() << QStringLiteral("post %1: publish %2 cannot complete (%3): a new init")
                                         .arg(postId(), previous, why.code);
    if (!previous.isEmpty() && m_api)
        m_api->cancelPublish(previous, [](Result<void>) {}); // tidy only: it cannot publish anyway
    row.stage = PublishStage::NotStarted;
    row.publishId.clear();
    row.initSentAt = QDateTime();
    row.uploadState = {};
    if (!save(QStringLiteral("reinit"),
              {{QStringLiteral("reason"), why.code}, {QStringLiteral("previous_publish_id"), previous}}))
        return;
    beginFresh();
}

void PublishJob::checkPlatform(bool secondLook)
{
    if (halted() || !m_api)
        return;
    const Post &post = m_claimed.post;
    PostFilter published;
    published.accountIds = {post.accountId};
    published.states = {PostState::Published};
    const Result<QList<Post>> others = m_store->posts(published);
    if (!others)
        return handleError(others.error());
    QStringList taken; // videos other posts already claimed: an identical caption must not match them
    for (const Post &other : *others)
        if (!other.platformPostId.isEmpty())
            taken << other.platformPostId;
    const QDateTime initSentAt =
        m_claimed.progress.initSentAt.isValid() ? m_claimed.progress.initSentAt : post.updatedAt;
    auto *check = new PlatformCheck(m_api, this);
    QPointer<PublishJob> self(this);
    check->find(post.caption, initSentAt.addSecs(-kCheckWindowSec), taken,
                [self, check, secondLook](Result<std::optional<VideoItem>> found) {
                    check->deleteLater();
                    if (self)
                        self->onCheckAnswer(found, secondLook);
                });
}

void PublishJob::onCheckAnswer(const Result<std::optional<VideoItem>> &found, bool secondLook)
{
    if (halted())
        return;
    if (!found)
        return handleError(found.error());
    if (const std::optional<VideoItem> &video = *found)
        return finishPublished(QString(), video->id,
                               {{QStringLiteral("found_by"), QStringLiteral("video_list")}});
    onCheckNotFound(secondLook);
}

void PublishJob::onCheckNotFound(bool secondLook)
{
    const Post &post = m_claimed.post;
    const bool pulled = post.kind == PostKind::PhotoCarousel
                        || (post.kind == PostKind::VideoFile && CreatorCheck::isPullUrl(post.mediaPath));
    if (!pulled) {
        // FILE_UPLOAD: an init without a finished upload cannot publish. The platform processes a
        // video only once all its bytes have arrived, and this publisher sends bytes only after the
        // publish id is recorded (stage Uploading). The row never got there, so whatever the lost
        // init created is an empty upload that expires unused: a new init cannot make a second post.
        qCInfo(lcPublisher).noquote()
            << QStringLiteral("post %1: not on the platform, initialising again").arg(postId());
        m_claimed.progress.stage = PublishStage::NotStarted;
        m_claimed.progress.initSentAt = QDateTime();
        if (!save(QStringLiteral("not_on_platform")))
            return;
        return beginFresh();
    }
    // PULL_FROM_URL and photos: the platform acts on the init alone and may still be fetching.
    if (!secondLook) {
        const QDateTime due =
            m_claimed.progress.initSentAt.addMSecs(qint64(m_settings.unsureRecheckAfter.count()));
        const qint64 wait = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(due));
        qCInfo(lcPublisher).noquote()
            << QStringLiteral("post %1: not listed yet, looking again in %2 ms").arg(postId()).arg(wait);
        return later(std::chrono::milliseconds(wait), [this] { checkPlatform(true); });
    }
    fail(
        Error(QStringLiteral("publish.unsure"),
              tr("Montaj cannot tell whether this post reached @%1: its request went out but the answer was "
                 "lost, and the platform does not list it. Check the profile; if the post is not there, "
                 "schedule it again.")
                  .arg(m_account.username),
              {{QStringLiteral("init_sent_at"), m_claimed.progress.initSentAt.toString(Qt::ISODateWithMs)}}));
}

} // namespace montaj
