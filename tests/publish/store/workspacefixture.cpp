#include "tests/publish/store/workspacefixture.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace montaj {

void WorkspaceFixture::addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

WorkspaceFixture::Ready WorkspaceFixture::prepare(QString &message)
{
    QFETCH_GLOBAL(QString, backend);
    m_postgres = backend == QLatin1String("postgres");
    if (!m_postgres) {
        m_location =
            WorkspaceLocation::sqlite(m_dir.filePath(QStringLiteral("ws%1/workspace.sqlite").arg(++m_files)));
        return Ready::Ok;
    }
    if (PostgresTestServer::skipRequested()) {
        message = QStringLiteral("MONTAJ_TEST_NO_POSTGRES=1: PostgreSQL tests skipped");
        return Ready::Skip;
    }
    const QUrl url = m_server.createDatabase(QString::fromLatin1(QTest::currentTestFunction()));
    if (!url.isValid()) {
        message =
            QStringLiteral("PostgreSQL is required for this test (set MONTAJ_TEST_NO_POSTGRES=1 to skip): ")
            + m_server.error();
        return Ready::Fail;
    }
    m_location = WorkspaceLocation::parse(url.toString()).value();
    return Ready::Ok;
}

void WorkspaceFixture::cleanup()
{
    if (m_postgres && m_server.isRunning())
        m_server.dropDatabase(m_location.postgresUrl);
}

std::unique_ptr<WorkspaceStore> WorkspaceFixture::open() const
{
    auto store = WorkspaceStore::open(m_location);
    if (!store) {
        qWarning() << "cannot open" << m_location.display() << store.error().code << store.error().toString();
        return nullptr;
    }
    return std::move(store).value();
}

template<typename F>
bool WorkspaceFixture::withRaw(F &&use) const
{
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_postgres ? "QPSQL" : "QSQLITE", name);
        if (m_postgres) {
            const QUrl &url = m_location.postgresUrl;
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db.setDatabaseName(m_location.sqlitePath);
        }
        if (db.open()) {
            QSqlQuery q(db);
            ok = use(q);
        } else {
            qWarning() << "raw connection failed:" << db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool WorkspaceFixture::rawExec(const QString &sql) const
{
    return withRaw([&sql](QSqlQuery &q) {
        if (q.exec(sql))
            return true;
        qWarning() << sql << q.lastError().text();
        return false;
    });
}

QVariant WorkspaceFixture::rawValue(const QString &sql) const
{
    QVariant value;
    withRaw([&sql, &value](QSqlQuery &q) {
        if (!q.exec(sql) || !q.next()) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        value = q.value(0);
        return true;
    });
    return value;
}

WorkspaceAccount WorkspaceFixture::addAccount(WorkspaceStore &store, const QString &handle)
{
    WorkspaceAccount a;
    a.profileId = QStringLiteral("sandbox");
    a.openId =
        QString::number(7000000000000000000ULL + QRandomGenerator::global()->bounded(quint64(1) << 50));
    a.username = handle;
    a.displayName = handle.toUpper();
    a.colour = QStringLiteral("#336699");
    a.timeZone = QStringLiteral("Europe/Paris");
    a.postingSlots = {QStringLiteral("09:00"), QStringLiteral("18:30")};
    auto saved = store.saveAccount(a);
    if (!saved) {
        qWarning() << "saveAccount failed:" << saved.error().toString();
        return {};
    }
    return *saved;
}

Post WorkspaceFixture::scheduledPost(const QString &accountId, const QDateTime &utc, const QString &caption)
{
    Post p;
    p.accountId = accountId;
    p.kind = PostKind::VideoFile;
    p.mediaPath = QStringLiteral("/media/clip.mp4");
    p.caption = caption.isEmpty() ? QStringLiteral("post at ") + utc.toString(Qt::ISODate) : caption;
    p.privacyLevel = QStringLiteral("PUBLIC_TO_EVERYONE");
    p.scheduled.localDateTime = utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    p.scheduled.timeZone = QStringLiteral("UTC");
    p.scheduled.utc = utc;
    p.state = PostState::Scheduled;
    return p;
}

QDateTime WorkspaceFixture::baseTime()
{
    const qint64 minute = 60 * 1000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(now - now % minute, Qt::UTC);
}

} // namespace montaj
