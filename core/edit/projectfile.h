#pragma once

#include "core/edit/projectdocument.h"
#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace montaj {

// Reads and writes project files: JSON with the header {"schema": "montaj.project",
// "schemaVersion": 1}, media paths relative to the project file's folder when inside it, written
// atomically. A newer schema version, malformed or truncated JSON and invalid values are refused
// with an Error naming the file (and line/column or field). Not for autosave bookkeeping
// (Autosaver, RecoveryStore) nor for finding missing media (MissingMedia).
class ProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)

public:
    static inline const QString kSchema = QStringLiteral("montaj.project");
    static constexpr int kSchemaVersion = 2; // 2: captions and per-clip filter stacks; 1 still opens
    static constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

    // A document with filePath() set and a clean undo stack.
    static Result<std::unique_ptr<ProjectDocument>> load(const QString &path);
    // Writes atomically, then marks the undo stack clean and sets the document's filePath().
    static Result<void> save(ProjectDocument &doc, const QString &path);

    // Indented JSON, keys sorted, identical bytes for identical documents. An empty baseDir keeps
    // every path absolute.
    static QByteArray toJson(const ProjectDocument &doc, const QString &baseDir);
    static Result<std::unique_ptr<ProjectDocument>> fromJson(const QByteArray &json, const QString &baseDir,
                                                             const QString &sourceName);

    // The same as objects, for files that embed a project (autosaves).
    static QJsonObject toJsonObject(const ProjectState &state, const QString &baseDir);
    static Result<ProjectState> stateFromJsonObject(const QJsonObject &root, const QString &baseDir,
                                                    const QString &sourceName);
    // Parses a JSON object; errors carry file, line, column and offset.
    static Result<QJsonObject> parseObject(const QByteArray &json, const QString &sourceName);
    // Reads a whole file of at most kMaxFileBytes.
    static Result<QByteArray> readFile(const QString &path);
};

} // namespace montaj
