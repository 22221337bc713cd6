#pragma once

#include "core/foundation/result.h"
#include "core/platform/httptypes.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace montaj {

// Reads the platform's v2 answer {"data":{…},"error":{"code","message","log_id"}}. Success is
// error.code == "ok" and nothing else: refusals may come with HTTP 200, and an "ok" envelope wins
// over an odd status. Failures become PlatformError Errors carrying path, http_status,
// platform_code, log_id and retry_after_ms. Long integer ids are kept exact (as strings).
// Not for the token endpoint's own error shape (TokenEndpoint) nor for upload PUT replies.
class ApiEnvelope
{
    Q_DECLARE_TR_FUNCTIONS(ApiEnvelope)

public:
    // The `data` object on success.
    static Result<QJsonObject> parse(const HttpResponse &response, const QString &path);
    // Parses JSON keeping long integers exact; an invalid document gives an empty object.
    static QJsonObject parseObject(const QByteArray &json, bool *ok = nullptr);
};

} // namespace montaj
