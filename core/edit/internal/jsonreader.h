#pragma once

#include "core/foundation/error.h"

#include <QColor>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace montaj {

// Reads typed fields out of a JSON object and remembers the first problem as an Error naming the
// file and the field path ("clips[2].source.durationUs"); reads after a failure return defaults, so
// a decoder reads everything and checks error() once. Integers must be whole JSON numbers. Not for
// writing JSON nor for rules about values beyond their type and range (ProjectValidator).
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    JsonReader(QJsonObject object, const QString &sourceName);

    bool has(const QString &key) const; // present and not null
    JsonReader object(const QString &key) const;
    QList<JsonReader> objects(const QString &key, bool optional = false) const; // an array of objects
    QStringList strings(const QString &key, bool optional = false) const;       // an array of strings
    QVariantMap map(const QString &key, bool optional = false) const; // an object, values as they are
    QString string(const QString &key, std::optional<QString> fallback = std::nullopt) const;
    QString nonEmptyString(const QString &key) const; // required, not empty
    qint64 integer(const QString &key, qint64 min, qint64 max,
                   std::optional<qint64> fallback = std::nullopt) const;
    int integer32(const QString &key, int min, int max, std::optional<int> fallback = std::nullopt) const;
    double number(const QString &key, double min, double max,
                  std::optional<double> fallback = std::nullopt) const;
    bool boolean(const QString &key, std::optional<bool> fallback = std::nullopt) const;
    QColor color(const QString &key, std::optional<QColor> fallback = std::nullopt) const;

    // Records an error found by the caller (adds file and field unless already there).
    void fail(Error error, const QString &key = {}) const;
    void invalid(const QString &key) const; // "edit.json_invalid_field" for key
    const std::optional<Error> &error() const { return m_shared->error; }
    QString fieldPath(const QString &key) const;

private:
    struct Shared
    {
        QString sourceName;
        std::optional<Error> error;
    };
    JsonReader(QJsonObject object, QString path, std::shared_ptr<Shared> shared);
    // The value, or nullopt after recording "missing" (when there is no fallback to use).
    std::optional<QJsonValue> value(const QString &key, bool hasFallback) const;

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<Shared> m_shared;
};

} // namespace montaj
