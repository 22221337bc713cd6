#pragma once

#include "core/platform/httpclient.h"
#include "core/platform/platformapi.h"
#include "core/platform/retrypolicy.h"
#include "core/platform/tokenstore.h"

#include <QJsonObject>

#include <memory>
#include <optional>

namespace montaj {

class ApiCaller;
class TokenEndpoint;
class TokenSession;

// The registered app's credentials. clientSecret is a secret.
struct ClientCredentials
{
    QString clientKey;
    QString clientSecret;
};

// PlatformApi over HTTP for TikTok-shaped servers (tiktok, tiktok-us, sandbox profiles): builds the
// authorization URL (S256 with TikTok's hex challenge), exchanges and refreshes tokens (keeping the
// newest refresh token in the TokenStore), refreshes ahead of expiry and once on
// access_token_invalid with one refresh in flight, stays under the profile's rate limits, and
// checks posts with PostRules before sending. Not the upload transport (Uploader).
class TikTokApi : public PlatformApi
{
    Q_OBJECT

public:
    static constexpr int kMaxPageSize = 20;         // video/list max_count
    static constexpr int kMaxVideoIdsPerQuery = 20; // video/query filters.video_ids

    // `http` and `store` must outlive this object.
    TikTokApi(PlatformProfile profile, ClientCredentials credentials, HttpClient *http, TokenStore *store,
              QObject *parent = nullptr);
    ~TikTokApi() override;

    void setRetryPolicy(const RetryPolicy &policy);
    // The "Bearer …" Authorization value with a fresh access token (refreshed first when needed),
    // for extensions that talk to the platform outside this class (the LIVE WebSocket). A secret:
    // put it in a request header only, never in a log or a file.
    void bearerAuthorization(PlatformCallback<QByteArray> done);
    int refreshCount() const; // refresh requests actually sent (diagnostics, tests)

    const PlatformProfile &profile() const override { return m_profile; }
    AccountSession session() const override;

    Result<AuthorizationRequest> beginAuthorization(const QStringList &scopes,
                                                    const QUrl &redirectUri) override;
    void exchangeCode(const AuthorizationRequest &request, const OAuthCallback &callback,
                      PlatformCallback<AccountSession> done) override;
    void restoreSession(const QString &openId, PlatformCallback<AccountSession> done) override;
    void refreshSession(PlatformCallback<AccountSession> done) override;
    void signOut(PlatformCallback<void> done) override;

    void creatorInfo(PlatformCallback<CreatorInfo> done) override;
    void initDirectPost(const PostInfo &post, const VideoSource &source,
                        PlatformCallback<UploadTicket> done) override;
    void initInboxUpload(const VideoSource &source, PlatformCallback<UploadTicket> done) override;
    void initPhotoPost(const PhotoPost &post, PlatformCallback<UploadTicket> done) override;
    void fetchStatus(const QString &publishId, PlatformCallback<PublishStatus> done) override;
    void cancelPublish(const QString &publishId, PlatformCallback<void> done) override;

    void userInfo(const QStringList &fields, PlatformCallback<UserInfo> done) override;
    void listVideos(qint64 cursorMs, int maxCount, const QStringList &fields,
                    PlatformCallback<VideoPage> done) override;
    void listAllVideos(const QStringList &fields, int maxVideos,
                       PlatformCallback<QList<VideoItem>> done) override;
    void queryVideos(const QStringList &videoIds, const QStringList &fields,
                     PlatformCallback<QList<VideoItem>> done) override;

    // An authorized call to one of the platform's extension endpoints (`path` under "/x/", such as
    // the sandbox's campaigns): the same session, refresh, rate limits (`rateClass` of the profile),
    // envelope and retries as the v2 calls. A call that is not `idempotent` is only sent again after
    // a 429. Answers the envelope's data object.
    void callExtension(const QByteArray &method, const QString &path, const std::optional<QJsonObject> &body,
                       const QString &rateClass, bool idempotent, PlatformCallback<QJsonObject> done);
    // The one origin pull URLs may use plain http on: the sandbox's own media host (runtime
    // profiles); empty for real platforms, which pull from https only.
    QUrl pullHttpOrigin() const;

    static QStringList defaultUserFields();
    static QStringList defaultVideoFields();

private:
    void initUpload(const QString &path, const QString &rateClass, const QJsonObject &body,
                    bool needsUploadUrl, PlatformCallback<UploadTicket> done);
    // Answers `done` with `error` from the event loop (never before the call returns).
    template<typename T>
    void failLater(PlatformCallback<T> done, Error error);

    PlatformProfile m_profile;
    ClientCredentials m_credentials;
    HttpClient *m_http = nullptr;
    TokenStore *m_store = nullptr;
    std::unique_ptr<TokenEndpoint> m_tokenEndpoint;
    TokenSession *m_tokens = nullptr;
    ApiCaller *m_caller = nullptr;
};

} // namespace montaj
