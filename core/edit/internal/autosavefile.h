#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace montaj {

class ProjectDocument;

// The format of one autosave: {"schema": "montaj.autosave", "schemaVersion": 1, "originalPath",
// "savedAt" (UTC, ISO 8601 with ms), "project": the whole project JSON with absolute paths}, and its
// names on disk (<name>.montaj-autosave next to the writer's <name>.montaj-autosave.lock). Shared by
// Autosaver (writes) and RecoveryStore (reads). Not for deciding what is pending.
class AutosaveFile
{
    Q_DECLARE_TR_FUNCTIONS(AutosaveFile)

public:
    static inline const QString kSchema = QStringLiteral("montaj.autosave");
    static constexpr int kSchemaVersion = 1;
    static inline const QString kSuffix = QStringLiteral(".montaj-autosave");

    struct Contents
    {
        QString originalPath; // empty for a document never saved
        QDateTime savedAt;
        QJsonObject project;
    };

    static QString lockPath(const QString &autosavePath) { return autosavePath + QStringLiteral(".lock"); }
    static QByteArray encode(const ProjectDocument &doc, const QDateTime &savedAt);
    static Result<Contents> read(const QString &path);
};

} // namespace montaj
