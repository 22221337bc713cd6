#include "core/platform/apienvelope.h"

#include "core/platform/internal/jsonids.h"
#include "core/platform/platformerror.h"

#include <QJsonDocument>

namespace montaj {

QJsonObject ApiEnvelope::parseObject(const QByteArray &json, bool *ok)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(quoteLongIntegers(json), &parseError);
    const bool valid = parseError.error == QJsonParseError::NoError && document.isObject();
    if (ok)
        *ok = valid;
    return valid ? document.object() : QJsonObject();
}

Result<QJsonObject> ApiEnvelope::parse(const HttpResponse &response, const QString &path)
{
    QVariantMap context{{QStringLiteral("path"), path}, {QStringLiteral("http_status"), response.status}};
    if (const auto retryAfter = response.retryAfterMs())
        context.insert(QStringLiteral("retry_after_ms"), *retryAfter);

    bool ok = false;
    const QJsonObject root = parseObject(response.body, &ok);
    const QJsonValue errorValue = root.value(QStringLiteral("error"));
    if (!ok || !errorValue.isObject()) {
        // No envelope at all (a proxy's page, an empty body): judge by the status alone.
        PlatformErrorKind kind = PlatformErrorKind::MalformedResponse;
        if (response.status == 429)
            kind = PlatformErrorKind::RateLimitExceeded;
        else if (response.status >= 500)
            kind = PlatformErrorKind::InternalError;
        return PlatformError::make(kind, context, response.status);
    }
    const QJsonObject error = errorValue.toObject();
    const QString code = error.value(QStringLiteral("code")).toString();
    if (code == QLatin1String("ok"))
        return root.value(QStringLiteral("data")).toObject();

    context.insert(QStringLiteral("platform_code"), code);
    const QString logId = error.value(QStringLiteral("log_id")).toString();
    if (!logId.isEmpty())
        context.insert(QStringLiteral("log_id"), logId);
    const QString message = error.value(QStringLiteral("message")).toString();
    if (!message.isEmpty())
        context.insert(QStringLiteral("platform_message"), message.left(300));
    return PlatformError::make(PlatformError::kindForApiCode(code), context, response.status);
}

} // namespace montaj
