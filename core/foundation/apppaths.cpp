#include "core/foundation/apppaths.h"

#include <QDir>
#include <QStandardPaths>

namespace montaj {

AppPaths AppPaths::standard()
{
    AppPaths p;
    p.m_config = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    p.m_data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    p.m_cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QString movies = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
    if (movies.isEmpty())
        movies = QDir::homePath();
    p.m_projects = QDir(movies).filePath(QStringLiteral("Montaj"));
    return p;
}

AppPaths AppPaths::underRoot(const QString &root)
{
    const QDir dir(QDir(root).absolutePath());
    AppPaths p;
    p.m_config = dir.filePath(QStringLiteral("config"));
    p.m_data = dir.filePath(QStringLiteral("data"));
    p.m_cache = dir.filePath(QStringLiteral("cache"));
    p.m_projects = dir.filePath(QStringLiteral("projects"));
    return p;
}

AppPaths AppPaths::fromEnvironment()
{
    const QString root = qEnvironmentVariable("MONTAJ_HOME");
    return root.isEmpty() ? standard() : underRoot(root);
}

QString AppPaths::logDir() const
{
    return QDir(m_data).filePath(QStringLiteral("logs"));
}
QString AppPaths::recoveryDir() const
{
    return QDir(m_data).filePath(QStringLiteral("recovery"));
}
QString AppPaths::settingsFile() const
{
    return QDir(m_config).filePath(QStringLiteral("montaj.ini"));
}
QString AppPaths::workspaceDatabase() const
{
    return QDir(m_data).filePath(QStringLiteral("workspace.sqlite"));
}

Result<void> AppPaths::ensureExists() const
{
    for (const QString &dir : {m_config, m_data, m_cache, m_projects, logDir(), recoveryDir()}) {
        if (!QDir().mkpath(dir))
            return Error(QStringLiteral("paths.create_failed"),
                         tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir)),
                         {{QStringLiteral("file"), dir}});
    }
    return {};
}

} // namespace montaj
