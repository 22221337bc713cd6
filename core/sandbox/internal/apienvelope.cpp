#include "core/sandbox/internal/apienvelope.h"

namespace montaj::sandbox {
namespace {

HttpResponse envelope(int status, const QJsonObject &data, const QString &code, const QString &message,
                      const QString &logId)
{
    HttpResponse response = HttpResponse::json(
        status, {{QStringLiteral("data"), data},
                 {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                       {QStringLiteral("message"), message},
                                                       {QStringLiteral("log_id"), logId}}}});
    response.setHeader("X-Tt-Logid", logId.toLatin1());
    return response;
}

} // namespace

HttpResponse ApiEnvelope::ok(const QJsonObject &data, const QString &logId)
{
    return envelope(200, data, QStringLiteral("ok"), QString(), logId);
}

HttpResponse ApiEnvelope::error(const QString &code, const QString &message, const QString &logId,
                                const QJsonObject &data)
{
    return envelope(httpStatusFor(code), data, code, message, logId);
}

HttpResponse ApiEnvelope::rateLimited(int retryAfterSeconds, const QString &logId)
{
    HttpResponse response = error(
        QStringLiteral("rate_limit_exceeded"),
        QStringLiteral("Too many requests for this token; retry after %1 s.").arg(retryAfterSeconds), logId);
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

int ApiEnvelope::httpStatusFor(const QString &code)
{
    if (code == QLatin1String("ok"))
        return 200;
    if (code == QLatin1String("access_token_invalid") || code == QLatin1String("scope_not_authorized")
        || code == QLatin1String("scope_permission_missed"))
        return 401;
    if (code == QLatin1String("rate_limit_exceeded"))
        return 429;
    if (code == QLatin1String("invalid_params") || code == QLatin1String("invalid_file_upload"))
        return 400;
    if (code == QLatin1String("spam_risk_too_many_pending_share")
        || code == QLatin1String("reached_active_user_cap"))
        return 403;
    if (code == QLatin1String("not_found"))
        return 404;
    if (code == QLatin1String("campaign_state_conflict") || code == QLatin1String("invitation_expired"))
        return 409; // the campaigns extension
    if (code == QLatin1String("internal_error"))
        return 500;
    // spam_risk_too_many_posts, spam_risk_user_banned_from_posting,
    // unaudited_client_can_only_post_to_private_accounts, url_ownership_unverified,
    // privacy_level_option_mismatch: refusals that come with HTTP 200.
    return 200;
}

} // namespace montaj::sandbox
