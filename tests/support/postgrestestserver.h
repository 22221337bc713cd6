#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace montaj {

// A PostgreSQL server for tests. With MONTAJ_TEST_POSTGRES_URL set it uses that server (the URL's
// user must be allowed to CREATE DATABASE); otherwise it starts a private one with
// scripts/postgres-test-server.sh in a temporary folder and stops it when destroyed. Each test
// gets a fresh database of its own (createDatabase/dropDatabase). One per test executable: starting
// a server takes about a second.
//
// A test that needs PostgreSQL must fail, not skip, when none can be started (error() says why);
// MONTAJ_TEST_NO_POSTGRES=1 is the one explicit way to skip (skipRequested()).
class PostgresTestServer
{
public:
    PostgresTestServer();
    ~PostgresTestServer();
    PostgresTestServer(const PostgresTestServer &) = delete;
    PostgresTestServer &operator=(const PostgresTestServer &) = delete;

    static bool skipRequested();

    // Starts (or connects to) the server once; later calls answer at once.
    bool start();
    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }
    QUrl url() const { return m_url; } // the server's own database

    // A new empty database "t_<name>_<random>" on the server; an invalid URL (see error()) on failure.
    QUrl createDatabase(const QString &name);
    bool dropDatabase(const QUrl &database);

private:
    bool exec(const QString &sql);
    void stop();

    std::unique_ptr<QTemporaryDir> m_dir;
    QUrl m_url;
    QString m_error;
    bool m_running = false;
    bool m_ownServer = false;
    bool m_tried = false;
};

} // namespace montaj
