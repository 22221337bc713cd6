// WorkspaceLocation: SQLite paths and URLs, PostgreSQL URLs, and display() without the password.
#include "core/publish/store/workspacelocation.h"

#include <QDir>
#include <QTest>

using namespace montaj;

class TestWorkspaceLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesSqlite_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        QTest::newRow("absolute") << "/data/ws.sqlite"
                                  << "/data/ws.sqlite";
        QTest::newRow("spaces trimmed") << "  /data/ws.sqlite \n"
                                        << "/data/ws.sqlite";
        QTest::newRow("relative") << "ws.sqlite" << QDir::current().absoluteFilePath("ws.sqlite");
        QTest::newRow("sqlite:path") << "sqlite:/data/ws.sqlite"
                                     << "/data/ws.sqlite";
        QTest::newRow("sqlite url") << "sqlite:///data/my%20ws.sqlite"
                                    << "/data/my ws.sqlite";
        QTest::newRow("file url") << "file:///data/ws.sqlite"
                                  << "/data/ws.sqlite";
    }

    void parsesSqlite()
    {
        QFETCH(QString, text);
        QFETCH(QString, path);
        auto location = WorkspaceLocation::parse(text);
        QVERIFY2(location, qPrintable(location ? QString() : location.error().toString()));
        QCOMPARE(location->kind, WorkspaceLocation::Kind::Sqlite);
        QCOMPARE(location->sqlitePath, path);
        QCOMPARE(location->display(), QDir::toNativeSeparators(path));
    }

    void parsesPostgres()
    {
        auto location =
            WorkspaceLocation::parse("postgres://agency:s3cr%40t@db.example.com:6543/montaj?sslmode=require");
        QVERIFY(location);
        QCOMPARE(location->kind, WorkspaceLocation::Kind::Postgres);
        const QUrl &url = location->postgresUrl;
        QCOMPARE(url.scheme(), QStringLiteral("postgresql"));
        QCOMPARE(url.userName(), QStringLiteral("agency"));
        QCOMPARE(url.password(QUrl::FullyDecoded), QStringLiteral("s3cr@t"));
        QCOMPARE(url.host(), QStringLiteral("db.example.com"));
        QCOMPARE(url.port(), 6543);
        QCOMPARE(url.path(), QStringLiteral("/montaj"));
        QCOMPARE(url.query(), QStringLiteral("sslmode=require"));
        QCOMPARE(location->display(),
                 QStringLiteral("postgresql://agency@db.example.com:6543/montaj?sslmode=require"));
        QVERIFY(!location->display().contains("s3cr"));

        auto plain = WorkspaceLocation::parse("postgresql://localhost/ws");
        QVERIFY(plain);
        QCOMPARE(plain->postgresUrl.port(5432), 5432);
        QCOMPARE(plain->display(), QStringLiteral("postgresql://localhost/ws"));
        QCOMPARE(WorkspaceLocation::sqlite("/a/b.sqlite").display(), QStringLiteral("/a/b.sqlite"));
    }

    void refusesNonsense_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("blank") << "   ";
        QTest::newRow("mysql") << "mysql://user:hunter2@host/db";
        QTest::newRow("sqlite without path") << "sqlite:";
        QTest::newRow("nested db") << "postgresql://user:hunter2@host/a/b";
    }

    void refusesNonsense()
    {
        QFETCH(QString, text);
        auto location = WorkspaceLocation::parse(text);
        QVERIFY(!location);
        QCOMPARE(location.error().code, QStringLiteral("workspace.bad_location"));
        QVERIFY2(!location.error().toString().contains("hunter2"), qPrintable(location.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceLocation)
#include "tst_workspacelocation.moc"
