#pragma once

#include "core/foundation/result.h"
#include "core/publish/store/workspacelocation.h"

#include <QCoreApplication>

class QSettings;

namespace montaj::ui {

// Which workspace the studio opens: the SQLite file in the data folder (the default) or a shared
// PostgreSQL database. Remembered in the studio's settings without its password: a password typed
// with the URL is kept in memory for this session only (libpq also reads ~/.pgpass, the way to
// connect at start-up without typing it). Not a connection.
class WorkspaceChoice
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceChoice)

public:
    WorkspaceChoice(QSettings &settings, const QString &defaultSqlitePath);

    WorkspaceLocation location() const; // with the session's password, when one was typed
    QString defaultSqlitePath() const { return m_defaultSqlite; }
    bool usesPostgres() const;
    QString postgresDisplay() const; // the remembered URL, never with a password
    bool hasSessionPassword() const { return !m_password.isEmpty(); }

    void useSqlite();
    // Parses and remembers the URL (errors "workspace.bad_location"); its password stays in memory.
    Result<WorkspaceLocation> usePostgres(const QString &url);

private:
    QSettings &m_settings;
    QString m_defaultSqlite;
    QString m_password;
};

} // namespace montaj::ui
