// WorkspaceService against SQLite and a real PostgreSQL server: work runs on the store thread and
// answers in the caller's thread, and changed() fires for this service's writes and for writes by
// other connections (PostgreSQL NOTIFY, SQLite data_version).
#include "core/publish/store/workspaceservice.h"
#include "tests/publish/store/workspacefixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace montaj;

class TestWorkspaceService : public QObject
{
    Q_OBJECT

private:
    WorkspaceFixture m_fx;

    static bool openService(WorkspaceService &service, const WorkspaceLocation &location)
    {
        std::optional<Result<void>> result;
        service.open(location, [&result](Result<void> r) { result.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&result]() { return result.has_value(); }, 10000))
            return false;
        if (!result->ok())
            qWarning() << result->error().toString();
        return result->ok();
    }

private Q_SLOTS:
    void initTestCase_data() { WorkspaceFixture::addBackendRows(); }
    void init() { MONTAJ_WORKSPACE_INIT(m_fx); }
    void cleanup() { m_fx.cleanup(); }

    void runsOnItsThreadAndAnswersInTheCallers()
    {
        WorkspaceService service;
        QSignalSpy opened(&service, &WorkspaceService::opened);
        QVERIFY(!service.isOpen());

        // Before open: "workspace.not_open".
        std::optional<Result<int>> early;
        service.run<int>(
            this, [](WorkspaceStore &) -> Result<int> { return 1; },
            [&early](Result<int> r) { early.emplace(std::move(r)); });
        QTRY_VERIFY(early.has_value());
        QCOMPARE(early->error().code, QStringLiteral("workspace.not_open"));

        QVERIFY(openService(service, m_fx.location()));
        QVERIFY(service.isOpen());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(service.location().display(), m_fx.location().display());

        QThread *storeThread = nullptr;
        QThread *answerThread = nullptr;
        std::optional<Result<int>> answer;
        service.run<int>(
            this,
            [&storeThread](WorkspaceStore &store) -> Result<int> {
                storeThread = QThread::currentThread();
                return store.schemaVersion();
            },
            [&answer, &answerThread](Result<int> r) {
                answerThread = QThread::currentThread();
                answer.emplace(std::move(r));
            });
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(answer->value(), WorkspaceStore::latestSchemaVersion());
        QVERIFY(storeThread != nullptr);
        QVERIFY(storeThread != QThread::currentThread());
        QCOMPARE(answerThread, QThread::currentThread());

        // A receiver gone before the answer: dropped.
        bool called = false;
        {
            QObject receiver;
            service.run<int>(
                &receiver,
                [](WorkspaceStore &) -> Result<int> {
                    QThread::msleep(100);
                    return 2;
                },
                [&called](Result<int>) { called = true; });
        }
        std::optional<Result<int>> after;
        service.run<int>(
            this, [](WorkspaceStore &) -> Result<int> { return 3; },
            [&after](Result<int> r) { after.emplace(std::move(r)); });
        QTRY_VERIFY(after.has_value());
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void reportsChanges()
    {
        WorkspaceService service;
        QVERIFY(openService(service, m_fx.location()));
        QSignalSpy changed(&service, &WorkspaceService::changed);

        // A read: no change.
        std::optional<Result<QList<WorkspaceAccount>>> read;
        service.run<QList<WorkspaceAccount>>(
            this, [](WorkspaceStore &store) { return store.accounts(); },
            [&read](Result<QList<WorkspaceAccount>> r) { read.emplace(std::move(r)); });
        QTRY_VERIFY(read.has_value());
        QTest::qWait(20);
        QCOMPARE(changed.size(), 0);

        // A write through the service.
        std::optional<Result<WorkspaceAccount>> saved;
        service.run<WorkspaceAccount>(
            this,
            [](WorkspaceStore &store) {
                return store.saveAccount(WorkspaceAccount{{}, "sandbox", "1", "a", {}, {}, {}, {}, {}});
            },
            [&saved](Result<WorkspaceAccount> r) { saved.emplace(std::move(r)); });
        QTRY_VERIFY(saved.has_value());
        QVERIFY(saved->ok());
        QTRY_COMPARE(changed.size(), 1);
        QTest::qWait(m_fx.isPostgres() ? 200 : 1200); // its own write is not reported again
        QCOMPARE(changed.size(), 1);

        // A write by someone else (another connection, as another process would).
        auto other = m_fx.open();
        QVERIFY(other);
        QVERIFY(other->setSetting("publish.missed_policy", "skip"));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceService)
#include "tst_workspaceservice.moc"
