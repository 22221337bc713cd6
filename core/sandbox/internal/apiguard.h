#pragma once

#include "core/sandbox/internal/apienvelope.h"
#include "core/sandbox/internal/httprequest.h"
#include "core/sandbox/internal/httpresponse.h"
#include "core/sandbox/internal/sandboxcontext.h"

#include <QStringList>

#include <optional>

namespace montaj::sandbox {

// Who is calling a v2 endpoint, as the bearer token says.
struct ApiCaller
{
    QString openId;
    QStringList scopes;
    QString tokenHash;
    QString logId; // of this request
};

// The v2 "invalid_params" refusal (HTTP 400) for a caller, with a developer-facing reason.
inline HttpResponse invalidParams(const QString &message, const ApiCaller &caller)
{
    return ApiEnvelope::error(QStringLiteral("invalid_params"), message, caller.logId);
}

// The gate in front of every v2 endpoint: a live bearer token (access_token_invalid), the app's own
// permission for the endpoint (scope_permission_missed), the scopes the user granted
// (scope_not_authorized) and the per-token sliding-minute limit
// (rate_limit_exceeded + Retry-After). Each step returns the refusal to send, or nothing to go on.
class ApiGuard
{
public:
    explicit ApiGuard(SandboxContext &context)
        : m_context(context)
    {}

    struct Admission
    {
        ApiCaller caller;
        std::optional<HttpResponse> refusal;
    };

    // Token, then any one of `anyScope` that the app is permitted (none: no scope check), then the
    // limit of `bucket`.
    Admission admit(const HttpRequest &request, const QStringList &anyScope, const QString &bucket,
                    int perMinute);
    Admission authenticate(const HttpRequest &request);
    std::optional<HttpResponse> limit(const ApiCaller &caller, const QString &bucket, int perMinute);
    static bool hasAll(const ApiCaller &caller, const QStringList &scopes);

private:
    SandboxContext &m_context;
};

} // namespace montaj::sandbox
