#include "core/sandbox/internal/apiguard.h"

#include "core/sandbox/internal/apienvelope.h"
#include "core/sandbox/internal/platformids.h"
#include "core/sandbox/internal/tokenstore.h"

namespace montaj::sandbox {

ApiGuard::Admission ApiGuard::authenticate(const HttpRequest &request)
{
    Admission admission;
    admission.caller.logId = PlatformIds::logId(m_context.nowMs());
    const QByteArray authorization = request.header("authorization");
    const auto refuse = [&](const QString &message) {
        admission.refusal =
            ApiEnvelope::error(QStringLiteral("access_token_invalid"), message, admission.caller.logId);
        return admission;
    };
    if (authorization.size() <= 7 || authorization.first(7).compare("bearer ", Qt::CaseInsensitive) != 0)
        return refuse(QStringLiteral("The access token is missing: send Authorization: Bearer <token>."));
    const QString token = QString::fromLatin1(authorization.sliced(7).trimmed());
    const QString hash = PlatformIds::sha256Hex(token);
    const auto record = TokenStore(m_context.db()).token(hash);
    if (!record || record->kind != QLatin1String("access"))
        return refuse(QStringLiteral("The access token is invalid or not found in the request."));
    if (!record->usableAt(m_context.nowMs()))
        return refuse(record->revoked || record->grantRevoked
                          ? QStringLiteral("The access token was revoked.")
                          : QStringLiteral("The access token has expired."));
    admission.caller.openId = record->openId;
    admission.caller.scopes = record->scopes.split(u',', Qt::SkipEmptyParts);
    admission.caller.tokenHash = hash;
    return admission;
}

std::optional<HttpResponse> ApiGuard::limit(const ApiCaller &caller, const QString &bucket, int perMinute)
{
    const int retryAfter = m_context.limiter.acquire(caller.tokenHash.toLatin1() + '|' + bucket.toLatin1(),
                                                     perMinute, m_context.nowMs());
    if (retryAfter == 0)
        return std::nullopt;
    return ApiEnvelope::rateLimited(retryAfter, caller.logId);
}

bool ApiGuard::hasAll(const ApiCaller &caller, const QStringList &scopes)
{
    for (const QString &scope : scopes)
        if (!caller.scopes.contains(scope))
            return false;
    return true;
}

ApiGuard::Admission ApiGuard::admit(const HttpRequest &request, const QStringList &anyScope,
                                    const QString &bucket, int perMinute)
{
    Admission admission = authenticate(request);
    if (admission.refusal)
        return admission;
    // The app's own product permissions come first: a scope the app was never granted cannot help.
    QStringList permitted;
    for (const QString &scope : anyScope)
        if (m_context.options.appPermissions.contains(scope))
            permitted.append(scope);
    if (!anyScope.isEmpty() && permitted.isEmpty()) {
        admission.refusal = ApiEnvelope::error(
            QStringLiteral("scope_permission_missed"),
            QStringLiteral("The app has not been granted the permission this endpoint requires: %1.")
                .arg(anyScope.join(QStringLiteral(" or "))),
            admission.caller.logId);
        return admission;
    }
    bool scoped = anyScope.isEmpty();
    for (const QString &scope : permitted)
        scoped = scoped || admission.caller.scopes.contains(scope);
    if (!scoped) {
        admission.refusal = ApiEnvelope::error(
            QStringLiteral("scope_not_authorized"),
            QStringLiteral("The user did not authorize the scope required for this endpoint: %1.")
                .arg(anyScope.join(QStringLiteral(" or "))),
            admission.caller.logId);
        return admission;
    }
    admission.refusal = limit(admission.caller, bucket, perMinute);
    return admission;
}

} // namespace montaj::sandbox
