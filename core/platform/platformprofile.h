#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace montaj {

// What a platform accepts as media (shared/PLATFORM_API.md, "Media limits").
struct MediaLimits
{
    QStringList containers;  // "mp4", "webm", "mov"
    QStringList videoCodecs; // "h264", "hevc", "vp8", "vp9"
    int minFps = 0;
    int maxFps = 0;
    int minSidePx = 0;
    int maxSidePx = 0;
    int maxDurationSec = 0;
    qint64 maxBytes = 0;
    int maxTitleUtf16 = 0;
    int maxPhotoTitleUtf16 = 0;
    int maxPhotoDescriptionUtf16 = 0;
    int maxPhotoCount = 0;
    qint64 maxPhotoBytes = 0;
};

// Requests per user token per sliding minute, by endpoint class ("creator_info", "video_init",
// "inbox_init", "content_init", "status_fetch", "user_info", "video_list", "video_query"; optional
// extension classes such as "campaigns" where a profile serves them).
struct RateLimits
{
    QHash<QString, int> perMinute;
    int limitFor(const QString &endpointClass) const { return perMinute.value(endpointClass, 0); }
};

// What the platform's tokens are expected to do; the real lifetimes always come from expires_in.
struct TokenProfile
{
    qint64 accessLifetimeSec = 0;
    qint64 refreshLifetimeSec = 0;
    bool rotatesRefreshToken = false;
    qint64 refreshAheadSec = 0; // refresh this long before the access token expires
};

// One platform profile (tiktok, tiktok-us, sandbox): base URLs, media limits, rate limits and token
// profile, loaded from JSON data embedded in the library (":/montaj/platform/profiles/<id>.json").
// The profile id is the namespace for accounts and history, so data from two profiles never mixes.
// Not a client (TikTokApi) and not where credentials live (TokenStore).
class PlatformProfile
{
    Q_DECLARE_TR_FUNCTIONS(PlatformProfile)

public:
    enum class EndpointMode {
        Fixed,       // the URLs in the profile are the real ones
        Placeholder, // configurable endpoints (tiktok-us): unusable until withEndpoints()
        Runtime,     // "{base}" is replaced by a URL given at load time (sandbox)
    };

    static QStringList builtInIds(); // "sandbox", "tiktok", "tiktok-us"
    // Loads a built-in profile. runtimeBaseUrl is required by (and only used for) Runtime profiles.
    static Result<PlatformProfile> load(const QString &id, const QUrl &runtimeBaseUrl = {});
    // Parses and validates one profile document.
    static Result<PlatformProfile> fromJson(const QByteArray &json, const QUrl &runtimeBaseUrl = {},
                                            const QString &sourceName = {});

    // The same profile pointed at configured endpoints (https, or http on loopback only).
    Result<PlatformProfile> withEndpoints(const QUrl &authorizeUrl, const QUrl &apiBaseUrl) const;

    QString id() const { return m_id; }
    QString displayName() const; // translated
    EndpointMode endpointMode() const { return m_mode; }
    bool endpointsConfigured() const { return m_mode != EndpointMode::Placeholder; }
    QUrl authorizeUrl() const { return m_authorizeUrl; }
    QUrl apiBaseUrl() const { return m_apiBaseUrl; }
    // apiBaseUrl() + path ("/v2/oauth/token/"), keeping any path prefix of the base.
    QUrl endpoint(const QString &path) const;

    const MediaLimits &mediaLimits() const { return m_media; }
    const RateLimits &rateLimits() const { return m_rates; }
    const TokenProfile &tokenProfile() const { return m_token; }

private:
    PlatformProfile() = default;
    static Result<void> checkEndpoint(const QUrl &url, const QString &field, const QString &source);

    QString m_id;
    EndpointMode m_mode = EndpointMode::Fixed;
    QUrl m_authorizeUrl;
    QUrl m_apiBaseUrl;
    MediaLimits m_media;
    RateLimits m_rates;
    TokenProfile m_token;
};

} // namespace montaj
