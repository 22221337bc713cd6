#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace montaj::sandbox {

// Reading the JSON bodies of v2 requests strictly: an object (an empty body counts as {}), whole
// numbers only where integers are expected. Not a schema validator.
class JsonBody
{
public:
    static std::optional<QJsonObject> object(const QByteArray &body);
    // The integer a JSON number holds, or nothing when absent, fractional, out of range or not a number.
    static std::optional<qint64> integer(const QJsonValue &value);
};

} // namespace montaj::sandbox
