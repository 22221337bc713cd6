#include "core/publish/store/internal/workspacedb.h"

#include "core/publish/store/internal/workspaceerrors.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QThread>
#include <QUrlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcWorkspaceDb, "montaj.publish.store")

namespace montaj {

namespace {

// libpq connection options from the URL's query (sslmode, connect_timeout …), quoted for conninfo.
QString postgresOptions(const QUrl &url)
{
    QStringList options;
    bool timeout = false;
    bool appName = false;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        QString quoted = value;
        quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
        options << QString(key + QStringLiteral("='") + quoted + u'\'');
        timeout = timeout || key == QLatin1String("connect_timeout");
        appName = appName || key == QLatin1String("application_name");
    }
    if (!timeout)
        options << QStringLiteral("connect_timeout=10");
    if (!appName)
        options << QStringLiteral("application_name=montaj");
    return options.join(u' ');
}

} // namespace

WorkspaceDb::WorkspaceDb(WorkspaceLocation location, SqlDialect dialect, QString connectionName)
    : m_location(std::move(location))
    , m_dialect(dialect)
    , m_connectionName(std::move(connectionName))
{}

WorkspaceDb::~WorkspaceDb()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<WorkspaceDb>> WorkspaceDb::connect(const WorkspaceLocation &location)
{
    const bool pg = location.kind == WorkspaceLocation::Kind::Postgres;
    const SqlDialect dialect(pg ? SqlDialect::Kind::Postgres : SqlDialect::Kind::Sqlite);
    const QString name =
        QStringLiteral("montaj.workspace.") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<WorkspaceDb> db(new WorkspaceDb(location, dialect, name));
    if (auto opened = db->open(); !opened)
        return opened.error();
    return db;
}

Result<void> WorkspaceDb::open()
{
    const QString where = m_location.display();
    if (!QSqlDatabase::isDriverAvailable(m_dialect.driverName()))
        return WorkspaceErrors::driverMissing(where, m_dialect.driverName());
    m_db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    if (m_dialect.isPostgres()) {
        const QUrl &url = m_location.postgresUrl;
        m_db.setHostName(url.host());
        m_db.setPort(url.port(5432));
        m_db.setUserName(url.userName(QUrl::FullyDecoded));
        m_db.setPassword(url.password(QUrl::FullyDecoded));
        m_db.setDatabaseName(url.path(QUrl::FullyDecoded).mid(1));
        m_db.setConnectOptions(postgresOptions(url));
    } else {
        const QFileInfo file(m_location.sqlitePath);
        if (!QDir().mkpath(file.absolutePath()))
            return WorkspaceErrors::folderMissing(where, QDir::toNativeSeparators(file.absolutePath()));
        m_db.setDatabaseName(file.absoluteFilePath());
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    }
    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        qCWarning(lcWorkspaceDb) << "cannot open workspace" << where << error.text();
        return WorkspaceErrors::openFailed(
            where, error.databaseText().isEmpty() ? error.text() : error.databaseText().trimmed());
    }
    for (const QString &sql : m_dialect.sessionSetup())
        if (auto done = setUpSession(sql); !done)
            return WorkspaceErrors::openFailed(where, done.error().message);
    return {};
}

Result<void> WorkspaceDb::setUpSession(const QString &sql) const
{
    // Turning a new SQLite file to WAL needs an exclusive lock, and SQLite answers "busy" at once —
    // without waiting out the busy timeout — while another thread or process opens the same new
    // workspace. Such a statement is tried again for up to the busy timeout; nothing else is.
    QElapsedTimer waited;
    waited.start();
    for (int attempt = 0;; ++attempt) {
        QSqlQuery q(m_db);
        if (q.exec(sql))
            return {};
        const QString code = q.lastError().nativeErrorCode();
        const bool busy = !m_dialect.isPostgres() && (code == u"5" || code == u"6"); // BUSY, LOCKED
        if (!busy || waited.elapsed() > kBusyTimeoutMs) {
            qCWarning(lcWorkspaceDb) << "statement failed:" << sql.left(80) << q.lastError().text();
            return WorkspaceErrors::database(q.lastError(), m_location.display());
        }
        QThread::msleep(std::min(100ul, 2ul << std::min(attempt, 6)));
    }
}

Result<void> WorkspaceDb::execute(const QString &sql) const
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        qCWarning(lcWorkspaceDb) << "statement failed:" << sql.left(80) << q.lastError().text();
        return WorkspaceErrors::database(q.lastError(), m_location.display());
    }
    return {};
}

Result<QSqlQuery> WorkspaceDb::prepare(const QString &sql) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        qCWarning(lcWorkspaceDb) << "prepare failed:" << sql.left(80) << q.lastError().text();
        return WorkspaceErrors::database(q.lastError(), m_location.display());
    }
    return q;
}

Result<void> WorkspaceDb::run(QSqlQuery &q, const QVariantList &values) const
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        // Values are never logged: they may hold captions or upload state.
        qCWarning(lcWorkspaceDb) << "query failed:" << q.lastQuery().left(80) << q.lastError().text();
        return WorkspaceErrors::database(q.lastError(), m_location.display());
    }
    return {};
}

Result<QSqlQuery> WorkspaceDb::query(const QString &sql, const QVariantList &values) const
{
    auto q = prepare(sql);
    if (!q)
        return q;
    if (auto done = run(q.value(), values); !done)
        return done.error();
    return q;
}

QVariant WorkspaceDb::text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant WorkspaceDb::millis(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(qlonglong(utc.toMSecsSinceEpoch())) : nullMillis();
}

QVariant WorkspaceDb::nullMillis()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

QDateTime WorkspaceDb::toUtc(const QVariant &millis)
{
    if (millis.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(millis.toLongLong(), Qt::UTC);
}

WorkspaceTransaction::WorkspaceTransaction(WorkspaceDb &db)
    : m_db(db)
{}

WorkspaceTransaction::~WorkspaceTransaction()
{
    if (m_open) {
        QSqlQuery q(m_db.database());
        if (!q.exec(QStringLiteral("ROLLBACK")))
            qCWarning(lcWorkspaceDb) << "rollback failed:" << q.lastError().text();
    }
}

Result<void> WorkspaceTransaction::begin()
{
    auto begun = m_db.execute(m_db.dialect().beginWrite());
    m_open = begun.ok();
    return begun;
}

Result<void> WorkspaceTransaction::commit()
{
    if (const QString notify = m_db.dialect().notifyChange(); !notify.isEmpty())
        if (auto done = m_db.execute(notify); !done)
            return done;
    if (auto done = m_db.execute(QStringLiteral("COMMIT")); !done)
        return done;
    m_open = false;
    m_db.countWrite();
    return {};
}

} // namespace montaj
