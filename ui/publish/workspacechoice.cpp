#include "ui/publish/workspacechoice.h"

#include <QSettings>

namespace montaj::ui {
namespace {
const QString kPostgresKey = QStringLiteral("workspace/postgresUrl");
} // namespace

WorkspaceChoice::WorkspaceChoice(QSettings &settings, const QString &defaultSqlitePath)
    : m_settings(settings)
    , m_defaultSqlite(defaultSqlitePath)
{}

bool WorkspaceChoice::usesPostgres() const
{
    return !m_settings.value(kPostgresKey).toString().isEmpty();
}

QString WorkspaceChoice::postgresDisplay() const
{
    return m_settings.value(kPostgresKey).toString();
}

WorkspaceLocation WorkspaceChoice::location() const
{
    if (!usesPostgres())
        return WorkspaceLocation::sqlite(m_defaultSqlite);
    const Result<WorkspaceLocation> parsed = WorkspaceLocation::parse(postgresDisplay());
    if (!parsed)
        return WorkspaceLocation::sqlite(m_defaultSqlite);
    WorkspaceLocation location = *parsed;
    if (!m_password.isEmpty())
        location.postgresUrl.setPassword(m_password);
    return location;
}

void WorkspaceChoice::useSqlite()
{
    m_settings.remove(kPostgresKey);
    m_password.clear();
}

Result<WorkspaceLocation> WorkspaceChoice::usePostgres(const QString &url)
{
    Result<WorkspaceLocation> parsed = WorkspaceLocation::parse(url);
    if (!parsed)
        return parsed;
    if (parsed->kind != WorkspaceLocation::Kind::Postgres)
        return Error(QStringLiteral("workspace.bad_location"),
                     tr("Enter a PostgreSQL address such as postgresql://user@host:5432/montaj."));
    WorkspaceLocation location = *parsed;
    m_password = location.postgresUrl.password(); // a URL without one relies on ~/.pgpass
    QUrl remembered = location.postgresUrl;
    remembered.setPassword(QString());
    m_settings.setValue(kPostgresKey, remembered.toString());
    if (!m_password.isEmpty())
        location.postgresUrl.setPassword(m_password);
    return location;
}

} // namespace montaj::ui
