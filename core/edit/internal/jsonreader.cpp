#include "core/edit/internal/jsonreader.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace montaj {
namespace {

constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53: larger JSON numbers lose precision

} // namespace

JsonReader::JsonReader(QJsonObject object, const QString &sourceName)
    : JsonReader(std::move(object), QString(), std::make_shared<Shared>(Shared{sourceName, std::nullopt}))
{}

JsonReader::JsonReader(QJsonObject object, QString path, std::shared_ptr<Shared> shared)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_shared(std::move(shared))
{}

QString JsonReader::fieldPath(const QString &key) const
{
    if (key.isEmpty())
        return m_path;
    return m_path.isEmpty() ? key : QString(m_path + QLatin1Char('.') + key);
}

void JsonReader::fail(Error error, const QString &key) const
{
    if (m_shared->error)
        return;
    if (!error.context.contains(QStringLiteral("file")))
        error.with(QStringLiteral("file"), m_shared->sourceName);
    if (!error.context.contains(QStringLiteral("field")))
        error.with(QStringLiteral("field"), fieldPath(key));
    m_shared->error = std::move(error);
}

void JsonReader::invalid(const QString &key) const
{
    fail(Error(QStringLiteral("edit.json_invalid_field"),
               tr("The project file has an invalid value for “%1”.").arg(fieldPath(key))),
         key);
}

bool JsonReader::has(const QString &key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

std::optional<QJsonValue> JsonReader::value(const QString &key, bool hasFallback) const
{
    if (m_shared->error)
        return std::nullopt;
    if (has(key))
        return m_object.value(key);
    if (!hasFallback)
        fail(Error(QStringLiteral("edit.json_missing_field"),
                   tr("The project file lacks the field “%1”.").arg(fieldPath(key))),
             key);
    return std::nullopt;
}

JsonReader JsonReader::object(const QString &key) const
{
    const auto v = value(key, false);
    if (v && !v->isObject())
        invalid(key);
    return JsonReader(v ? v->toObject() : QJsonObject(), fieldPath(key), m_shared);
}

QList<JsonReader> JsonReader::objects(const QString &key, bool optional) const
{
    QList<JsonReader> result;
    const auto v = value(key, optional);
    if (!v)
        return result;
    if (!v->isArray()) {
        invalid(key);
        return result;
    }
    const QJsonArray array = v->toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemKey = key + QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isObject()) {
            invalid(itemKey);
            return {};
        }
        result.append(JsonReader(array.at(i).toObject(), fieldPath(itemKey), m_shared));
    }
    return result;
}

QVariantMap JsonReader::map(const QString &key, bool optional) const
{
    const auto v = value(key, optional);
    if (!v)
        return {};
    if (!v->isObject()) {
        invalid(key);
        return {};
    }
    return v->toObject().toVariantMap();
}

QStringList JsonReader::strings(const QString &key, bool optional) const
{
    QStringList result;
    const auto v = value(key, optional);
    if (!v)
        return result;
    if (!v->isArray()) {
        invalid(key);
        return result;
    }
    const QJsonArray array = v->toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            invalid(key + QStringLiteral("[%1]").arg(i));
            return {};
        }
        result.append(array.at(i).toString());
    }
    return result;
}

QString JsonReader::string(const QString &key, std::optional<QString> fallback) const
{
    const auto v = value(key, fallback.has_value());
    if (!v)
        return fallback.value_or(QString());
    if (!v->isString()) {
        invalid(key);
        return {};
    }
    return v->toString();
}

QString JsonReader::nonEmptyString(const QString &key) const
{
    const QString s = string(key);
    if (s.isEmpty())
        invalid(key);
    return s;
}

qint64 JsonReader::integer(const QString &key, qint64 min, qint64 max, std::optional<qint64> fallback) const
{
    const auto v = value(key, fallback.has_value());
    if (!v)
        return fallback.value_or(0);
    const double d = v->toDouble();
    if (!v->isDouble() || !std::isfinite(d) || std::trunc(d) != d || std::abs(d) > kMaxExactInteger) {
        invalid(key);
        return 0;
    }
    const qint64 i = v->toInteger();
    if (i < min || i > max) {
        invalid(key);
        return 0;
    }
    return i;
}

int JsonReader::integer32(const QString &key, int min, int max, std::optional<int> fallback) const
{
    return int(integer(key, min, max, fallback));
}

double JsonReader::number(const QString &key, double min, double max, std::optional<double> fallback) const
{
    const auto v = value(key, fallback.has_value());
    if (!v)
        return fallback.value_or(0.0);
    const double d = v->toDouble();
    if (!v->isDouble() || !std::isfinite(d) || d < min || d > max) {
        invalid(key);
        return 0.0;
    }
    return d;
}

bool JsonReader::boolean(const QString &key, std::optional<bool> fallback) const
{
    const auto v = value(key, fallback.has_value());
    if (!v)
        return fallback.value_or(false);
    if (!v->isBool()) {
        invalid(key);
        return false;
    }
    return v->toBool();
}

QColor JsonReader::color(const QString &key, std::optional<QColor> fallback) const
{
    const auto v = value(key, fallback.has_value());
    if (!v)
        return fallback.value_or(QColor());
    const QString text = v->toString();
    const QColor c = v->isString() && text.startsWith(QLatin1Char('#')) ? QColor::fromString(text) : QColor();
    if (!c.isValid()) {
        invalid(key);
        return {};
    }
    return c;
}

} // namespace montaj
