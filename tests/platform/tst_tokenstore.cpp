#include "core/platform/keychaintokenstore.h"
#include "core/platform/memorytokenstore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace montaj;

namespace {

const QString kRefresh = QStringLiteral("rft.TokenStoreTest_9f8e7d6c5b4a39281706fedcba");

StoredAccount account(const QString &profile, const QString &openId, const QString &refresh = kRefresh)
{
    return StoredAccount{profile,
                         openId,
                         refresh,
                         QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC),
                         {"user.info.basic", "video.publish"}};
}

} // namespace

class TestTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Anything a keychain fallback might write would land here, where the test looks for it.
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath("config").toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath("data").toUtf8());
    }

    void memoryStoreKeepsAccountsPerProfile()
    {
        MemoryTokenStore store;
        QCOMPARE(store.status(), TokenStore::Status::MemoryOnly);
        QVERIFY(!store.statusMessage().isEmpty());
        bool saved = false;
        store.save(account("tiktok", "7000000000000000001"), [&](Result<void> r) { saved = r.ok(); });
        QVERIFY(saved);
        store.save(account("tiktok-us", "7000000000000000001", "rft.other"), {});
        QCOMPARE(store.size(), 2);
        std::optional<StoredAccount> loaded;
        store.load("tiktok", "7000000000000000001",
                   [&](Result<std::optional<StoredAccount>> r) { loaded = *r; });
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->refreshToken, kRefresh);
        QCOMPARE(loaded->grantedScopes, QStringList({"user.info.basic", "video.publish"}));
        QCOMPARE(store.get("tiktok-us", "7000000000000000001")->refreshToken, QStringLiteral("rft.other"));
        store.remove("tiktok", "7000000000000000001", {});
        QVERIFY(!store.get("tiktok", "7000000000000000001"));
        QVERIFY(store.get("tiktok-us", "7000000000000000001"));
        QCOMPARE(TokenStore::keyFor("tiktok-us", "42"), QStringLiteral("tiktok-us/42"));
    }

    void secretJsonRoundTrip()
    {
        const StoredAccount original = account("sandbox", "123");
        const QByteArray json = original.toSecretJson();
        QVERIFY(json.size() < 2560); // Windows credential size cap
        QVERIFY(!json.contains("access"));
        const auto back = StoredAccount::fromSecretJson(json, "sandbox", "123");
        QVERIFY(back.has_value());
        QCOMPARE(back->refreshToken, original.refreshToken);
        QCOMPARE(back->refreshExpiresAt, original.refreshExpiresAt);
        QCOMPARE(back->grantedScopes, original.grantedScopes);
        QVERIFY(!StoredAccount::fromSecretJson("{}", "sandbox", "123").has_value());
    }

    void keychainReportsNoBackendOnHeadlessMachine()
    {
        KeychainTokenStore store(nullptr, QStringLiteral("MontajTest"));
        QCOMPARE(store.service(), QStringLiteral("MontajTest"));
        QCOMPARE(store.status(), TokenStore::Status::Unknown);
        QSignalSpy changed(&store, &TokenStore::statusChanged);
        bool probed = false;
        store.probe([&](Result<void>) { probed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(probed, 20000);
        if (store.status() == TokenStore::Status::Persistent)
            QSKIP("A keychain backend exists on this machine; the headless path cannot be checked here.");
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QCOMPARE(store.status(), TokenStore::Status::NoBackend);
        else
            QVERIFY(store.status() == TokenStore::Status::NoBackend
                    || store.status() == TokenStore::Status::BackendError);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!store.isPersistent());
        QVERIFY(store.statusMessage().contains("Montaj"));

        // The session still works for this run, in memory only.
        bool saved = false;
        store.save(account("sandbox", "7000000000000000009"), [&](Result<void> r) { saved = r.ok(); });
        QTRY_VERIFY(saved);
        std::optional<StoredAccount> loaded;
        store.load("sandbox", "7000000000000000009",
                   [&](Result<std::optional<StoredAccount>> r) { loaded = *r; });
        QTRY_VERIFY(loaded.has_value());
        QCOMPARE(loaded->refreshToken, kRefresh);
        QCOMPARE(changed.count(), 1); // no flapping

        // …and nothing was written in plain files.
        QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(kRefresh.toUtf8()), qPrintable(file.fileName()));
        }
        bool removed = false;
        store.remove("sandbox", "7000000000000000009", [&](Result<void> r) { removed = r.ok(); });
        QTRY_VERIFY(removed);
        std::optional<StoredAccount> gone = account("x", "y");
        store.load("sandbox", "7000000000000000009",
                   [&](Result<std::optional<StoredAccount>> r) { gone = *r; });
        QTRY_VERIFY(!gone.has_value());
    }

    void keychainStoreWithoutProbeFallsBackOnFirstSave()
    {
        KeychainTokenStore store(nullptr, QStringLiteral("MontajTest"));
        bool saved = false;
        store.save(account("tiktok", "7000000000000000002"), [&](Result<void> r) { saved = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(saved, 20000);
        if (store.status() == TokenStore::Status::Persistent) {
            store.remove("tiktok", "7000000000000000002", {});
            QSKIP("A keychain backend exists on this machine.");
        }
        QVERIFY(store.status() != TokenStore::Status::Unknown);
        QVERIFY(!store.isPersistent());
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
