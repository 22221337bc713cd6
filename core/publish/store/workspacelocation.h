#pragma once

#include "core/foundation/result.h"

#include <QString>
#include <QUrl>

namespace montaj {

// Where a workspace lives: a SQLite file (one creator, the default, in the user's data folder) or a
// PostgreSQL database shared by a team ("postgresql://user@host:5432/db?sslmode=…"). The password,
// when the URL carries one, is a secret: display() never shows it. Not a connection.
struct WorkspaceLocation
{
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;
    QString sqlitePath; // Sqlite
    QUrl postgresUrl;   // Postgres

    // A path (or sqlite:PATH / file URL) or a postgresql:// / postgres:// URL.
    static Result<WorkspaceLocation> parse(const QString &text);
    static WorkspaceLocation sqlite(const QString &path);

    // For people and logs: the path, or the URL without its password.
    QString display() const;
};

} // namespace montaj
