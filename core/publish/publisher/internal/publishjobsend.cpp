// PublishJob's way out: creator_info, media, init, upload and status polling. (Lifecycle, routing and
// outcomes: publishjob.cpp; resuming and the checks that keep a post from going out twice:
// publishjobrecovery.cpp.)

#include "core/platform/chunkplan.h"
#include "core/platform/platformerror.h"
#include "core/platform/postrules.h"
#include "core/platform/publishstatuspoller.h"
#include "core/platform/tiktokapi.h"
#include "core/platform/uploader.h"
#include "core/publish/publisher/creatorcheck.h"
#include "core/publish/publisher/internal/publisherlog.h"
#include "core/publish/publisher/internal/publishjob.h"
#include "core/publish/publisher/publisher.h"
#include "core/publish/store/workspacestore.h"

#include <QFileInfo>

namespace montaj {
namespace {

constexpr qint64 kUploadUrlLifetimeSec = 55 * 60; // valid one hour from init; keep a margin

// Whether the platform may have acted on a request whose answer was an error: the answer never
// arrived whole, or the server failed while serving it. A refusal (4xx, 429, a local check) did not act.
bool mayHaveActed(const Error &error)
{
    switch (PlatformError::kindOf(error)) {
    case PlatformErrorKind::NetworkFailure:
    case PlatformErrorKind::NetworkTimeout:
    case PlatformErrorKind::MalformedResponse:
    case PlatformErrorKind::InternalError: return true;
    default: break;
    }
    return error.context.value(QStringLiteral("http_status")).toInt() >= 500;
}

QUrl pullOrigin(PlatformApi *api)
{
    const auto *tiktok = qobject_cast<const TikTokApi *>(api);
    return tiktok ? tiktok->pullHttpOrigin() : QUrl();
}

} // namespace

void PublishJob::acquire()
{
    const Result<WorkspaceAccount> account = m_store->account(m_claimed.post.accountId);
    if (!account)
        return fail(account.error());
    m_account = *account;
    QPointer<PublishJob> self(this);
    m_sessions->acquire(m_account, [self](Result<PlatformApi *> api) {
        if (self)
            self->onAcquired(api);
    });
}

void PublishJob::onAcquired(const Result<PlatformApi *> &api)
{
    if (halted())
        return;
    if (!api)
        return handleError(api.error());
    m_api = *api;
    route();
}

void PublishJob::beginFresh()
{
    askCreatorInfo();
}

void PublishJob::askCreatorInfo()
{
    if (halted() || !m_api)
        return;
    // The contract: creator_info before every post. What the user chose is checked against it again:
    // the account may have changed its options since the post was scheduled.
    QPointer<PublishJob> self(this);
    m_api->creatorInfo([self](Result<CreatorInfo> creator) {
        if (self)
            self->onCreatorInfo(creator);
    });
}

void PublishJob::onCreatorInfo(const Result<CreatorInfo> &creator)
{
    if (halted())
        return;
    if (!creator)
        return handleError(creator.error());
    m_creator = *creator;
    if (Result<void> ok = CreatorCheck::check(m_claimed.post, m_creator, m_api->profile().mediaLimits()); !ok)
        return fail(ok.error());
    prepareMedia();
}

void PublishJob::prepareMedia()
{
    MediaPreparer::Request request;
    request.post = m_claimed.post;
    request.renderedPath = m_claimed.progress.renderedPath;
    request.workDir = m_settings.workDir;
    request.presetId = m_settings.renderPreset;
    request.limits = m_api->profile().mediaLimits();
    request.creatorMaxSec = m_creator.maxVideoPostDurationSec;
    request.creatorName = m_creator.username;
    request.httpOrigin = pullOrigin(m_api);
    m_interruptible = true;
    QPointer<PublishJob> self(this);
    m_preparer->prepare(request, [self](Result<PreparedMedia> media) {
        if (self)
            self->onMediaReady(media);
    });
}

void PublishJob::onMediaReady(const Result<PreparedMedia> &media)
{
    m_interruptible = false;
    if (halted())
        return;
    if (!media)
        return handleError(media.error());
    m_media = *media;
    if (m_media.rendered)
        m_claimed.progress.renderedPath = m_media.filePath;
    init();
}

void PublishJob::init()
{
    if (halted() || !m_api)
        return;
    const Post &post = m_claimed.post;
    const MediaLimits &limits = m_api->profile().mediaLimits();
    const QUrl origin = pullOrigin(m_api);
    std::optional<PhotoPost> photo;
    std::optional<VideoSource> source;
    QJsonObject detail{{QStringLiteral("privacy_level"), post.privacyLevel},
                       {QStringLiteral("attempt"), post.attempts}};
    if (m_media.source == PreparedMedia::Source::Photos) {
        photo = CreatorCheck::photoPost(post, m_media.photoUrls);
        if (Result<void> ok = PostRules::checkPhotoPost(*photo, limits, &m_creator, origin); !ok)
            return fail(ok.error());
        detail.insert(QStringLiteral("source"), QStringLiteral("PHOTOS"));
        detail.insert(QStringLiteral("photos"), int(m_media.photoUrls.size()));
    } else if (m_media.source == PreparedMedia::Source::PullUrl) {
        source = VideoSource::pullFromUrl(m_media.videoUrl);
        detail.insert(QStringLiteral("source"), QStringLiteral("PULL_FROM_URL"));
    } else {
        const Result<ChunkPlan> plan = ChunkPlan::forFile(m_media.fileSize);
        if (!plan)
            return fail(plan.error());
        source = VideoSource::fileUpload(*plan);
        detail.insert(QStringLiteral("source"), QStringLiteral("FILE_UPLOAD"));
        detail.insert(QStringLiteral("video_size"), m_media.fileSize);
        detail.insert(QStringLiteral("chunks"), plan->chunkCount());
    }
    if (source)
        if (Result<void> ok = PostRules::checkSource(*source, limits, origin); !ok)
            return fail(ok.error());

    // Recorded BEFORE the request leaves: if this process dies or the answer is lost, whoever holds
    // the post next knows an init may exist and asks the platform before sending another.
    PublishProgress &row = m_claimed.progress;
    row.stage = PublishStage::InitSent;
    row.publishId.clear();
    row.initSentAt = QDateTime::currentDateTimeUtc();
    row.uploadState = {};
    if (!save(QStringLiteral("init_sent"), detail))
        return;
    Q_EMIT progress(PublishStage::InitSent, 0, m_media.fileSize);
    QPointer<PublishJob> self(this);
    const auto answer = [self](Result<UploadTicket> ticket) {
        if (self)
            self->onInitAnswer(ticket);
    };
    if (photo)
        m_api->initPhotoPost(*photo, answer);
    else
        m_api->initDirectPost(CreatorCheck::postInfo(post), *source, answer);
}

void PublishJob::onInitAnswer(const Result<UploadTicket> &ticket)
{
    if (m_done)
        return; // abandoned meanwhile: the new holder settles the InitSent row
    PublishProgress &row = m_claimed.progress;
    if (!ticket) {
        const Error &error = ticket.error();
        if (!mayHaveActed(error)) {
            // Refused: no publish exists, so the row goes back to "nothing sent".
            row.stage = PublishStage::NotStarted;
            row.initSentAt = QDateTime();
            if (!save())
                return;
        }
        return handleError(error);
    }
    // The publish id is recorded before any byte is sent (and even when stopping).
    row.publishId = ticket->publishId;
    if (m_media.source == PreparedMedia::Source::File) {
        const QFileInfo file(m_media.filePath);
        const Result<ChunkPlan> plan = ChunkPlan::forFile(m_media.fileSize);
        UploadState state;
        state.publishId = ticket->publishId;
        state.uploadUrl = ticket->uploadUrl;
        state.filePath = file.absoluteFilePath();
        state.fileSize = m_media.fileSize;
        state.fileModified = file.lastModified().toUTC();
        state.contentType = Uploader::contentTypeFor(m_media.filePath);
        state.chunkSize = plan ? plan->chunkSize() : 0;
        state.chunkCount = plan ? plan->chunkCount() : 0;
        state.startedAt = QDateTime::currentDateTimeUtc();
        row.stage = PublishStage::Uploading;
        row.uploadState = state.toJson();
    } else {
        row.stage = PublishStage::Processing; // the platform pulls the media itself
    }
    if (!save(QStringLiteral("init_ok"), {{QStringLiteral("publish_id"), ticket->publishId}}))
        return;
    if (halted())
        return;
    if (row.stage == PublishStage::Uploading)
        resumeUpload();
    else
        poll(m_settings.firstPollDelay);
}

void PublishJob::resumeUpload()
{
    Result<UploadState> state = UploadState::fromJson(m_claimed.progress.uploadState);
    if (!state)
        return reinit(state.error());
    if (state->startedAt.isValid()
        && state->startedAt.addSecs(kUploadUrlLifetimeSec) < QDateTime::currentDateTimeUtc())
        return reinit(PlatformError::make(PlatformErrorKind::UploadUrlExpired,
                                          {{QStringLiteral("publish_id"), state->publishId}}));
    if (Result<void> written = state->save(statePath()); !written)
        return handleError(written.error());
    m_savedConfirmed = state->confirmedBytes;
    m_uploader = new Uploader(m_http, this);
    connect(m_uploader, &Uploader::progress, this, [this](qint64 confirmed, qint64 sent, qint64 total) {
        Q_EMIT progress(PublishStage::Uploading, sent, total);
        onUploadProgress(confirmed, total);
    });
    connect(m_uploader, &Uploader::finished, this, [this] {
        m_interruptible = false;
        if (m_uploader)
            m_uploader->deleteLater();
        m_uploader = nullptr;
        m_claimed.progress.stage = PublishStage::Processing;
        m_claimed.progress.uploadState = {};
        if (!save(QStringLiteral("uploaded"), {{QStringLiteral("bytes"), m_media.fileSize}}) || halted())
            return;
        poll(m_settings.firstPollDelay);
    });
    connect(m_uploader, &Uploader::failed, this, &PublishJob::onUploadFailed);
    m_interruptible = true;
    if (Result<void> started = m_uploader->resume(statePath()); !started) {
        m_interruptible = false;
        m_uploader->deleteLater();
        m_uploader = nullptr;
        return reinit(started.error()); // the file changed or is gone: prepare it again
    }
}

void PublishJob::onUploadProgress(qint64 confirmed, qint64 total)
{
    Uploader *uploader = m_uploader.data();
    if (m_done || !uploader || confirmed <= m_savedConfirmed || confirmed >= total)
        return;
    // The resume point goes into the row after every confirmed chunk (it holds the upload URL: the
    // store keeps it out of events and logs).
    m_savedConfirmed = confirmed;
    m_claimed.progress.uploadState = uploader->state().toJson();
    save();
}

void PublishJob::onUploadFailed(const Error &error)
{
    m_interruptible = false;
    if (m_uploader)
        m_uploader->deleteLater();
    m_uploader = nullptr;
    if (halted())
        return;
    switch (PlatformError::kindOf(error)) {
    case PlatformErrorKind::UploadUrlExpired:
    case PlatformErrorKind::UploadNotFound:
    case PlatformErrorKind::UploadFileChanged:
    case PlatformErrorKind::FileReadFailed:
        // This upload cannot go on. Unless the platform already has every byte (our last 201 may
        // have been lost), a new init is safe: the old publish can never complete.
        m_uploadBroken = error;
        return fetchStatusForResume();
    default: return handleError(error);
    }
}

void PublishJob::poll(std::chrono::milliseconds delay)
{
    if (halted())
        return;
    later(delay, [this] {
        if (halted() || !m_api)
            return;
        m_poller = new PublishStatusPoller(m_api, this);
        m_poller->setInterval(m_settings.pollInterval);
        connect(m_poller, &PublishStatusPoller::statusChanged, this, [this](const PublishStatus &status) {
            Q_EMIT progress(PublishStage::Processing, status.uploadedBytes, m_media.fileSize);
        });
        connect(m_poller, &PublishStatusPoller::finished, this, &PublishJob::onFinalStatus);
        connect(m_poller, &PublishStatusPoller::failed, this, &PublishJob::onPollFailed);
        m_interruptible = true;
        m_poller->start(m_claimed.progress.publishId);
    });
}

void PublishJob::onFinalStatus(const PublishStatus &status)
{
    m_interruptible = false;
    if (m_poller)
        m_poller->deleteLater();
    m_poller = nullptr;
    if (m_done)
        return;
    const QString publishId = m_claimed.progress.publishId;
    if (status.state == PublishStatus::State::SendToUserInbox)
        return finishPublished(publishId, QString(), {{QStringLiteral("inbox"), true}});
    finishPublished(publishId, status.publicPostIds.value(0), {});
}

void PublishJob::onPollFailed(const Error &error)
{
    m_interruptible = false;
    if (m_poller)
        m_poller->deleteLater();
    m_poller = nullptr;
    if (halted())
        return;
    if (error.context.contains(QStringLiteral("fail_reason"))) {
        // The platform processed the publish and refused it. A retryable reason means a new publish
        // may succeed, and this one is dead: nothing went out.
        if (PlatformError::actionOf(error) == RecoveryAction::Retry)
            return reinit(error);
        return fail(error, {{QStringLiteral("fail_reason"),
                             error.context.value(QStringLiteral("fail_reason")).toString()}});
    }
    handleError(error);
}

} // namespace montaj
