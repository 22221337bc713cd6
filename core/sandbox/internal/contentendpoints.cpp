#include "core/sandbox/internal/contentendpoints.h"

#include "core/sandbox/internal/apienvelope.h"
#include "core/sandbox/internal/jsonbody.h"
#include "core/sandbox/internal/platformids.h"
#include "core/sandbox/internal/postingrules.h"
#include "core/sandbox/internal/sandboxlog.h"
#include "core/sandbox/internal/verifiedmedia.h"
#include "core/sandbox/internal/worldstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace montaj::sandbox {
namespace {

const QString kPublishScope = QStringLiteral("video.publish");
const QString kUploadScope = QStringLiteral("video.upload");

} // namespace

void ContentEndpoints::registerRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/v2/post/publish/content/init/"),
               [this](const HttpRequest &r) { return init(r); });
}

std::optional<HttpResponse> ContentEndpoints::checkPostInfo(const QJsonObject &postInfo, bool direct,
                                                            const ApiCaller &caller) const
{
    for (const auto &[field, limit] :
         {std::pair{"title", kMaxTitle}, std::pair{"description", kMaxDescription}}) {
        const QJsonValue value = postInfo.value(QLatin1String(field));
        if (!value.isUndefined() && !value.isString())
            return invalidParams(QStringLiteral("post_info.%1 must be a string.").arg(QLatin1String(field)),
                                 caller);
        if (value.toString().size() > limit)
            return invalidParams(QStringLiteral("post_info.%1 is longer than %2 UTF-16 code units.")
                                     .arg(QLatin1String(field))
                                     .arg(limit),
                                 caller);
    }
    const QJsonValue privacy = postInfo.value(QStringLiteral("privacy_level"));
    if (direct && (!privacy.isString() || privacy.toString().isEmpty()))
        return invalidParams(QStringLiteral("post_info.privacy_level is required for DIRECT_POST."), caller);
    for (const char *flag :
         {"disable_comment", "auto_add_music", "brand_content_toggle", "brand_organic_toggle"}) {
        const QJsonValue value = postInfo.value(QLatin1String(flag));
        if (!value.isUndefined() && !value.isBool())
            return invalidParams(
                QStringLiteral("post_info.%1 must be true or false.").arg(QLatin1String(flag)), caller);
    }
    if (postInfo.value(QStringLiteral("brand_content_toggle")).toBool()
        && privacy.toString() == QLatin1String("SELF_ONLY"))
        return invalidParams(QStringLiteral("Branded content cannot be posted with privacy_level SELF_ONLY."),
                             caller);
    return std::nullopt;
}

std::optional<QStringList> ContentEndpoints::photoPaths(const QJsonObject &source, const ApiCaller &caller,
                                                        std::optional<HttpResponse> &refusal) const
{
    if (source.value(QStringLiteral("source")).toString() != QLatin1String("PULL_FROM_URL")) {
        refusal = invalidParams(
            QStringLiteral("Photos can only be posted with source_info.source PULL_FROM_URL."), caller);
        return std::nullopt;
    }
    const QJsonValue images = source.value(QStringLiteral("photo_images"));
    const qsizetype count = images.toArray().size();
    if (!images.isArray() || count < 1 || count > kMaxPhotos) {
        refusal = invalidParams(
            QStringLiteral("source_info.photo_images must list 1 to %1 URLs.").arg(kMaxPhotos), caller);
        return std::nullopt;
    }
    const auto cover = JsonBody::integer(source.value(QStringLiteral("photo_cover_index")));
    if (!cover || *cover < 0 || *cover >= count) {
        refusal =
            invalidParams(QStringLiteral("source_info.photo_cover_index must be the index (from 0) of one of "
                                         "the photo_images."),
                          caller);
        return std::nullopt;
    }
    QStringList urls;
    for (const QJsonValue &image : images.toArray()) {
        if (!image.isString() || image.toString().isEmpty()) {
            refusal =
                invalidParams(QStringLiteral("source_info.photo_images must hold URL strings."), caller);
            return std::nullopt;
        }
        urls.append(image.toString());
    }
    QStringList paths;
    for (const QString &url : std::as_const(urls)) {
        const auto path = VerifiedMedia::requestPath(m_context, url);
        if (!path) {
            refusal = PostingRules::unverifiedUrl(QStringLiteral("source_info.photo_images"), caller);
            return std::nullopt;
        }
        paths.append(*path);
    }
    return paths;
}

HttpResponse ContentEndpoints::init(const HttpRequest &request)
{
    const auto body = JsonBody::object(request.body);
    const QString mode = body ? body->value(QStringLiteral("post_mode")).toString() : QString();
    const bool direct = mode == QLatin1String("DIRECT_POST");
    const bool inbox = mode == QLatin1String("MEDIA_UPLOAD");
    // The scope follows the mode; while the mode is unknown either one lets the call reach the
    // parameter check.
    const QStringList scopes = direct  ? QStringList{kPublishScope}
                               : inbox ? QStringList{kUploadScope}
                                       : QStringList{kPublishScope, kUploadScope};
    const auto admission = m_guard.admit(request, scopes, request.path, 6);
    if (admission.refusal)
        return *admission.refusal;
    const ApiCaller &caller = admission.caller;
    if (!body)
        return invalidParams(QStringLiteral("The body must be a JSON object."), caller);
    if (body->value(QStringLiteral("media_type")).toString() != QLatin1String("PHOTO"))
        return invalidParams(QStringLiteral("media_type must be PHOTO."), caller);
    if (!direct && !inbox)
        return invalidParams(QStringLiteral("post_mode must be DIRECT_POST or MEDIA_UPLOAD."), caller);
    const QJsonValue postInfoValue = body->value(QStringLiteral("post_info"));
    if ((direct && !postInfoValue.isObject()) || (!postInfoValue.isUndefined() && !postInfoValue.isObject()))
        return invalidParams(QStringLiteral("post_info must be an object (required for DIRECT_POST)."),
                             caller);
    const QJsonObject postInfo = postInfoValue.toObject();
    if (auto refusal = checkPostInfo(postInfo, direct, caller))
        return *refusal;
    if (!body->value(QStringLiteral("source_info")).isObject())
        return invalidParams(QStringLiteral("source_info is required."), caller);
    const QJsonObject source = body->value(QStringLiteral("source_info")).toObject();
    std::optional<HttpResponse> refusal;
    const auto paths = photoPaths(source, caller, refusal);
    if (!paths)
        return *refusal;

    const auto account = WorldStore(m_context.db()).account(caller.openId);
    if (!account)
        return ApiEnvelope::error(QStringLiteral("internal_error"), QStringLiteral("Account not found."),
                                  caller.logId);
    const PostingRules rules(m_context);
    if (auto refused = direct ? rules.checkDirect(
                           *account, postInfo.value(QStringLiteral("privacy_level")).toString(), caller)
                              : rules.checkInbox(*account, caller))
        return *refused;

    const QString kind = direct ? QStringLiteral("direct") : QStringLiteral("inbox");
    const qint64 now = m_context.nowMs();
    SandboxPublish publish;
    publish.publishId = PlatformIds::publishId(kind, true, true);
    publish.openId = caller.openId;
    publish.kind = kind;
    publish.uploadId = PlatformIds::uploadId();
    publish.uploadExpiresMs = now;
    publish.status = QStringLiteral("PROCESSING_DOWNLOAD");
    publish.postInfo = QJsonDocument(postInfo).toJson(QJsonDocument::Compact);
    publish.createdAtMs = now;
    const int cover = int(JsonBody::integer(source.value(QStringLiteral("photo_cover_index"))).value_or(0));
    if (!rules.store(publish, PublishSource{publish.publishId, QStringLiteral("PHOTO"), *paths, cover}))
        return ApiEnvelope::error(QStringLiteral("internal_error"),
                                  QStringLiteral("Could not store the publish."), caller.logId);
    qCInfo(lcSandbox) << "photo publish" << publish.publishId << kind << "of" << paths->size() << "photo(s)";
    if (m_onPull)
        m_onPull(publish.publishId);
    return ApiEnvelope::ok({{QStringLiteral("publish_id"), publish.publishId}}, caller.logId);
}

} // namespace montaj::sandbox
