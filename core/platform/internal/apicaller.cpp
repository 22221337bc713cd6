#include "core/platform/internal/apicaller.h"

#include "core/platform/apienvelope.h"
#include "core/platform/internal/platformlog.h"
#include "core/platform/platformerror.h"

#include <QJsonDocument>
#include <QTimer>

namespace montaj {

ApiCaller::ApiCaller(const PlatformProfile &profile, HttpClient *http, TokenSession *tokens, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_http(http)
    , m_tokens(tokens)
    , m_limiter(profile.rateLimits())
{
    m_clock.start();
}

void ApiCaller::call(ApiCall call, DataCallback done)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->call = std::move(call);
    attempt->done = std::move(done);
    schedule(attempt, 0);
}

void ApiCaller::schedule(const AttemptPtr &attempt, qint64 extraDelayMs)
{
    const qint64 now = m_clock.elapsed();
    const qint64 wait = m_limiter.reserve(attempt->call.rateClass, now + extraDelayMs) + extraDelayMs;
    if (wait > 0)
        qCDebug(lcPlatformApi).noquote()
            << QStringLiteral("%1 waits %2 ms").arg(attempt->call.path).arg(wait);
    // Always through the event loop: callers never see their callback before call() returns.
    QTimer::singleShot(std::chrono::milliseconds(wait), Qt::PreciseTimer, this,
                       [this, attempt] { send(attempt); });
}

void ApiCaller::send(const AttemptPtr &attempt)
{
    ++attempt->tries;
    m_tokens->accessToken([this, attempt](Result<QString> token) {
        if (!token) {
            if (!retryLater(attempt, token.error()))
                attempt->done(token.error());
            return;
        }
        HttpRequest request;
        request.method = attempt->call.method;
        request.url = m_profile.endpoint(attempt->call.path);
        if (!attempt->call.query.isEmpty())
            request.url.setQuery(attempt->call.query);
        request.setHeader(QByteArrayLiteral("Authorization"), "Bearer " + token->toUtf8());
        if (request.method == "POST" || attempt->call.body) {
            request.setHeader(QByteArrayLiteral("Content-Type"),
                              QByteArrayLiteral("application/json; charset=UTF-8"));
            request.body =
                QJsonDocument(attempt->call.body.value_or(QJsonObject())).toJson(QJsonDocument::Compact);
        }
        const QString used = *token;
        m_http->send(std::move(request), this, [this, attempt, used](Result<HttpResponse> response) {
            handle(attempt, used, response);
        });
    });
}

void ApiCaller::handle(const AttemptPtr &attempt, const QString &usedToken,
                       const Result<HttpResponse> &response)
{
    if (!response) {
        // The request may have reached the server: only idempotent calls go again.
        if (!(attempt->call.idempotent && retryLater(attempt, response.error())))
            attempt->done(response.error());
        return;
    }
    Result<QJsonObject> data = ApiEnvelope::parse(*response, attempt->call.path);
    if (data) {
        attempt->done(std::move(data));
        return;
    }
    const Error &error = data.error();
    const PlatformErrorKind kind = PlatformError::kindOf(error);
    if (kind == PlatformErrorKind::AccessTokenInvalid && !attempt->refreshed) {
        attempt->refreshed = true;
        --attempt->tries; // the refresh-and-retry is not a failed try
        m_tokens->invalidate(usedToken);
        qCInfo(lcPlatformApi).noquote()
            << QStringLiteral("%1: access token refused, refreshing once").arg(attempt->call.path);
        schedule(attempt, 0);
        return;
    }
    if (kind == PlatformErrorKind::RateLimitExceeded) {
        // Not processed: safe to send again, for every call.
        if (!retryLater(attempt, error))
            attempt->done(error);
        return;
    }
    if (!(attempt->call.idempotent && retryLater(attempt, error)))
        attempt->done(error);
}

bool ApiCaller::retryLater(const AttemptPtr &attempt, const Error &error)
{
    if (PlatformError::actionOf(error) != RecoveryAction::Retry || !m_retry.canRetry(attempt->tries))
        return false;
    const std::optional<qint64> retryAfter = PlatformError::retryAfterMs(error);
    const qint64 delay = m_retry.delayMs(attempt->tries, retryAfter);
    if (retryAfter)
        m_limiter.backOff(attempt->call.rateClass, m_clock.elapsed(), *retryAfter);
    qCInfo(lcPlatformApi).noquote() << QStringLiteral("%1: %2, retry %3 in %4 ms")
                                           .arg(attempt->call.path, error.code)
                                           .arg(attempt->tries)
                                           .arg(delay);
    schedule(attempt, delay);
    return true;
}

} // namespace montaj
