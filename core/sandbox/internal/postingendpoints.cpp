#include "core/sandbox/internal/postingendpoints.h"

#include "core/sandbox/internal/apienvelope.h"
#include "core/sandbox/internal/chunkplan.h"
#include "core/sandbox/internal/jsonbody.h"
#include "core/sandbox/internal/platformids.h"
#include "core/sandbox/internal/postingrules.h"
#include "core/sandbox/internal/publishstore.h"
#include "core/sandbox/internal/sandboxlog.h"
#include "core/sandbox/internal/verifiedmedia.h"
#include "core/sandbox/internal/worldstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace montaj::sandbox {
namespace {

const QString kPublishScope = QStringLiteral("video.publish");
const QString kUploadScope = QStringLiteral("video.upload");

} // namespace

void PostingEndpoints::registerRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/v2/post/publish/creator_info/query/"),
               [this](const HttpRequest &r) { return creatorInfo(r); });
    router.add("POST", QStringLiteral("/v2/post/publish/video/init/"),
               [this](const HttpRequest &r) { return init(r, QStringLiteral("direct")); });
    router.add("POST", QStringLiteral("/v2/post/publish/inbox/video/init/"),
               [this](const HttpRequest &r) { return init(r, QStringLiteral("inbox")); });
    router.add("POST", QStringLiteral("/v2/post/publish/status/fetch/"),
               [this](const HttpRequest &r) { return statusFetch(r); });
    router.add("POST", QStringLiteral("/v2/post/publish/cancel/"),
               [this](const HttpRequest &r) { return cancel(r); });
}

HttpResponse PostingEndpoints::creatorInfo(const HttpRequest &request)
{
    const auto admission = m_guard.admit(request, {kPublishScope}, QStringLiteral("creator_info"), 20);
    if (admission.refusal)
        return *admission.refusal;
    const auto account = WorldStore(m_context.db()).account(admission.caller.openId);
    if (!account)
        return ApiEnvelope::error(QStringLiteral("internal_error"), QStringLiteral("Account not found."),
                                  admission.caller.logId);
    return ApiEnvelope::ok({{QStringLiteral("creator_avatar_url"), m_context.absoluteUrl(account->avatarUrl)},
                            {QStringLiteral("creator_username"), account->username},
                            {QStringLiteral("creator_nickname"), account->displayName},
                            {QStringLiteral("privacy_level_options"),
                             QJsonArray::fromStringList(account->privacyLevelOptions())},
                            {QStringLiteral("comment_disabled"), account->commentDisabled},
                            {QStringLiteral("duet_disabled"), account->duetDisabled},
                            {QStringLiteral("stitch_disabled"), account->stitchDisabled},
                            {QStringLiteral("max_video_post_duration_sec"), account->maxDurationSec}},
                           admission.caller.logId);
}

std::optional<HttpResponse> PostingEndpoints::checkPostInfo(const QJsonObject &postInfo,
                                                            const ApiCaller &caller)
{
    const QJsonValue title = postInfo.value(QStringLiteral("title"));
    if (!title.isUndefined() && !title.isString())
        return invalidParams(QStringLiteral("post_info.title must be a string."), caller);
    if (title.toString().size() > 2200)
        return invalidParams(QStringLiteral("post_info.title is longer than 2200 UTF-16 code units."),
                             caller);
    const QJsonValue privacy = postInfo.value(QStringLiteral("privacy_level"));
    if (!privacy.isString() || privacy.toString().isEmpty())
        return invalidParams(QStringLiteral("post_info.privacy_level is required."), caller);
    for (const char *flag : {"disable_comment", "disable_duet", "disable_stitch", "brand_content_toggle",
                             "brand_organic_toggle", "is_aigc"}) {
        const QJsonValue value = postInfo.value(QLatin1String(flag));
        if (!value.isUndefined() && !value.isBool())
            return invalidParams(
                QStringLiteral("post_info.%1 must be true or false.").arg(QLatin1String(flag)), caller);
    }
    const QJsonValue cover = postInfo.value(QStringLiteral("video_cover_timestamp_ms"));
    if (!cover.isUndefined() && JsonBody::integer(cover).value_or(-1) < 0)
        return invalidParams(
            QStringLiteral("post_info.video_cover_timestamp_ms must be a whole number of ms >= 0."), caller);
    if (postInfo.value(QStringLiteral("brand_content_toggle")).toBool()
        && privacy.toString() == QLatin1String("SELF_ONLY"))
        return invalidParams(QStringLiteral("Branded content cannot be posted with privacy_level SELF_ONLY."),
                             caller);
    return std::nullopt;
}

HttpResponse PostingEndpoints::init(const HttpRequest &request, const QString &kind)
{
    const bool direct = kind == QLatin1String("direct");
    const auto admission = m_guard.admit(request, {direct ? kPublishScope : kUploadScope}, request.path, 6);
    if (admission.refusal)
        return *admission.refusal;
    const ApiCaller &caller = admission.caller;
    const auto body = JsonBody::object(request.body);
    if (!body)
        return invalidParams(QStringLiteral("The body must be a JSON object."), caller);
    const QJsonObject postInfo = body->value(QStringLiteral("post_info")).toObject();
    if (direct) {
        if (!body->value(QStringLiteral("post_info")).isObject())
            return invalidParams(QStringLiteral("post_info is required for a direct post."), caller);
        if (auto refusal = checkPostInfo(postInfo, caller))
            return *refusal;
    }
    const QJsonValue sourceValue = body->value(QStringLiteral("source_info"));
    if (!sourceValue.isObject())
        return invalidParams(QStringLiteral("source_info is required."), caller);
    const QJsonObject source = sourceValue.toObject();
    const QString sourceType = source.value(QStringLiteral("source")).toString();
    std::optional<ChunkPlan> plan;
    QString videoUrl; // then the verified request path
    if (sourceType == QLatin1String("PULL_FROM_URL")) {
        videoUrl = source.value(QStringLiteral("video_url")).toString();
        if (videoUrl.isEmpty())
            return invalidParams(QStringLiteral("source_info.video_url is required for PULL_FROM_URL."),
                                 caller);
        const auto path = VerifiedMedia::requestPath(m_context, videoUrl);
        if (!path)
            return PostingRules::unverifiedUrl(QStringLiteral("source_info.video_url"), caller);
        videoUrl = *path;
    } else if (sourceType == QLatin1String("FILE_UPLOAD")) {
        const auto videoSize = JsonBody::integer(source.value(QStringLiteral("video_size")));
        const auto chunkSize = JsonBody::integer(source.value(QStringLiteral("chunk_size")));
        const auto chunkCount = JsonBody::integer(source.value(QStringLiteral("total_chunk_count")));
        if (!videoSize || !chunkSize || !chunkCount)
            return invalidParams(
                QStringLiteral(
                    "source_info needs whole numbers video_size, chunk_size and total_chunk_count."),
                caller);
        QString why;
        plan = ChunkPlan::make(*videoSize, *chunkSize, *chunkCount, &why);
        if (!plan)
            return invalidParams(why, caller);
    } else {
        return invalidParams(QStringLiteral("source_info.source must be FILE_UPLOAD or PULL_FROM_URL."),
                             caller);
    }

    const auto account = WorldStore(m_context.db()).account(caller.openId);
    if (!account)
        return ApiEnvelope::error(QStringLiteral("internal_error"), QStringLiteral("Account not found."),
                                  caller.logId);
    const PostingRules rules(m_context);
    if (auto refusal = direct ? rules.checkDirect(
                           *account, postInfo.value(QStringLiteral("privacy_level")).toString(), caller)
                              : rules.checkInbox(*account, caller))
        return *refusal;

    const qint64 now = m_context.nowMs();
    const bool pulled = !plan;
    SandboxPublish publish;
    publish.publishId = PlatformIds::publishId(kind, pulled);
    publish.openId = caller.openId;
    publish.kind = kind;
    publish.uploadId = PlatformIds::uploadId();
    publish.uploadExpiresMs = pulled ? now : now + m_context.options.uploadUrlLifetimeMs;
    publish.videoSize = plan ? plan->videoSize() : 0;
    publish.chunkSize = plan ? plan->chunkSize() : 0;
    publish.chunkCount = plan ? plan->chunkCount() : 0;
    publish.status = pulled ? QStringLiteral("PROCESSING_DOWNLOAD") : QStringLiteral("PROCESSING_UPLOAD");
    publish.postInfo = QJsonDocument(postInfo).toJson(QJsonDocument::Compact);
    publish.createdAtMs = now;
    std::optional<PublishSource> pull;
    if (pulled)
        pull = PublishSource{publish.publishId, QStringLiteral("VIDEO"), {videoUrl}, 0};
    if (!rules.store(publish, pull))
        return ApiEnvelope::error(QStringLiteral("internal_error"),
                                  QStringLiteral("Could not store the publish."), caller.logId);
    if (pulled) {
        qCInfo(lcSandbox) << "publish" << publish.publishId << kind
                          << "pulls its video from the verified prefix";
        if (m_onPull)
            m_onPull(publish.publishId);
        return ApiEnvelope::ok({{QStringLiteral("publish_id"), publish.publishId}}, caller.logId);
    }
    qCInfo(lcSandbox) << "publish" << publish.publishId << kind << "of" << publish.videoSize << "bytes in"
                      << publish.chunkCount << "chunk(s)";
    const QString uploadUrl =
        QString::fromLatin1(m_context.base()) + QStringLiteral("/upload/") + publish.uploadId + u'/';
    return ApiEnvelope::ok(
        {{QStringLiteral("publish_id"), publish.publishId}, {QStringLiteral("upload_url"), uploadUrl}},
        caller.logId);
}

HttpResponse PostingEndpoints::statusFetch(const HttpRequest &request)
{
    const auto admission =
        m_guard.admit(request, {kPublishScope, kUploadScope}, QStringLiteral("status_fetch"), 30);
    if (admission.refusal)
        return *admission.refusal;
    const ApiCaller &caller = admission.caller;
    const auto body = JsonBody::object(request.body);
    const QString publishId = body ? body->value(QStringLiteral("publish_id")).toString() : QString();
    if (publishId.isEmpty())
        return invalidParams(QStringLiteral("publish_id is required."), caller);
    const auto publish = PublishStore(m_context.db()).byId(publishId);
    if (!publish || publish->openId != caller.openId)
        return invalidParams(QStringLiteral("publish_id was not found for this user."), caller);
    QJsonArray postIds;
    if (publish->status == QLatin1String("PUBLISH_COMPLETE") && !publish->videoId.isEmpty()) {
        const QJsonObject postInfo = QJsonDocument::fromJson(publish->postInfo).object();
        if (postInfo.value(QStringLiteral("privacy_level")).toString() == QLatin1String("PUBLIC_TO_EVERYONE"))
            postIds.append(publish->videoId);
    }
    return ApiEnvelope::ok({{QStringLiteral("status"), publish->status},
                            {QStringLiteral("fail_reason"), publish->failReason},
                            {QStringLiteral("publicaly_available_post_id"), postIds},
                            {QStringLiteral("uploaded_bytes"), publish->received}},
                           caller.logId);
}

HttpResponse PostingEndpoints::cancel(const HttpRequest &request)
{
    const auto admission = m_guard.admit(request, {kPublishScope, kUploadScope}, QStringLiteral("cancel"), 0);
    if (admission.refusal)
        return *admission.refusal;
    const ApiCaller &caller = admission.caller;
    const auto body = JsonBody::object(request.body);
    const QString publishId = body ? body->value(QStringLiteral("publish_id")).toString() : QString();
    if (publishId.isEmpty())
        return invalidParams(QStringLiteral("publish_id is required."), caller);
    PublishStore publishes(m_context.db());
    const auto publish = publishes.byId(publishId);
    if (!publish || publish->openId != caller.openId)
        return invalidParams(QStringLiteral("publish_id was not found for this user."), caller);
    if (publish->status != QLatin1String("PROCESSING_UPLOAD")
        && publish->status != QLatin1String("PROCESSING_DOWNLOAD"))
        return invalidParams(
            QStringLiteral(
                "Only a publish that is still uploading, downloading or processing can be cancelled."),
            caller);
    WriteTransaction transaction(m_context.db());
    if (!transaction.begun()
        || !publishes.finish(publishId, QStringLiteral("FAILED"), QStringLiteral("publish_cancelled"),
                             QString())
        || !transaction.commit())
        return ApiEnvelope::error(QStringLiteral("internal_error"), QStringLiteral("Could not cancel."),
                                  caller.logId);
    QFile::remove(m_context.uploadPath(publish->uploadId));
    qCInfo(lcSandbox) << "publish" << publishId << "cancelled";
    return ApiEnvelope::ok({}, caller.logId);
}

} // namespace montaj::sandbox
