#include "core/filters/lookfile.h"

#include "core/filters/filterregistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace montaj {

namespace {

const QString kFormat = QStringLiteral("montaj.look");

bool isFileParam(const Filter *filter, const QString &name)
{
    const auto params = filter->parameters();
    return std::any_of(params.cbegin(), params.cend(), [&](const FilterParam &p) {
        return p.name == name && p.type == FilterParam::Type::File;
    });
}

} // namespace

Result<Look> LookFile::load(const QString &path, const FilterRegistry &registry)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("filters.look_unreadable"),
                     tr("The look file cannot be read: %1.").arg(file.errorString()),
                     {{QStringLiteral("file"), path}});
    auto look = fromJson(file.readAll(), registry, QFileInfo(path).absolutePath(), path);
    if (!look)
        return Error(look.error()).with(QStringLiteral("file"), path);
    return look;
}

Result<void> LookFile::save(const QString &path, const Look &look, const FilterRegistry &registry)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(toJson(look, registry, QFileInfo(path).absolutePath())) < 0 || !file.commit())
        return Error(QStringLiteral("filters.look_unwritable"),
                     tr("The look file cannot be written: %1.").arg(file.errorString()),
                     {{QStringLiteral("file"), path}});
    return {};
}

Result<Look> LookFile::fromJson(const QByteArray &json, const FilterRegistry &registry,
                                const QString &baseDir, const QString &sourceName)
{
    const QVariantMap where{{QStringLiteral("file"), sourceName}};
    const auto invalid = [&](const QString &message) {
        return Error(QStringLiteral("filters.look_invalid"), message, where);
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(QStringLiteral("filters.look_invalid"),
                     tr("The look file is not valid JSON: %1.").arg(parseError.errorString()), where)
            .with(QStringLiteral("offset"), parseError.offset);
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("format")).toString() != kFormat)
        return invalid(tr("This is not a Montaj look file."));
    const int version = root.value(QStringLiteral("version")).toInt(0);
    if (version < 1)
        return invalid(tr("The look file has no valid version."));
    if (version > kVersion)
        return Error(
            QStringLiteral("filters.look_too_new"),
            tr("This look was saved by a newer version of Montaj (look version %1; this one reads up to %2).")
                .arg(version)
                .arg(kVersion),
            where);
    if (!root.value(QStringLiteral("filters")).isArray())
        return invalid(tr("The look file has no list of filters."));

    Look look;
    look.name = root.value(QStringLiteral("name")).toString();
    const QJsonArray filters = root.value(QStringLiteral("filters")).toArray();
    const QDir base(baseDir);
    for (qsizetype i = 0; i < filters.size(); ++i) {
        const QJsonObject entry = filters[i].toObject();
        FilterSettings s;
        s.id = entry.value(QStringLiteral("id")).toString();
        s.enabled = entry.value(QStringLiteral("enabled")).toBool(true);
        const Filter *filter = registry.find(s.id);
        if (!filter)
            return Error(QStringLiteral("filters.unknown_filter"),
                         tr("The look uses an unknown filter “%1”.").arg(s.id), where)
                .with(QStringLiteral("filter"), s.id)
                .with(QStringLiteral("index"), i);
        const QVariantMap given = entry.value(QStringLiteral("params")).toObject().toVariantMap();
        auto resolved = filter->resolveParams(given);
        if (!resolved)
            return Error(resolved.error())
                .with(QStringLiteral("index"), i)
                .with(QStringLiteral("file"), sourceName);
        for (auto it = given.cbegin(); it != given.cend(); ++it) {
            QVariant value = resolved->value(it.key());
            if (isFileParam(filter, it.key()) && !value.toString().isEmpty())
                value = QDir::cleanPath(base.absoluteFilePath(value.toString()));
            s.params.insert(it.key(), value);
        }
        look.filters << s;
    }
    return look;
}

QByteArray LookFile::toJson(const Look &look, const FilterRegistry &registry, const QString &baseDir)
{
    const QDir base(baseDir);
    QJsonArray filters;
    for (const FilterSettings &s : look.filters) {
        const Filter *filter = registry.find(s.id);
        QJsonObject params;
        for (auto it = s.params.cbegin(); it != s.params.cend(); ++it) {
            QJsonValue value = QJsonValue::fromVariant(it.value());
            if (filter && isFileParam(filter, it.key()) && !it.value().toString().isEmpty()) {
                const QString relative = base.relativeFilePath(it.value().toString());
                if (!baseDir.isEmpty() && !relative.startsWith(QLatin1String(".."))
                    && QDir::isRelativePath(relative))
                    value = relative;
            }
            params.insert(it.key(), value);
        }
        filters.append(QJsonObject{{QStringLiteral("id"), s.id},
                                   {QStringLiteral("enabled"), s.enabled},
                                   {QStringLiteral("params"), params}});
    }
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("name"), look.name},
                           {QStringLiteral("filters"), filters}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace montaj
