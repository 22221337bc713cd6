#include "core/edit/internal/autosavefile.h"

#include "core/edit/projectdocument.h"
#include "core/edit/projectfile.h"

#include <QDir>
#include <QJsonDocument>

namespace montaj {

QByteArray AutosaveFile::encode(const ProjectDocument &doc, const QDateTime &savedAt)
{
    const QJsonObject root{{QStringLiteral("schema"), kSchema},
                           {QStringLiteral("schemaVersion"), kSchemaVersion},
                           {QStringLiteral("originalPath"), doc.filePath()},
                           {QStringLiteral("savedAt"), savedAt.toUTC().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("project"), ProjectFile::toJsonObject(doc.state(), QString())}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<AutosaveFile::Contents> AutosaveFile::read(const QString &path)
{
    const auto bytes = ProjectFile::readFile(path);
    if (!bytes)
        return bytes.error();
    const auto root = ProjectFile::parseObject(*bytes, path);
    if (!root)
        return root.error();
    Contents contents;
    contents.originalPath = root->value(QStringLiteral("originalPath")).toString();
    contents.savedAt =
        QDateTime::fromString(root->value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    contents.project = root->value(QStringLiteral("project")).toObject();
    const bool ours = root->value(QStringLiteral("schema")).toString() == kSchema
                      && root->value(QStringLiteral("schemaVersion")).toInteger(-1) == kSchemaVersion;
    if (!ours || !contents.savedAt.isValid() || contents.project.isEmpty())
        return Error(QStringLiteral("edit.autosave_invalid"),
                     tr("“%1” is not a readable Montaj autosave.").arg(QDir::toNativeSeparators(path)),
                     {{QStringLiteral("file"), path}});
    return contents;
}

} // namespace montaj
