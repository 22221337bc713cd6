#pragma once

#include "core/sandbox/internal/httpresponse.h"

#include <QJsonObject>
#include <QString>

namespace montaj::sandbox {

// The v2 answer shape {"data":{…},"error":{"code","message","log_id"}} and the HTTP status that goes
// with each error code (PLATFORM_API.md: some refusals come with 200). Messages are developer text
// in English, like the platform's. Not the token endpoint's error shape (TokenEndpoint).
class ApiEnvelope
{
public:
    static HttpResponse ok(const QJsonObject &data, const QString &logId);
    static HttpResponse error(const QString &code, const QString &message, const QString &logId,
                              const QJsonObject &data = {});
    // 429 rate_limit_exceeded with Retry-After.
    static HttpResponse rateLimited(int retryAfterSeconds, const QString &logId);
    static int httpStatusFor(const QString &code);
};

} // namespace montaj::sandbox
