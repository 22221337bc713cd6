#include "core/sandbox/internal/displayendpoints.h"

#include "core/sandbox/internal/apienvelope.h"
#include "core/sandbox/internal/jsonbody.h"
#include "core/sandbox/internal/mediahost.h"
#include "core/sandbox/internal/videocounters.h"
#include "core/sandbox/internal/worldstore.h"

#include <QJsonArray>

namespace montaj::sandbox {
namespace {

const QString kListScope = QStringLiteral("video.list");
constexpr int kDisplayPerMinute = 600;

QStringList splitFields(const QString &text)
{
    QStringList fields;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        if (const QString field = part.trimmed(); !field.isEmpty() && !fields.contains(field))
            fields.append(field);
    return fields;
}

bool isListed(const SandboxVideo &video)
{
    return video.privacy != QLatin1String("SELF_ONLY");
}

} // namespace

void DisplayEndpoints::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/v2/user/info/"), [this](const HttpRequest &r) { return userInfo(r); });
    router.add("POST", QStringLiteral("/v2/video/list/"),
               [this](const HttpRequest &r) { return videoList(r); });
    router.add("POST", QStringLiteral("/v2/video/query/"),
               [this](const HttpRequest &r) { return videoQuery(r); });
}

QStringList DisplayEndpoints::videoFields()
{
    return {QStringLiteral("id"),
            QStringLiteral("create_time"),
            QStringLiteral("cover_image_url"),
            QStringLiteral("share_url"),
            QStringLiteral("video_description"),
            QStringLiteral("duration"),
            QStringLiteral("height"),
            QStringLiteral("width"),
            QStringLiteral("title"),
            QStringLiteral("embed_html"),
            QStringLiteral("embed_link"),
            QStringLiteral("like_count"),
            QStringLiteral("comment_count"),
            QStringLiteral("share_count"),
            QStringLiteral("view_count")};
}

QString DisplayEndpoints::scopeForUserField(const QString &field)
{
    static const QStringList kBasic = {QStringLiteral("open_id"),          QStringLiteral("union_id"),
                                       QStringLiteral("avatar_url"),       QStringLiteral("avatar_url_100"),
                                       QStringLiteral("avatar_large_url"), QStringLiteral("display_name")};
    static const QStringList kProfile = {QStringLiteral("bio_description"),
                                         QStringLiteral("profile_deep_link"), QStringLiteral("is_verified"),
                                         QStringLiteral("username")};
    static const QStringList kStats = {QStringLiteral("follower_count"), QStringLiteral("following_count"),
                                       QStringLiteral("likes_count"), QStringLiteral("video_count")};
    if (kBasic.contains(field))
        return QStringLiteral("user.info.basic");
    if (kProfile.contains(field))
        return QStringLiteral("user.info.profile");
    if (kStats.contains(field))
        return QStringLiteral("user.info.stats");
    return {};
}

HttpResponse DisplayEndpoints::userInfo(const HttpRequest &request)
{
    auto admission = m_guard.authenticate(request);
    if (admission.refusal)
        return *admission.refusal;
    const ApiCaller &caller = admission.caller;
    if (auto limited = m_guard.limit(caller, QStringLiteral("user_info"), kDisplayPerMinute))
        return *limited;
    const QStringList fields = splitFields(request.query.value(QStringLiteral("fields")));
    if (fields.isEmpty())
        return invalidParams(QStringLiteral("fields is required, e.g. ?fields=open_id,display_name."),
                             caller);
    QStringList needed;
    for (const QString &field : fields) {
        const QString scope = scopeForUserField(field);
        if (scope.isEmpty())
            return invalidParams(QStringLiteral("Unknown field: %1.").arg(field), caller);
        if (!needed.contains(scope))
            needed.append(scope);
    }
    for (const QString &scope : needed)
        if (!m_context.options.appPermissions.contains(scope))
            return ApiEnvelope::error(
                QStringLiteral("scope_permission_missed"),
                QStringLiteral("The app has not been granted the permission %1 for these fields.").arg(scope),
                caller.logId);
    if (!ApiGuard::hasAll(caller, needed))
        return ApiEnvelope::error(
            QStringLiteral("scope_not_authorized"),
            QStringLiteral("The requested fields need the scopes %1.").arg(needed.join(QStringLiteral(", "))),
            caller.logId);
    WorldStore world(m_context.db());
    const auto account = world.account(caller.openId);
    if (!account)
        return ApiEnvelope::error(QStringLiteral("internal_error"), QStringLiteral("Account not found."),
                                  caller.logId);
    const qint64 now = m_context.nowMs();
    qint64 views = 0, likes = 0, listed = 0;
    for (const SandboxVideo &video : world.videos(caller.openId)) {
        const VideoCounts counts = VideoCounters::at(video.growth, now - video.createTimeMs);
        views += counts.views;
        likes += counts.likes;
        listed += isListed(video) ? 1 : 0;
    }
    const QString base = QString::fromLatin1(m_context.base());
    QJsonObject user;
    for (const QString &field : fields) {
        QJsonValue value;
        if (field == QLatin1String("open_id"))
            value = account->openId;
        else if (field == QLatin1String("union_id"))
            value = account->unionId;
        else if (field == QLatin1String("avatar_url") || field == QLatin1String("avatar_url_100")
                 || field == QLatin1String("avatar_large_url"))
            value = m_context.absoluteUrl(account->avatarUrl);
        else if (field == QLatin1String("display_name"))
            value = account->displayName;
        else if (field == QLatin1String("bio_description"))
            value = account->bio;
        else if (field == QLatin1String("profile_deep_link"))
            value = QString(base + QStringLiteral("/@") + account->username);
        else if (field == QLatin1String("is_verified"))
            value = account->verified;
        else if (field == QLatin1String("username"))
            value = account->username;
        else if (field == QLatin1String("follower_count"))
            value = account->followerBase + views / 400;
        else if (field == QLatin1String("following_count"))
            value = account->followingCount;
        else if (field == QLatin1String("likes_count"))
            value = likes;
        else if (field == QLatin1String("video_count"))
            value = listed;
        user.insert(field, value);
    }
    return ApiEnvelope::ok({{QStringLiteral("user"), user}}, caller.logId);
}

std::optional<QStringList> DisplayEndpoints::videoFieldsOf(const HttpRequest &request,
                                                           const ApiCaller &caller,
                                                           std::optional<HttpResponse> &refusal) const
{
    const QStringList fields = splitFields(request.query.value(QStringLiteral("fields")));
    if (fields.isEmpty()) {
        refusal =
            invalidParams(QStringLiteral("fields is required, e.g. ?fields=id,title,view_count."), caller);
        return std::nullopt;
    }
    for (const QString &field : fields) {
        if (!videoFields().contains(field)) {
            refusal = invalidParams(QStringLiteral("Unknown field: %1.").arg(field), caller);
            return std::nullopt;
        }
    }
    return fields;
}

QJsonObject DisplayEndpoints::videoJson(const SandboxVideo &video, const QString &username,
                                        const QStringList &fields, qint64 nowMs) const
{
    const VideoCounts counts = VideoCounters::at(video.growth, nowMs - video.createTimeMs);
    const QString base = QString::fromLatin1(m_context.base());
    const QString shareUrl = base + QStringLiteral("/@") + username + QStringLiteral("/video/") + video.id;
    QJsonObject json;
    for (const QString &field : fields) {
        QJsonValue value;
        if (field == QLatin1String("id"))
            value = video.id;
        else if (field == QLatin1String("create_time"))
            value = video.createTimeMs / 1000;
        else if (field == QLatin1String("cover_image_url"))
            value = m_context.absoluteUrl(MediaHost::coverPath(video.id, nowMs / 1000 + 6 * 3600));
        else if (field == QLatin1String("share_url"))
            value = shareUrl;
        else if (field == QLatin1String("video_description"))
            value = video.description;
        else if (field == QLatin1String("duration"))
            value = video.durationSec;
        else if (field == QLatin1String("height"))
            value = video.height;
        else if (field == QLatin1String("width"))
            value = video.width;
        else if (field == QLatin1String("title"))
            value = video.title;
        else if (field == QLatin1String("embed_html"))
            value = QString(QStringLiteral("<blockquote class=\"tiktok-embed\" cite=\"") + shareUrl
                            + QStringLiteral("\" data-video-id=\"") + video.id
                            + QStringLiteral("\"></blockquote>"));
        else if (field == QLatin1String("embed_link"))
            value = QString(base + QStringLiteral("/embed/v2/") + video.id);
        else if (field == QLatin1String("like_count"))
            value = counts.likes;
        else if (field == QLatin1String("comment_count"))
            value = counts.comments;
        else if (field == QLatin1String("share_count"))
            value = counts.shares;
        else if (field == QLatin1String("view_count"))
            value = counts.views;
        json.insert(field, value);
    }
    return json;
}

HttpResponse DisplayEndpoints::videoList(const HttpRequest &request)
{
    const auto admission =
        m_guard.admit(request, {kListScope}, QStringLiteral("video_list"), kDisplayPerMinute);
    if (admission.refusal)
        return *admission.refusal;
    const ApiCaller &caller = admission.caller;
    std::optional<HttpResponse> refusal;
    const auto fields = videoFieldsOf(request, caller, refusal);
    if (!fields)
        return *refusal;
    const auto body = JsonBody::object(request.body);
    if (!body)
        return invalidParams(QStringLiteral("The body must be a JSON object."), caller);
    const qint64 now = m_context.nowMs();
    const QJsonValue cursorValue = body->value(QStringLiteral("cursor"));
    const QJsonValue countValue = body->value(QStringLiteral("max_count"));
    const auto cursor = cursorValue.isUndefined() || cursorValue.isNull() ? std::optional<qint64>(0)
                                                                          : JsonBody::integer(cursorValue);
    const auto maxCount =
        countValue.isUndefined() ? std::optional<qint64>(10) : JsonBody::integer(countValue);
    if (!cursor || *cursor < 0)
        return invalidParams(QStringLiteral("cursor must be a whole number of milliseconds."), caller);
    if (!maxCount || *maxCount < 1 || *maxCount > 20)
        return invalidParams(QStringLiteral("max_count must be between 1 and 20."), caller);
    const qint64 before = *cursor == 0 ? now + 1 : *cursor;
    WorldStore world(m_context.db());
    const auto account = world.account(caller.openId);
    const QList<SandboxVideo> page = world.videosBefore(caller.openId, before, int(*maxCount));
    QJsonArray videos;
    for (const SandboxVideo &video : page)
        if (isListed(video))
            videos.append(videoJson(video, account ? account->username : QString(), *fields, now));
    const qint64 nextCursor = page.isEmpty() ? before : page.last().createTimeMs;
    const bool hasMore = !page.isEmpty() && world.hasVideoBefore(caller.openId, nextCursor);
    return ApiEnvelope::ok({{QStringLiteral("videos"), videos},
                            {QStringLiteral("cursor"), nextCursor},
                            {QStringLiteral("has_more"), hasMore}},
                           caller.logId);
}

HttpResponse DisplayEndpoints::videoQuery(const HttpRequest &request)
{
    const auto admission =
        m_guard.admit(request, {kListScope}, QStringLiteral("video_query"), kDisplayPerMinute);
    if (admission.refusal)
        return *admission.refusal;
    const ApiCaller &caller = admission.caller;
    std::optional<HttpResponse> refusal;
    const auto fields = videoFieldsOf(request, caller, refusal);
    if (!fields)
        return *refusal;
    const auto body = JsonBody::object(request.body);
    const QJsonValue idsValue =
        body ? body->value(QStringLiteral("filters")).toObject().value(QStringLiteral("video_ids"))
             : QJsonValue();
    const QJsonArray idsArray = idsValue.toArray();
    if (!idsValue.isArray() || idsArray.isEmpty() || idsArray.size() > 20)
        return invalidParams(QStringLiteral("filters.video_ids must list 1 to 20 video ids."), caller);
    QStringList ids;
    for (const QJsonValue &id : idsArray) {
        if (!id.isString())
            return invalidParams(QStringLiteral("Video ids are strings."), caller);
        ids.append(id.toString());
    }
    WorldStore world(m_context.db());
    const auto account = world.account(caller.openId);
    const qint64 now = m_context.nowMs();
    QJsonArray videos;
    for (const SandboxVideo &video : world.videosByIds(caller.openId, ids))
        if (isListed(video))
            videos.append(videoJson(video, account ? account->username : QString(), *fields, now));
    return ApiEnvelope::ok({{QStringLiteral("videos"), videos}}, caller.logId);
}

} // namespace montaj::sandbox
