#include "core/edit/projectfile.h"

#include "core/edit/internal/atomicfilewriter.h"
#include "core/edit/internal/projectjsoncodec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUndoStack>

namespace montaj {

Result<QByteArray> ProjectFile::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("edit.file_open_failed"),
                     tr("Cannot open “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                     {{QStringLiteral("file"), path}});
    if (file.size() > kMaxFileBytes)
        return Error(QStringLiteral("edit.file_too_large"),
                     tr("“%1” is too large to be a project file.").arg(QDir::toNativeSeparators(path)),
                     {{QStringLiteral("file"), path}, {QStringLiteral("bytes"), file.size()}});
    QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error(QStringLiteral("edit.file_open_failed"),
                     tr("Cannot open “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                     {{QStringLiteral("file"), path}});
    return bytes;
}

Result<QJsonObject> ProjectFile::parseObject(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset = qBound(qsizetype(0), qsizetype(parseError.offset), json.size());
        const QByteArray before = json.left(offset);
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const qint64 line = before.count('\n') + 1;
        const qint64 column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
        return Error(QStringLiteral("edit.json_malformed"),
                     tr("The project file is damaged or not JSON: %1.").arg(parseError.errorString()),
                     {{QStringLiteral("file"), sourceName},
                      {QStringLiteral("line"), line},
                      {QStringLiteral("column"), column},
                      {QStringLiteral("offset"), qint64(offset)}});
    }
    if (!document.isObject())
        return Error(QStringLiteral("edit.not_a_project"), tr("The file is not a Montaj project."),
                     {{QStringLiteral("file"), sourceName}});
    return document.object();
}

QJsonObject ProjectFile::toJsonObject(const ProjectState &state, const QString &baseDir)
{
    QJsonObject root = ProjectJsonCodec::encode(state, baseDir);
    root.insert(QStringLiteral("schema"), kSchema);
    root.insert(QStringLiteral("schemaVersion"), kSchemaVersion);
    return root;
}

Result<ProjectState> ProjectFile::stateFromJsonObject(const QJsonObject &root, const QString &baseDir,
                                                      const QString &sourceName)
{
    const QVariantMap where{{QStringLiteral("file"), sourceName}};
    if (root.value(QStringLiteral("schema")).toString() != kSchema)
        return Error(QStringLiteral("edit.not_a_project"), tr("The file is not a Montaj project."), where);
    const QJsonValue version = root.value(QStringLiteral("schemaVersion"));
    const qint64 number = version.toInteger(-1);
    if (!version.isDouble() || number < 1)
        return Error(QStringLiteral("edit.schema_invalid"),
                     tr("The project file has no valid format version."), where);
    if (number > kSchemaVersion)
        return Error(QStringLiteral("edit.schema_too_new"),
                     tr("This project was saved by a newer version of Montaj (format %1); this version "
                        "reads format %2 and older. Update Montaj to open it.")
                         .arg(number)
                         .arg(kSchemaVersion),
                     {{QStringLiteral("file"), sourceName},
                      {QStringLiteral("schemaVersion"), number},
                      {QStringLiteral("supported"), kSchemaVersion}});
    auto state = ProjectJsonCodec::decode(root, baseDir, sourceName);
    if (!state)
        return state.error();
    return std::move(state).value();
}

QByteArray ProjectFile::toJson(const ProjectDocument &doc, const QString &baseDir)
{
    return QJsonDocument(toJsonObject(doc.state(), baseDir)).toJson(QJsonDocument::Indented);
}

Result<std::unique_ptr<ProjectDocument>> ProjectFile::fromJson(const QByteArray &json, const QString &baseDir,
                                                               const QString &sourceName)
{
    const auto root = parseObject(json, sourceName);
    if (!root)
        return root.error();
    auto state = stateFromJsonObject(*root, baseDir, sourceName);
    if (!state)
        return state.error();
    auto doc = ProjectDocument::fromState(std::move(state).value());
    if (!doc) {
        Error error = doc.error();
        error.with(QStringLiteral("file"), sourceName);
        return error;
    }
    return doc;
}

Result<std::unique_ptr<ProjectDocument>> ProjectFile::load(const QString &path)
{
    const QFileInfo info(path);
    const auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    auto doc = fromJson(*bytes, info.absolutePath(), path);
    if (doc)
        doc.value()->setFilePath(info.absoluteFilePath());
    return doc;
}

Result<void> ProjectFile::save(ProjectDocument &doc, const QString &path)
{
    const QFileInfo info(path);
    if (auto r = AtomicFileWriter::write(path, toJson(doc, info.absolutePath())); !r)
        return r;
    doc.setFilePath(info.absoluteFilePath());
    doc.undoStack()->setClean();
    return {};
}

} // namespace montaj
