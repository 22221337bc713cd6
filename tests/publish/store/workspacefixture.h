#pragma once

#include "core/publish/store/workspacestore.h"
#include "tests/support/postgrestestserver.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace montaj {

// What the workspace tests share: every test function runs once per backend ("sqlite", "postgres",
// the global data rows), each on a fresh database (a new SQLite file, a new PostgreSQL database on
// one server per executable), plus small builders for accounts and posts.
class WorkspaceFixture
{
public:
    enum class Ready { Ok, Skip, Fail };

    static void addBackendRows(); // call from initTestCase_data()
    // Call from init(): a fresh database for the current row.
    Ready prepare(QString &message);
    void cleanup(); // call from cleanup()

    bool isPostgres() const { return m_postgres; }
    const WorkspaceLocation &location() const { return m_location; }
    std::unique_ptr<WorkspaceStore> open() const; // nullptr (with a warning) on failure

    // Statements on the database behind the store's back (a separate connection).
    bool rawExec(const QString &sql) const;
    QVariant rawValue(const QString &sql) const;

    static WorkspaceAccount addAccount(WorkspaceStore &store, const QString &handle);
    static Post scheduledPost(const QString &accountId, const QDateTime &utc, const QString &caption = {});
    // A minute-aligned "now" shared by a test.
    static QDateTime baseTime();

private:
    template<typename F>
    bool withRaw(F &&use) const;

    PostgresTestServer m_server;
    QTemporaryDir m_dir;
    WorkspaceLocation m_location;
    bool m_postgres = false;
    int m_files = 0;
};

// For QCOMPARE: a state that may be absent (PostEvent::from), as text.
inline QString stateText(const std::optional<PostState> &state)
{
    return state ? toString(*state) : QStringLiteral("none");
}

} // namespace montaj

// init() body: fresh database, or skip/fail the test function.
#define MONTAJ_WORKSPACE_INIT(fixture)                                                                       \
    do {                                                                                                     \
        QString message_;                                                                                    \
        switch ((fixture).prepare(message_)) {                                                               \
        case montaj::WorkspaceFixture::Ready::Ok: break;                                                     \
        case montaj::WorkspaceFixture::Ready::Skip: QSKIP(qPrintable(message_));                             \
        case montaj::WorkspaceFixture::Ready::Fail: QFAIL(qPrintable(message_));                             \
        }                                                                                                    \
    } while (false)
