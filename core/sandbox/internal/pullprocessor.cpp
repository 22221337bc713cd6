#include "core/sandbox/internal/pullprocessor.h"

#include "core/media/mediaprobe.h"
#include "core/sandbox/internal/mediarules.h"
#include "core/sandbox/internal/platformids.h"
#include "core/sandbox/internal/publishstore.h"
#include "core/sandbox/internal/sandboxlog.h"
#include "core/sandbox/internal/verifiedmedia.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace montaj::sandbox {

PullProcessor::PullProcessor(SandboxContext &context, std::function<void(const QString &)> processUpload,
                             QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_processUpload(std::move(processUpload))
    , m_jobs([this](const QString &id) { process(id); })
{}

void PullProcessor::schedule(const QString &publishId)
{
    m_jobs.schedule(publishId, m_context.options.moderationDelayMs);
}

void PullProcessor::resumePending()
{
    const QStringList pending = PublishStore(m_context.db()).awaitingDownload();
    for (const QString &publishId : pending)
        schedule(publishId);
}

void PullProcessor::process(const QString &publishId)
{
    if (!m_context.store.isOpen())
        return;
    PublishStore publishes(m_context.db());
    const auto publish = publishes.byId(publishId);
    if (!publish || publish->status != QLatin1String("PROCESSING_DOWNLOAD"))
        return; // cancelled meanwhile
    const auto source = publishes.source(publishId);
    if (!source || source->paths.isEmpty())
        return fail(publishId, QStringLiteral("internal"));
    if (source->mediaType == QLatin1String("PHOTO"))
        checkPhotos(*publish, *source);
    else
        pullVideo(*publish, *source);
}

void PullProcessor::pullVideo(const SandboxPublish &publish, const PublishSource &source)
{
    const auto from = VerifiedMedia::localPathOf(m_context, source.paths.first());
    const QString to = m_context.uploadPath(publish.uploadId);
    QFile::remove(to);
    if (!from || !QFileInfo(*from).isFile() || !QFile::copy(*from, to))
        return fail(publish.publishId, QStringLiteral("video_pull_failed"));
    const qint64 bytes = QFileInfo(to).size();
    WriteTransaction transaction(m_context.db());
    if (bytes <= 0 || !transaction.begun()
        || !PublishStore(m_context.db()).setPulled(publish.publishId, bytes) || !transaction.commit()) {
        QFile::remove(to);
        return fail(publish.publishId,
                    bytes <= 0 ? QStringLiteral("video_pull_failed") : QStringLiteral("internal"));
    }
    qCInfo(lcSandbox) << "publish" << publish.publishId << "pulled" << bytes << "bytes";
    if (m_processUpload)
        m_processUpload(publish.publishId);
}

void PullProcessor::checkPhotos(const SandboxPublish &publish, const PublishSource &source)
{
    QString failReason;
    qint64 pulledBytes = 0;
    for (const QString &requestPath : source.paths) {
        const auto path = VerifiedMedia::localPathOf(m_context, requestPath);
        if (!path || !QFileInfo(*path).isFile()) {
            failReason = QStringLiteral("photo_pull_failed");
            break;
        }
        const qint64 bytes = QFileInfo(*path).size();
        if (bytes > MediaRules::kMaxPhotoBytes) { // not worth reading
            failReason = QStringLiteral("picture_size_check_failed");
            break;
        }
        const Result<MediaInfo> info = MediaProbe::probe(*path);
        failReason =
            info ? MediaRules::photoFailReason(*info, bytes) : QStringLiteral("file_format_check_failed");
        if (!failReason.isEmpty())
            break;
        pulledBytes += bytes;
    }
    if (failReason.isEmpty() && m_context.faults.failModeration())
        failReason = QStringLiteral("spam_risk");
    if (!failReason.isEmpty())
        return fail(publish.publishId, failReason);

    const bool direct = publish.kind == QLatin1String("direct");
    const QString status = direct ? QStringLiteral("PUBLISH_COMPLETE") : QStringLiteral("SEND_TO_USER_INBOX");
    const QString postId =
        direct ? PlatformIds::videoId(m_context.nowMs() / 1000, QRandomGenerator::system()->generate())
               : QString();
    PublishStore publishes(m_context.db());
    WriteTransaction transaction(m_context.db());
    if (!transaction.begun() || !publishes.setReceived(publish.publishId, pulledBytes)
        || !publishes.finish(publish.publishId, status, QString(), postId) || !transaction.commit()) {
        qCWarning(lcSandbox) << "could not record the outcome of photo publish" << publish.publishId;
        return;
    }
    qCInfo(lcSandbox) << "photo publish" << publish.publishId << status << source.paths.size() << "photo(s)"
                      << postId;
}

void PullProcessor::fail(const QString &publishId, const QString &failReason)
{
    WriteTransaction transaction(m_context.db());
    if (!transaction.begun()
        || !PublishStore(m_context.db()).finish(publishId, QStringLiteral("FAILED"), failReason, QString())
        || !transaction.commit()) {
        qCWarning(lcSandbox) << "could not record the failure of publish" << publishId;
        return;
    }
    qCInfo(lcSandbox) << "publish" << publishId << "FAILED" << failReason;
}

} // namespace montaj::sandbox
