#include "core/platform/tiktokapi.h"

#include "core/platform/internal/apicaller.h"
#include "core/platform/internal/platformlog.h"
#include "core/platform/internal/tiktokjson.h"
#include "core/platform/internal/tokenendpoint.h"
#include "core/platform/internal/tokensession.h"
#include "core/platform/internal/videopager.h"
#include "core/platform/pkce.h"
#include "core/platform/platformerror.h"
#include "core/platform/postrules.h"
#include "core/platform/scopereport.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QLocale>
#include <QTimer>
#include <QUrlQuery>

namespace montaj {
namespace {

const QString kPathCreatorInfo = QStringLiteral("/v2/post/publish/creator_info/query/");
const QString kPathVideoInit = QStringLiteral("/v2/post/publish/video/init/");
const QString kPathInboxInit = QStringLiteral("/v2/post/publish/inbox/video/init/");
const QString kPathContentInit = QStringLiteral("/v2/post/publish/content/init/");
const QString kPathStatus = QStringLiteral("/v2/post/publish/status/fetch/");
const QString kPathCancel = QStringLiteral("/v2/post/publish/cancel/");
const QString kPathUserInfo = QStringLiteral("/v2/user/info/");
const QString kPathVideoList = QStringLiteral("/v2/video/list/");
const QString kPathVideoQuery = QStringLiteral("/v2/video/query/");

QUrlQuery fieldsQuery(const QStringList &fields)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"), fields.join(QLatin1Char(',')));
    return query;
}

bool isLoopbackRedirect(const QUrl &url)
{
    const QHostAddress host(url.host());
    const bool loopback = url.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback());
    return url.scheme() == QLatin1String("http") && loopback && url.port() > 0 && !url.hasQuery();
}

} // namespace

TikTokApi::TikTokApi(PlatformProfile profile, ClientCredentials credentials, HttpClient *http,
                     TokenStore *store, QObject *parent)
    : PlatformApi(parent)
    , m_profile(std::move(profile))
    , m_credentials(std::move(credentials))
    , m_http(http)
    , m_store(store)
{
    m_tokenEndpoint =
        std::make_unique<TokenEndpoint>(m_http, this, m_profile.endpoint(QStringLiteral("/v2/oauth/token/")),
                                        m_credentials.clientKey, m_credentials.clientSecret);
    m_tokens = new TokenSession(m_profile, m_tokenEndpoint.get(), m_store, this);
    m_caller = new ApiCaller(m_profile, m_http, m_tokens, this);
    connect(m_tokens, &TokenSession::changed, this, &PlatformApi::sessionChanged);
    connect(m_tokens, &TokenSession::signInRequired, this, &PlatformApi::signInRequired);
}

TikTokApi::~TikTokApi() = default;

void TikTokApi::bearerAuthorization(PlatformCallback<QByteArray> done)
{
    m_tokens->accessToken([done = std::move(done)](Result<QString> token) {
        if (!token)
            return done(token.error());
        done(QByteArray(QByteArrayLiteral("Bearer ") + token->toLatin1()));
    });
}

void TikTokApi::setRetryPolicy(const RetryPolicy &policy)
{
    m_caller->setRetryPolicy(policy);
}

int TikTokApi::refreshCount() const
{
    return m_tokens->refreshCount();
}

AccountSession TikTokApi::session() const
{
    return m_tokens->session();
}

template<typename T>
void TikTokApi::failLater(PlatformCallback<T> done, Error error)
{
    QTimer::singleShot(0, this, [done = std::move(done), error = std::move(error)] { done(error); });
}

Result<AuthorizationRequest> TikTokApi::beginAuthorization(const QStringList &scopes, const QUrl &redirectUri)
{
    if (!m_profile.endpointsConfigured())
        return Error(
            QStringLiteral("platform.profile_unconfigured"),
            tr("The addresses of the platform profile “%1” are not configured yet.").arg(m_profile.id()),
            {{QStringLiteral("profile"), m_profile.id()}});
    if (m_credentials.clientKey.isEmpty())
        return Error(QStringLiteral("platform.client_key_missing"),
                     tr("No app client key is configured for this platform."),
                     {{QStringLiteral("profile"), m_profile.id()}});
    if (!isLoopbackRedirect(redirectUri))
        return Error(QStringLiteral("platform.redirect_uri_invalid"),
                     tr("The sign-in return address must be on this computer (127.0.0.1) with a port."),
                     {{QStringLiteral("field"), QStringLiteral("redirect_uri")}});
    AuthorizationRequest request;
    request.scopes = scopes.isEmpty() ? ScopeReport::allScopes() : scopes;
    request.redirectUri = redirectUri;
    request.state = QString::fromLatin1(Pkce::generateState());
    request.codeVerifier = Pkce::generateVerifier();
    QUrlQuery query;
    const auto add = [&query](const QString &key, const QString &value) {
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("client_key"), m_credentials.clientKey);
    add(QStringLiteral("scope"), request.scopes.join(QLatin1Char(',')));
    add(QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded));
    add(QStringLiteral("state"), request.state);
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("code_challenge"), QString::fromLatin1(Pkce::challenge(request.codeVerifier)));
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    request.url = m_profile.authorizeUrl();
    request.url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return request;
}

void TikTokApi::exchangeCode(const AuthorizationRequest &request, const OAuthCallback &callback,
                             PlatformCallback<AccountSession> done)
{
    if (!Pkce::constantTimeEquals(callback.state.toUtf8(), request.state.toUtf8()) || request.state.isEmpty())
        return failLater(std::move(done), PlatformError::make(PlatformErrorKind::OAuthStateMismatch));
    if (callback.code.isEmpty())
        return failLater(std::move(done), PlatformError::make(PlatformErrorKind::OAuthInvalidRequest));
    const QStringList requested = request.scopes;
    m_tokenEndpoint->exchange(callback.code, request.codeVerifier, request.redirectUri,
                              [this, requested, done = std::move(done)](Result<TokenGrant> grant) {
                                  if (!grant) {
                                      qCWarning(lcPlatformAuth)
                                          << "code exchange failed:" << grant.error().code;
                                      done(grant.error());
                                      return;
                                  }
                                  m_tokens->adopt(*grant, requested);
                                  done(m_tokens->session());
                              });
}

void TikTokApi::restoreSession(const QString &openId, PlatformCallback<AccountSession> done)
{
    m_store->load(m_profile.id(), openId,
                  [this, done = std::move(done)](Result<std::optional<StoredAccount>> loaded) {
                      if (!loaded || !loaded->has_value()) {
                          done(loaded ? PlatformError::make(PlatformErrorKind::NotSignedIn) : loaded.error());
                          return;
                      }
                      m_tokens->restore(**loaded);
                      refreshSession(std::move(done));
                  });
}

void TikTokApi::refreshSession(PlatformCallback<AccountSession> done)
{
    m_tokens->refreshNow([this, done = std::move(done)](const Result<void> &refreshed) {
        if (!refreshed)
            done(refreshed.error());
        else
            done(m_tokens->session());
    });
}

void TikTokApi::signOut(PlatformCallback<void> done)
{
    const AccountSession current = m_tokens->session();
    m_tokens->clear();
    if (!current.isSignedIn()) {
        QTimer::singleShot(0, this, [done = std::move(done)] { done({}); });
        return;
    }
    m_store->remove(m_profile.id(), current.openId, std::move(done));
}

void TikTokApi::creatorInfo(PlatformCallback<CreatorInfo> done)
{
    m_caller->call(
        {QByteArrayLiteral("POST"), kPathCreatorInfo, {}, std::nullopt, QStringLiteral("creator_info"), true},
        [done = std::move(done)](Result<QJsonObject> data) {
            if (!data)
                return done(data.error());
            done(TikTokJson::creatorInfo(*data, kPathCreatorInfo));
        });
}

void TikTokApi::initDirectPost(const PostInfo &post, const VideoSource &source,
                               PlatformCallback<UploadTicket> done)
{
    if (Result<void> ok = PostRules::checkPost(post, m_profile.mediaLimits()); !ok)
        return failLater(std::move(done), ok.error());
    if (Result<void> ok = PostRules::checkSource(source, m_profile.mediaLimits(), pullHttpOrigin()); !ok)
        return failLater(std::move(done), ok.error());
    const QJsonObject body{{QStringLiteral("post_info"), TikTokJson::postInfo(post)},
                           {QStringLiteral("source_info"), TikTokJson::sourceInfo(source)}};
    initUpload(kPathVideoInit, QStringLiteral("video_init"), body,
               source.kind == VideoSource::Kind::FileUpload, std::move(done));
}

void TikTokApi::initInboxUpload(const VideoSource &source, PlatformCallback<UploadTicket> done)
{
    if (Result<void> ok = PostRules::checkSource(source, m_profile.mediaLimits(), pullHttpOrigin()); !ok)
        return failLater(std::move(done), ok.error());
    const QJsonObject body{{QStringLiteral("source_info"), TikTokJson::sourceInfo(source)}};
    initUpload(kPathInboxInit, QStringLiteral("inbox_init"), body,
               source.kind == VideoSource::Kind::FileUpload, std::move(done));
}

void TikTokApi::initPhotoPost(const PhotoPost &post, PlatformCallback<UploadTicket> done)
{
    if (Result<void> ok = PostRules::checkPhotoPost(post, m_profile.mediaLimits(), nullptr, pullHttpOrigin());
        !ok)
        return failLater(std::move(done), ok.error());
    initUpload(kPathContentInit, QStringLiteral("content_init"), TikTokJson::photoPost(post), false,
               std::move(done));
}

QUrl TikTokApi::pullHttpOrigin() const
{
    if (m_profile.endpointMode() != PlatformProfile::EndpointMode::Runtime)
        return {};
    const QUrl base = m_profile.apiBaseUrl();
    const QHostAddress host(base.host());
    return !host.isNull() && host.isLoopback() ? base : QUrl();
}

void TikTokApi::callExtension(const QByteArray &method, const QString &path,
                              const std::optional<QJsonObject> &body, const QString &rateClass,
                              bool idempotent, PlatformCallback<QJsonObject> done)
{
    if (!path.startsWith(QLatin1String("/x/")))
        return failLater(std::move(done), PlatformError::make(PlatformErrorKind::InvalidRequest,
                                                              {{QStringLiteral("path"), path}}));
    m_caller->call({method, path, {}, body, rateClass, idempotent}, std::move(done));
}

void TikTokApi::initUpload(const QString &path, const QString &rateClass, const QJsonObject &body,
                           bool needsUploadUrl, PlatformCallback<UploadTicket> done)
{
    // Not idempotent: a lost answer may have created a publish; only a 429 is sent again.
    m_caller->call({QByteArrayLiteral("POST"), path, {}, body, rateClass, false},
                   [path, needsUploadUrl, done = std::move(done)](Result<QJsonObject> data) {
                       if (!data)
                           return done(data.error());
                       done(TikTokJson::uploadTicket(*data, path, needsUploadUrl));
                   });
}

void TikTokApi::fetchStatus(const QString &publishId, PlatformCallback<PublishStatus> done)
{
    m_caller->call({QByteArrayLiteral("POST"),
                    kPathStatus,
                    {},
                    QJsonObject{{QStringLiteral("publish_id"), publishId}},
                    QStringLiteral("status_fetch"),
                    true},
                   [done = std::move(done)](Result<QJsonObject> data) {
                       if (!data)
                           return done(data.error());
                       done(TikTokJson::publishStatus(*data, kPathStatus));
                   });
}

void TikTokApi::cancelPublish(const QString &publishId, PlatformCallback<void> done)
{
    m_caller->call({QByteArrayLiteral("POST"),
                    kPathCancel,
                    {},
                    QJsonObject{{QStringLiteral("publish_id"), publishId}},
                    QString(),
                    true},
                   [done = std::move(done)](Result<QJsonObject> data) {
                       if (!data)
                           return done(data.error());
                       done({});
                   });
}

QStringList TikTokApi::defaultUserFields()
{
    return {QStringLiteral("open_id"), QStringLiteral("union_id"), QStringLiteral("avatar_url"),
            QStringLiteral("display_name")};
}

QStringList TikTokApi::defaultVideoFields()
{
    return QStringLiteral("id,create_time,cover_image_url,share_url,video_description,duration,width,height,"
                          "title,like_count,comment_count,share_count,view_count")
        .split(QLatin1Char(','));
}

void TikTokApi::userInfo(const QStringList &fields, PlatformCallback<UserInfo> done)
{
    m_caller->call({QByteArrayLiteral("GET"), kPathUserInfo,
                    fieldsQuery(fields.isEmpty() ? defaultUserFields() : fields), std::nullopt,
                    QStringLiteral("user_info"), true},
                   [done = std::move(done)](Result<QJsonObject> data) {
                       if (!data)
                           return done(data.error());
                       done(TikTokJson::userInfo(*data));
                   });
}

void TikTokApi::listVideos(qint64 cursorMs, int maxCount, const QStringList &fields,
                           PlatformCallback<VideoPage> done)
{
    QJsonObject body{{QStringLiteral("max_count"), qBound(1, maxCount, kMaxPageSize)}};
    if (cursorMs > 0)
        body.insert(QStringLiteral("cursor"), cursorMs);
    m_caller->call({QByteArrayLiteral("POST"), kPathVideoList,
                    fieldsQuery(fields.isEmpty() ? defaultVideoFields() : fields), body,
                    QStringLiteral("video_list"), true},
                   [done = std::move(done)](Result<QJsonObject> data) {
                       if (!data)
                           return done(data.error());
                       done(TikTokJson::videoPage(*data));
                   });
}

void TikTokApi::listAllVideos(const QStringList &fields, int maxVideos,
                              PlatformCallback<QList<VideoItem>> done)
{
    VideoPager::collect(this, fields, maxVideos, std::move(done));
}

void TikTokApi::queryVideos(const QStringList &videoIds, const QStringList &fields,
                            PlatformCallback<QList<VideoItem>> done)
{
    if (videoIds.size() > kMaxVideoIdsPerQuery)
        return failLater(std::move(done),
                         Error(QStringLiteral("platform.too_many_video_ids"),
                               tr("At most %1 videos can be looked up at once.").arg(kMaxVideoIdsPerQuery),
                               {{QStringLiteral("count"), videoIds.size()}}));
    if (videoIds.isEmpty()) {
        QTimer::singleShot(0, this, [done = std::move(done)] { done(QList<VideoItem>()); });
        return;
    }
    const QJsonObject body{{QStringLiteral("filters"), QJsonObject{{QStringLiteral("video_ids"),
                                                                    QJsonArray::fromStringList(videoIds)}}}};
    m_caller->call({QByteArrayLiteral("POST"), kPathVideoQuery,
                    fieldsQuery(fields.isEmpty() ? defaultVideoFields() : fields), body,
                    QStringLiteral("video_query"), true},
                   [done = std::move(done)](Result<QJsonObject> data) {
                       if (!data)
                           return done(data.error());
                       done(TikTokJson::videos(*data));
                   });
}

} // namespace montaj
