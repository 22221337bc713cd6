#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QString>

namespace montaj {

// Where Montaj keeps its files: settings, the workspace database, logs, caches, autosaves and the
// default projects folder. Built from QStandardPaths, or from one root folder (portable installs,
// tests, MONTAJ_HOME). A value passed to whoever needs it, not a global.
class AppPaths
{
    Q_DECLARE_TR_FUNCTIONS(AppPaths)

public:
    // The platform's standard locations for the current application name.
    static AppPaths standard();
    // Everything under one folder: root/config, root/data, root/cache, root/projects.
    static AppPaths underRoot(const QString &root);
    // underRoot($MONTAJ_HOME) when that variable is set, standard() otherwise.
    static AppPaths fromEnvironment();

    QString configDir() const { return m_config; }
    QString dataDir() const { return m_data; }
    QString cacheDir() const { return m_cache; }
    QString projectsDir() const { return m_projects; }
    QString logDir() const;
    QString recoveryDir() const;
    QString settingsFile() const;
    QString workspaceDatabase() const;

    // Creates every folder above that does not exist yet.
    Result<void> ensureExists() const;

private:
    QString m_config;
    QString m_data;
    QString m_cache;
    QString m_projects;
};

} // namespace montaj
