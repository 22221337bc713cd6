#include "core/foundation/apppaths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using montaj::AppPaths;

class TestAppPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("Montaj"));
        QCoreApplication::setOrganizationName(QStringLiteral("Montaj"));
    }

    void underRootKeepsEverythingInside()
    {
        QTemporaryDir dir;
        const AppPaths p = AppPaths::underRoot(dir.path());
        for (const QString &path : {p.configDir(), p.dataDir(), p.cacheDir(), p.projectsDir(), p.logDir(),
                                    p.recoveryDir(), p.settingsFile(), p.workspaceDatabase()})
            QVERIFY2(path.startsWith(dir.path() + u'/'), qPrintable(path));
        QVERIFY(p.ensureExists().ok());
        for (const QString &path :
             {p.configDir(), p.dataDir(), p.cacheDir(), p.projectsDir(), p.logDir(), p.recoveryDir()})
            QVERIFY2(QFileInfo(path).isDir(), qPrintable(path));
        QVERIFY(p.ensureExists().ok()); // idempotent
    }

    void environmentOverrides()
    {
        QTemporaryDir dir;
        qputenv("MONTAJ_HOME", dir.path().toUtf8());
        QCOMPARE(AppPaths::fromEnvironment().dataDir(), QDir(dir.path()).filePath(QStringLiteral("data")));
        qunsetenv("MONTAJ_HOME");
        QCOMPARE(AppPaths::fromEnvironment().dataDir(), AppPaths::standard().dataDir());
    }

    void standardUsesQStandardPaths()
    {
        const AppPaths p = AppPaths::standard();
        QCOMPARE(p.dataDir(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        QCOMPARE(p.configDir(), QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation));
        QVERIFY(p.dataDir().contains(QStringLiteral("Montaj")));
    }

    void unwritableRootIsAClearError()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const auto r = AppPaths::underRoot(blocker).ensureExists(); // a file where a folder should be
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("paths.create_failed"));
        QVERIFY(r.error().context.value(QStringLiteral("file")).toString().startsWith(blocker));
    }
};

QTEST_GUILESS_MAIN(TestAppPaths)
#include "tst_apppaths.moc"
