#include "core/sandbox/internal/jsonbody.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace montaj::sandbox {

std::optional<QJsonObject> JsonBody::object(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

std::optional<qint64> JsonBody::integer(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number || std::fabs(number) > 9007199254740992.0)
        return std::nullopt;
    return value.toInteger();
}

} // namespace montaj::sandbox
