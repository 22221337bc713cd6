#include "core/publish/store/workspacelocation.h"

#include "core/publish/store/internal/workspaceerrors.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace montaj {

namespace {

// For error messages about text that is not a valid URL: "scheme://user:secret@" → "scheme://user@".
QString withoutPassword(const QString &text)
{
    static const QRegularExpression password(QStringLiteral("(://[^/@:]*):[^@/]*@"));
    return QString(text).replace(password, QStringLiteral("\\1@"));
}

Result<WorkspaceLocation> sqliteAt(const QString &path, const QString &text)
{
    if (path.trimmed().isEmpty())
        return WorkspaceErrors::badLocation(text);
    return WorkspaceLocation::sqlite(path);
}

} // namespace

WorkspaceLocation WorkspaceLocation::sqlite(const QString &path)
{
    WorkspaceLocation location;
    location.kind = Kind::Sqlite;
    location.sqlitePath = QFileInfo(path).absoluteFilePath();
    return location;
}

Result<WorkspaceLocation> WorkspaceLocation::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return WorkspaceErrors::badLocation(text);
    const auto startsWith = [&text](const char *prefix) {
        return text.startsWith(QLatin1String(prefix), Qt::CaseInsensitive);
    };

    if (startsWith("postgresql://") || startsWith("postgres://")) {
        QUrl url(text, QUrl::TolerantMode);
        if (!url.isValid())
            return WorkspaceErrors::badLocation(withoutPassword(text));
        url.setScheme(QStringLiteral("postgresql"));
        // The database name is one path segment ("/montaj"); libpq defaults it to the user name.
        const QString db = url.path(QUrl::FullyDecoded).mid(1);
        if (db.contains(u'/'))
            return WorkspaceErrors::badLocation(url.toString(QUrl::RemovePassword));
        WorkspaceLocation location;
        location.kind = Kind::Postgres;
        location.postgresUrl = url;
        return location;
    }
    if (startsWith("sqlite:")) {
        const QString rest = text.mid(7);
        if (rest.startsWith(QLatin1String("//")))
            return sqliteAt(QUrl(QStringLiteral("file:") + rest).toLocalFile(), text);
        return sqliteAt(rest, text);
    }
    if (startsWith("file:")) {
        const QUrl url(text);
        if (!url.isValid() || !url.isLocalFile())
            return WorkspaceErrors::badLocation(text);
        return sqliteAt(url.toLocalFile(), text);
    }
    // Another scheme ("mysql://…"): not a path either. A Windows drive ("C:\…") has no "//".
    if (text.contains(QLatin1String("://")))
        return WorkspaceErrors::badLocation(withoutPassword(text));
    return sqliteAt(text, text);
}

QString WorkspaceLocation::display() const
{
    if (kind == Kind::Sqlite)
        return QDir::toNativeSeparators(sqlitePath);
    return postgresUrl.toString(QUrl::RemovePassword);
}

} // namespace montaj
