#include "tests/support/postgrestestserver.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace montaj {

namespace {

const QString kScript = QStringLiteral(MONTAJ_POSTGRES_TEST_SCRIPT);

QString runScript(const QStringList &arguments, QString *error)
{
    const QString command = arguments.value(0);
    QProcess process;
    process.start(QStringLiteral("bash"), QStringList{kScript} + arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed (exit %3): %4")
                     .arg(kScript, command)
                     .arg(process.exitCode())
                     .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return {};
    }
    return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
}

QUrl withDatabase(const QUrl &server, const QString &name)
{
    QUrl url = server;
    url.setPath(u'/' + name);
    return url;
}

} // namespace

PostgresTestServer::PostgresTestServer() = default;

PostgresTestServer::~PostgresTestServer()
{
    stop();
}

bool PostgresTestServer::skipRequested()
{
    return qEnvironmentVariable("MONTAJ_TEST_NO_POSTGRES") == QLatin1String("1");
}

bool PostgresTestServer::start()
{
    if (m_tried)
        return m_running;
    m_tried = true;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        m_error =
            QStringLiteral("the Qt PostgreSQL driver (QPSQL, package libqt6sql6-psql) is not installed");
        return false;
    }
    const QString external = qEnvironmentVariable("MONTAJ_TEST_POSTGRES_URL");
    if (!external.isEmpty()) {
        m_url = QUrl(external);
        if (!m_url.isValid()) {
            m_error = QStringLiteral("MONTAJ_TEST_POSTGRES_URL is not a URL");
            return false;
        }
    } else {
        m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/montaj-pg-XXXXXX"));
        if (!m_dir->isValid()) {
            m_error = QStringLiteral("cannot create a temporary folder for PostgreSQL");
            return false;
        }
        // With this process's id: the server stops by itself if the test crashes.
        const QString printed = runScript(
            {QStringLiteral("start"), m_dir->path(), QString::number(QCoreApplication::applicationPid())},
            &m_error);
        if (printed.isEmpty()) {
            m_error = QStringLiteral("could not start PostgreSQL: ") + m_error;
            return false;
        }
        m_ownServer = true;
        m_url = QUrl(printed.split(u'\n').last().trimmed());
    }
    if (!exec(QStringLiteral("SELECT 1")))
        return false;
    m_running = true;
    return true;
}

void PostgresTestServer::stop()
{
    if (m_ownServer && m_dir) {
        QString error;
        runScript({QStringLiteral("stop"), m_dir->path()}, &error);
        m_ownServer = false;
    }
    m_running = false;
}

bool PostgresTestServer::exec(const QString &sql)
{
    const QString connection = QStringLiteral("pgtest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(m_url.host());
        db.setPort(m_url.port(5432));
        db.setUserName(m_url.userName());
        db.setPassword(m_url.password());
        db.setDatabaseName(m_url.path().mid(1));
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        if (!db.open()) {
            m_error = QStringLiteral("cannot connect to PostgreSQL at %1: %2")
                          .arg(m_url.toString(QUrl::RemovePassword), db.lastError().text());
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                m_error = QStringLiteral("%1: %2").arg(sql, q.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

QUrl PostgresTestServer::createDatabase(const QString &name)
{
    if (!start())
        return {};
    QString safe = name.toLower();
    safe.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    const QString db = QStringLiteral("t_%1_%2")
                           .arg(safe.left(40))
                           .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
    if (!exec(QStringLiteral("CREATE DATABASE ") + db))
        return {};
    return withDatabase(m_url, db);
}

bool PostgresTestServer::dropDatabase(const QUrl &database)
{
    const QString name = database.path().mid(1);
    if (name.isEmpty() || !m_running)
        return false;
    return exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

} // namespace montaj
