#pragma once

#include "core/platform/httpclient.h"
#include "core/platform/internal/tokensession.h"
#include "core/platform/ratelimiter.h"
#include "core/platform/retrypolicy.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace montaj {

// One authorized v2 call.
struct ApiCall
{
    QByteArray method = QByteArrayLiteral("POST");
    QString path;                    // "/v2/post/publish/creator_info/query/"
    QUrlQuery query;                 // e.g. fields=…
    std::optional<QJsonObject> body; // JSON body; POST without one sends "{}"
    QString rateClass;               // RateLimits class
    bool idempotent = true;          // may be retried after a failure the server may have acted on
};

// Sends v2 calls for TikTokApi: waits for the per-minute budget, gets a fresh access token
// (refreshing ahead of expiry), reads the envelope, refreshes once and retries on
// access_token_invalid, and retries transient failures with backoff (Retry-After honoured; a
// non-idempotent call only after a 429). Internal to TikTokApi.
class ApiCaller : public QObject
{
    Q_OBJECT

public:
    using DataCallback = std::function<void(Result<QJsonObject>)>;

    ApiCaller(const PlatformProfile &profile, HttpClient *http, TokenSession *tokens, QObject *parent);

    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    void call(ApiCall call, DataCallback done);

private:
    struct Attempt
    {
        ApiCall call;
        DataCallback done;
        int tries = 0;
        bool refreshed = false;
    };
    using AttemptPtr = std::shared_ptr<Attempt>;

    void schedule(const AttemptPtr &attempt, qint64 extraDelayMs);
    void send(const AttemptPtr &attempt);
    void handle(const AttemptPtr &attempt, const QString &usedToken, const Result<HttpResponse> &response);
    bool retryLater(const AttemptPtr &attempt, const Error &error);

    const PlatformProfile &m_profile;
    HttpClient *m_http = nullptr;
    TokenSession *m_tokens = nullptr;
    RateLimiter m_limiter;
    RetryPolicy m_retry;
    QElapsedTimer m_clock;
};

} // namespace montaj
