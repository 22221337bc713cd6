#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace montaj {

// Platform ids are 19-digit integers that a double (QJsonDocument's only number type) cannot
// hold. quoteLongIntegers() rewrites every integer literal longer than 15 digits outside strings
// into a JSON string before parsing, so ids survive exactly; idString() reads an id whichever
// way it came. Internal to core/platform.
QByteArray quoteLongIntegers(const QByteArray &json);
QString idString(const QJsonValue &value);

} // namespace montaj
