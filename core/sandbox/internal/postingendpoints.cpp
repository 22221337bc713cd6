#include "core/sandbox/internal/postingendpoints.h"

#include "core/sandbox/internal/apienvelope.h"
#include "core/sandbox/internal/chunkplan.h"
#include "core/sandbox/internal/jsonbody.h"
#include "core/sandbox/internal/platformids.h"
#include "core/sandbox/internal/publishstore.h"
#include "core/sandbox/internal/sandboxlog.h"
#include "core/sandbox/internal/worldstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace montaj::sandbox {
namespace {

const QString kPublishScope = QStringLiteral("video.publish");
const QString kUploadScope = QStringLiteral("video.upload");
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

HttpResponse invalid(const QString &message, const ApiCaller &caller)
{
    return ApiEnvelope::error(QStringLiteral("invalid_params"), message, caller.logId);
}

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
        return invalid(QStringLiteral("post_info.title must be a string."), caller);
    if (title.toString().size() > 2200)
        return invalid(QStringLiteral("post_info.title is longer than 2200 UTF-16 code units."), caller);
    const QJsonValue privacy = postInfo.value(QStringLiteral("privacy_level"));
    if (!privacy.isString() || privacy.toString().isEmpty())
        return invalid(QStringLiteral("post_info.privacy_level is required."), caller);
    for (const char *flag : {"disable_comment", "disable_duet", "disable_stitch", "brand_content_toggle",
                             "brand_organic_toggle", "is_aigc"}) {
        const QJsonValue value = postInfo.value(QLatin1String(flag));
        if (!value.isUndefined() && !value.isBool())
            return invalid(QStringLiteral("post_info.%1 must be true or false.").arg(QLatin1String(flag)),
                           caller);
    }
    const QJsonValue cover = postInfo.value(QStringLiteral("video_cover_timestamp_ms"));
    if (!cover.isUndefined() && JsonBody::integer(cover).value_or(-1) < 0)
        return invalid(
            QStringLiteral("post_info.video_cover_timestamp_ms must be a whole number of ms >= 0."), caller);
    if (postInfo.value(QStringLiteral("brand_content_toggle")).toBool()
        && privacy.toString() == QLatin1String("SELF_ONLY"))
        return invalid(QStringLiteral("Branded content cannot be posted with privacy_level SELF_ONLY."),
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
        return invalid(QStringLiteral("The body must be a JSON object."), caller);
    const QJsonObject postInfo = body->value(QStringLiteral("post_info")).toObject();
    if (direct) {
        if (!body->value(QStringLiteral("post_info")).isObject())
            return invalid(QStringLiteral("post_info is required for a direct post."), caller);
        if (auto refusal = checkPostInfo(postInfo, caller))
            return *refusal;
    }
    const QJsonValue sourceValue = body->value(QStringLiteral("source_info"));
    if (!sourceValue.isObject())
        return invalid(QStringLiteral("source_info is required."), caller);
    const QJsonObject source = sourceValue.toObject();
    const QString sourceType = source.value(QStringLiteral("source")).toString();
    if (sourceType == QLatin1String("PULL_FROM_URL")) {
        if (!source.value(QStringLiteral("video_url")).isString())
            return invalid(QStringLiteral("source_info.video_url is required for PULL_FROM_URL."), caller);
        return ApiEnvelope::error(
            QStringLiteral("url_ownership_unverified"),
            QStringLiteral("The video_url is not under a URL prefix verified for this app."), caller.logId);
    }
    if (sourceType != QLatin1String("FILE_UPLOAD"))
        return invalid(QStringLiteral("source_info.source must be FILE_UPLOAD or PULL_FROM_URL."), caller);
    const auto videoSize = JsonBody::integer(source.value(QStringLiteral("video_size")));
    const auto chunkSize = JsonBody::integer(source.value(QStringLiteral("chunk_size")));
    const auto chunkCount = JsonBody::integer(source.value(QStringLiteral("total_chunk_count")));
    if (!videoSize || !chunkSize || !chunkCount)
        return invalid(
            QStringLiteral("source_info needs whole numbers video_size, chunk_size and total_chunk_count."),
            caller);
    QString why;
    const auto plan = ChunkPlan::make(*videoSize, *chunkSize, *chunkCount, &why);
    if (!plan)
        return invalid(why, caller);

    const auto account = WorldStore(m_context.db()).account(caller.openId);
    if (!account)
        return ApiEnvelope::error(QStringLiteral("internal_error"), QStringLiteral("Account not found."),
                                  caller.logId);
    PublishStore publishes(m_context.db());
    const qint64 now = m_context.nowMs();
    if (direct) {
        const QString privacy = postInfo.value(QStringLiteral("privacy_level")).toString();
        if (m_context.options.unauditedClient && !account->isPrivate)
            return ApiEnvelope::error(
                QStringLiteral("unaudited_client_can_only_post_to_private_accounts"),
                QStringLiteral("This client is not audited: it may only post to private accounts."),
                caller.logId);
        if (m_context.options.unauditedClient && privacy != QLatin1String("SELF_ONLY"))
            return ApiEnvelope::error(QStringLiteral("privacy_level_option_mismatch"),
                                      QStringLiteral("An unaudited client may only post with SELF_ONLY."),
                                      caller.logId);
        if (!account->privacyLevelOptions().contains(privacy))
            return ApiEnvelope::error(
                QStringLiteral("privacy_level_option_mismatch"),
                QStringLiteral("privacy_level %1 is not one of the creator's options.").arg(privacy),
                caller.logId);
        if (publishes.countSince(caller.openId, kind, now - kDayMs) >= m_context.options.maxDirectPostsPerDay)
            return ApiEnvelope::error(
                QStringLiteral("spam_risk_too_many_posts"),
                QStringLiteral("The creator has posted too many times in the last 24 hours."), caller.logId);
    } else if (publishes.countSince(
                   caller.openId, kind, now - kDayMs,
                   {QStringLiteral("PROCESSING_UPLOAD"), QStringLiteral("SEND_TO_USER_INBOX")})
               >= 5) {
        return ApiEnvelope::error(QStringLiteral("spam_risk_too_many_pending_share"),
                                  QStringLiteral("The creator has 5 pending shares in the last 24 hours."),
                                  caller.logId);
    }

    SandboxPublish publish;
    publish.publishId = PlatformIds::publishId(kind);
    publish.openId = caller.openId;
    publish.kind = kind;
    publish.uploadId = PlatformIds::uploadId();
    publish.uploadExpiresMs = now + m_context.options.uploadUrlLifetimeMs;
    publish.videoSize = plan->videoSize();
    publish.chunkSize = plan->chunkSize();
    publish.chunkCount = plan->chunkCount();
    publish.status = QStringLiteral("PROCESSING_UPLOAD");
    publish.postInfo = QJsonDocument(postInfo).toJson(QJsonDocument::Compact);
    publish.createdAtMs = now;
    WriteTransaction transaction(m_context.db());
    if (!transaction.begun() || !publishes.insert(publish) || !transaction.commit())
        return ApiEnvelope::error(QStringLiteral("internal_error"),
                                  QStringLiteral("Could not store the publish."), caller.logId);
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
        return invalid(QStringLiteral("publish_id is required."), caller);
    const auto publish = PublishStore(m_context.db()).byId(publishId);
    if (!publish || publish->openId != caller.openId)
        return invalid(QStringLiteral("publish_id was not found for this user."), caller);
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
        return invalid(QStringLiteral("publish_id is required."), caller);
    PublishStore publishes(m_context.db());
    const auto publish = publishes.byId(publishId);
    if (!publish || publish->openId != caller.openId)
        return invalid(QStringLiteral("publish_id was not found for this user."), caller);
    if (publish->status != QLatin1String("PROCESSING_UPLOAD"))
        return invalid(
            QStringLiteral("Only a publish that is still uploading or processing can be cancelled."), caller);
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
