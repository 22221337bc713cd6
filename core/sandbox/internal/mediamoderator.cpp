#include "core/sandbox/internal/mediamoderator.h"

#include "core/media/mediaprobe.h"
#include "core/sandbox/internal/demoworld.h"
#include "core/sandbox/internal/mediarules.h"
#include "core/sandbox/internal/platformids.h"
#include "core/sandbox/internal/publishstore.h"
#include "core/sandbox/internal/sandboxlog.h"
#include "core/sandbox/internal/worldstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cmath>

namespace montaj::sandbox {

MediaModerator::MediaModerator(SandboxContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_jobs([this](const QString &id) { process(id); })
{}

void MediaModerator::schedule(const QString &publishId)
{
    m_jobs.schedule(publishId, m_context.options.moderationDelayMs);
}

void MediaModerator::resumePending()
{
    const QStringList pending = PublishStore(m_context.db()).awaitingProcessing();
    for (const QString &publishId : pending)
        schedule(publishId);
}

void MediaModerator::process(const QString &publishId)
{
    if (!m_context.store.isOpen())
        return;
    PublishStore publishes(m_context.db());
    const auto publish = publishes.byId(publishId);
    if (!publish || publish->status != QLatin1String("PROCESSING_UPLOAD") || !publish->uploadComplete())
        return; // cancelled meanwhile, or already done
    const QString path = m_context.uploadPath(publish->uploadId);
    WorldStore world(m_context.db());
    const auto account = world.account(publish->openId);

    QString failReason;
    Result<MediaInfo> info = MediaProbe::probe(path);
    if (m_context.faults.failModeration())
        failReason = QStringLiteral("spam_risk");
    else if (!info || !account)
        failReason = MediaRules::unreadableReason();
    else
        failReason = MediaRules::failReason(*info, account->maxDurationSec);

    QString status;
    SandboxVideo video;
    if (!failReason.isEmpty()) {
        status = QStringLiteral("FAILED");
    } else if (publish->kind == QLatin1String("inbox")) {
        status = QStringLiteral("SEND_TO_USER_INBOX");
    } else {
        status = QStringLiteral("PUBLISH_COMPLETE");
        const QJsonObject postInfo = QJsonDocument::fromJson(publish->postInfo).object();
        const qint64 now = m_context.nowMs();
        video.openId = publish->openId;
        video.createTimeMs = now;
        video.id = PlatformIds::videoId(now / 1000, QRandomGenerator::system()->generate());
        video.title = postInfo.value(QStringLiteral("title")).toString();
        video.description = video.title;
        video.durationSec = int(std::max<qint64>(1, (info->durationUs + 500000) / 1000000));
        const QSize size = info->video()->displaySize;
        video.width = size.width();
        video.height = size.height();
        video.privacy = postInfo.value(QStringLiteral("privacy_level")).toString();
        SeededRandom random(m_context.options.seed ^ video.id.toULongLong());
        video.growth = DemoWorld::randomGrowth(random, 2500.0, 0.5, 2.0);
    }
    WriteTransaction transaction(m_context.db());
    const bool stored = transaction.begun() && (video.id.isEmpty() || world.insertVideo(video))
                        && publishes.finish(publishId, status, failReason, video.id) && transaction.commit();
    if (!stored) {
        qCWarning(lcSandbox) << "could not record the outcome of publish" << publishId;
        return;
    }
    QFile::remove(path);
    qCInfo(lcSandbox) << "publish" << publishId << status << failReason << video.id;
}

} // namespace montaj::sandbox
