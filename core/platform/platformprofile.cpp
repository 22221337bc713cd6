#include "core/platform/platformprofile.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <limits>

namespace montaj {
namespace {

const QString kSchema = QStringLiteral("montaj.platform-profile");
const QString kBasePlaceholder = QStringLiteral("{base}");

const QStringList &requiredRateClasses()
{
    static const QStringList kClasses{QStringLiteral("creator_info"), QStringLiteral("video_init"),
                                      QStringLiteral("inbox_init"),   QStringLiteral("content_init"),
                                      QStringLiteral("status_fetch"), QStringLiteral("user_info"),
                                      QStringLiteral("video_list"),   QStringLiteral("video_query")};
    return kClasses;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Reads positive integers out of one JSON object, remembering the first missing or invalid field.
class FieldReader
{
public:
    FieldReader(QJsonObject object, QString prefix)
        : m_object(std::move(object))
        , m_prefix(std::move(prefix))
    {}

    qint64 positive(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        const qint64 number = value.toInteger(-1);
        if (!value.isDouble() || number <= 0 || double(number) != value.toDouble())
            fail(key);
        return number;
    }
    int positive32(const QString &key)
    {
        const qint64 number = positive(key);
        if (number > std::numeric_limits<int>::max())
            fail(key);
        return int(qMin<qint64>(number, std::numeric_limits<int>::max()));
    }
    bool boolean(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isBool())
            fail(key);
        return value.toBool();
    }
    QStringList strings(const QString &key)
    {
        QStringList out;
        const QJsonValue value = m_object.value(key);
        if (!value.isArray())
            fail(key);
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString() || item.toString().isEmpty())
                fail(key);
            out << item.toString();
        }
        if (out.isEmpty())
            fail(key);
        return out;
    }
    void fail(const QString &key)
    {
        if (m_badField.isEmpty())
            m_badField = m_prefix + QLatin1Char('.') + key;
    }
    QString badField() const { return m_badField; }

private:
    QJsonObject m_object;
    QString m_prefix;
    QString m_badField;
};

} // namespace

QStringList PlatformProfile::builtInIds()
{
    return {QStringLiteral("sandbox"), QStringLiteral("tiktok"), QStringLiteral("tiktok-us")};
}

Result<PlatformProfile> PlatformProfile::load(const QString &id, const QUrl &runtimeBaseUrl)
{
    if (!builtInIds().contains(id))
        return Error(QStringLiteral("platform.profile_unknown"),
                     tr("There is no platform profile called “%1”.").arg(id),
                     {{QStringLiteral("profile"), id}});
    const QString path = QStringLiteral(":/montaj/platform/profiles/") + id + QStringLiteral(".json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("platform.profile_unreadable"),
                     tr("The platform profile “%1” cannot be read.").arg(id),
                     {{QStringLiteral("file"), path}});
    return fromJson(file.readAll(), runtimeBaseUrl, path);
}

Result<PlatformProfile> PlatformProfile::fromJson(const QByteArray &json, const QUrl &runtimeBaseUrl,
                                                  const QString &sourceName)
{
    const auto invalid = [&sourceName](const QString &field) {
        return Error(QStringLiteral("platform.profile_invalid"),
                     tr("The platform profile is invalid (field “%1”).").arg(field),
                     {{QStringLiteral("file"), sourceName}, {QStringLiteral("field"), field}});
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(QStringLiteral("(document)"));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("schema")).toString() != kSchema)
        return invalid(QStringLiteral("schema"));
    if (root.value(QStringLiteral("schemaVersion")).toInteger(0) != 1)
        return invalid(QStringLiteral("schemaVersion"));

    PlatformProfile profile;
    profile.m_id = root.value(QStringLiteral("id")).toString();
    static const QRegularExpression kIdPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
    if (!kIdPattern.match(profile.m_id).hasMatch())
        return invalid(QStringLiteral("id"));

    const QJsonObject endpoints = root.value(QStringLiteral("endpoints")).toObject();
    const QString mode = endpoints.value(QStringLiteral("mode")).toString();
    QString authorize = endpoints.value(QStringLiteral("authorize")).toString();
    QString api = endpoints.value(QStringLiteral("api")).toString();
    if (mode == QLatin1String("fixed")) {
        profile.m_mode = EndpointMode::Fixed;
    } else if (mode == QLatin1String("placeholder")) {
        profile.m_mode = EndpointMode::Placeholder;
    } else if (mode == QLatin1String("runtime")) {
        profile.m_mode = EndpointMode::Runtime;
        if (!runtimeBaseUrl.isValid() || runtimeBaseUrl.isEmpty())
            return Error(QStringLiteral("platform.profile_needs_base_url"),
                         tr("The platform profile “%1” needs a server address.").arg(profile.m_id),
                         {{QStringLiteral("file"), sourceName}});
        QString base = runtimeBaseUrl.toString(QUrl::FullyEncoded);
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        authorize.replace(kBasePlaceholder, base);
        api.replace(kBasePlaceholder, base);
    } else {
        return invalid(QStringLiteral("endpoints.mode"));
    }
    if (authorize.contains(kBasePlaceholder) || api.contains(kBasePlaceholder))
        return invalid(QStringLiteral("endpoints"));
    profile.m_authorizeUrl = QUrl(authorize, QUrl::StrictMode);
    profile.m_apiBaseUrl = QUrl(api, QUrl::StrictMode);
    if (auto ok = checkEndpoint(profile.m_authorizeUrl, QStringLiteral("endpoints.authorize"), sourceName);
        !ok)
        return ok.error();
    if (auto ok = checkEndpoint(profile.m_apiBaseUrl, QStringLiteral("endpoints.api"), sourceName); !ok)
        return ok.error();

    FieldReader media(root.value(QStringLiteral("media")).toObject(), QStringLiteral("media"));
    MediaLimits &m = profile.m_media;
    m.containers = media.strings(QStringLiteral("containers"));
    m.videoCodecs = media.strings(QStringLiteral("videoCodecs"));
    m.minFps = media.positive32(QStringLiteral("minFps"));
    m.maxFps = media.positive32(QStringLiteral("maxFps"));
    m.minSidePx = media.positive32(QStringLiteral("minSidePx"));
    m.maxSidePx = media.positive32(QStringLiteral("maxSidePx"));
    m.maxDurationSec = media.positive32(QStringLiteral("maxDurationSec"));
    m.maxBytes = media.positive(QStringLiteral("maxBytes"));
    m.maxTitleUtf16 = media.positive32(QStringLiteral("maxTitleUtf16"));
    m.maxPhotoTitleUtf16 = media.positive32(QStringLiteral("maxPhotoTitleUtf16"));
    m.maxPhotoDescriptionUtf16 = media.positive32(QStringLiteral("maxPhotoDescriptionUtf16"));
    m.maxPhotoCount = media.positive32(QStringLiteral("maxPhotoCount"));
    m.maxPhotoBytes = media.positive(QStringLiteral("maxPhotoBytes"));
    if (m.minFps > m.maxFps)
        media.fail(QStringLiteral("minFps"));
    if (m.minSidePx > m.maxSidePx)
        media.fail(QStringLiteral("minSidePx"));
    if (!media.badField().isEmpty())
        return invalid(media.badField());

    const QJsonObject rateObject = root.value(QStringLiteral("rateLimitsPerMinute")).toObject();
    FieldReader rates(rateObject, QStringLiteral("rateLimitsPerMinute"));
    for (const QString &endpointClass : requiredRateClasses())
        profile.m_rates.perMinute.insert(endpointClass, rates.positive32(endpointClass));
    for (const QString &endpointClass : rateObject.keys()) // optional classes: extensions ("campaigns")
        if (!profile.m_rates.perMinute.contains(endpointClass))
            profile.m_rates.perMinute.insert(endpointClass, rates.positive32(endpointClass));
    if (!rates.badField().isEmpty())
        return invalid(rates.badField());

    FieldReader token(root.value(QStringLiteral("token")).toObject(), QStringLiteral("token"));
    profile.m_token.accessLifetimeSec = token.positive(QStringLiteral("accessLifetimeSec"));
    profile.m_token.refreshLifetimeSec = token.positive(QStringLiteral("refreshLifetimeSec"));
    profile.m_token.rotatesRefreshToken = token.boolean(QStringLiteral("rotatesRefreshToken"));
    profile.m_token.refreshAheadSec = token.positive(QStringLiteral("refreshAheadSec"));
    if (!token.badField().isEmpty())
        return invalid(token.badField());
    return profile;
}

Result<void> PlatformProfile::checkEndpoint(const QUrl &url, const QString &field, const QString &source)
{
    const QString scheme = url.scheme();
    const bool secure = scheme == QLatin1String("https");
    const bool loopbackHttp = scheme == QLatin1String("http") && isLoopbackHost(url.host());
    if (url.isValid() && !url.host().isEmpty() && (secure || loopbackHttp) && !url.hasQuery()
        && url.userInfo().isEmpty())
        return {};
    return Error(QStringLiteral("platform.profile_insecure_endpoint"),
                 tr("A platform address must use HTTPS (plain HTTP only on this computer)."),
                 {{QStringLiteral("file"), source}, {QStringLiteral("field"), field}});
}

Result<PlatformProfile> PlatformProfile::withEndpoints(const QUrl &authorizeUrl, const QUrl &apiBaseUrl) const
{
    if (auto ok = checkEndpoint(authorizeUrl, QStringLiteral("endpoints.authorize"), m_id); !ok)
        return ok.error();
    if (auto ok = checkEndpoint(apiBaseUrl, QStringLiteral("endpoints.api"), m_id); !ok)
        return ok.error();
    PlatformProfile copy = *this;
    copy.m_authorizeUrl = authorizeUrl;
    copy.m_apiBaseUrl = apiBaseUrl;
    copy.m_mode = EndpointMode::Fixed;
    return copy;
}

QString PlatformProfile::displayName() const
{
    if (m_id == QLatin1String("tiktok"))
        return tr("TikTok");
    if (m_id == QLatin1String("tiktok-us"))
        return tr("TikTok (US)");
    if (m_id == QLatin1String("sandbox"))
        return tr("Sandbox (on this computer)");
    return m_id;
}

QUrl PlatformProfile::endpoint(const QString &path) const
{
    QUrl url = m_apiBaseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

} // namespace montaj
