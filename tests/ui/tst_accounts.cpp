// Settings → Accounts against the in-process sandbox, as the studio runs it: the sandbox on its
// own thread, linking through the (stand-in) browser and the loopback listener, the Sandbox badge,
// unlinking — and screenshots of the linked state in the three languages.

#include "core/foundation/apppaths.h"
#include "core/foundation/localization.h"
#include "core/platform/memorytokenstore.h"
#include "ui/mainwindow.h"
#include "ui/platform/platformconnection.h"
#include "ui/platform/sandboxhost.h"
#include "ui/theme.h"
#include "ui/uisettings.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace montaj;
using namespace montaj::ui;

class TestAccounts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void linkAndUnlinkTheSandboxAccount()
    {
        const AppPaths paths = AppPaths::underRoot(m_home.path());
        QVERIFY(paths.ensureExists().ok());
        UiSettings settings(paths.settingsFile());
        Localization localization;
        QVERIFY(localization.setLanguage(Language::English).ok());
        ThemeController theme(qApp);
        theme.setMode(ThemeMode::Light);

        SandboxOptions options;
        options.stateDir = QDir(paths.dataDir()).filePath(QStringLiteral("sandbox"));
        options.autoApprove = true; // the stand-in browser cannot click "Authorize"
        SandboxHost sandbox(options);
        PlatformConnection platform(settings.store(), std::make_unique<MemoryTokenStore>());
        QNetworkAccessManager browser;
        browser.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        platform.setBrowserOpener([&](const QUrl &url) {
            QNetworkReply *reply = browser.get(QNetworkRequest(url));
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
        connect(&sandbox, &SandboxHost::started, &platform, &PlatformConnection::useSandbox);
        MainWindow window(localization, theme, settings, paths, &platform);
        window.resize(1280, 800);
        window.show();
        sandbox.start();
        QTRY_VERIFY_WITH_TIMEOUT(platform.isReady(), 15000);

        auto *badge = window.findChild<QLabel *>(QStringLiteral("sandboxBadge"));
        QVERIFY(badge && badge->isVisible());
        window.showPage(PageId::Settings);
        auto *link = window.findChild<QPushButton *>(QStringLiteral("linkAccountButton"));
        auto *account = window.findChild<QLabel *>(QStringLiteral("accountLabel"));
        QVERIFY(link && account);
        QTRY_VERIFY(link->isEnabled());
        QCOMPARE(account->text(), QStringLiteral("No account is linked."));
        QTest::mouseClick(link, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(platform.session().isSignedIn(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(account->text().contains(u'@'), 15000);
        QVERIFY(!link->isEnabled());

        for (Language language : {Language::English, Language::Arabic, Language::French}) {
            QVERIFY(localization.setLanguage(language).ok());
            QCoreApplication::processEvents();
            const QString dir =
                QDir(QStringLiteral(MONTAJ_SCREENSHOT_DIR)).filePath(Languages::code(language));
            QDir().mkpath(dir);
            QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("accounts.png"))));
            if (language == Language::Arabic)
                QVERIFY(badge->text().contains(QRegularExpression(QStringLiteral("[\\x{0600}-\\x{06FF}]"))));
        }
        QVERIFY(localization.setLanguage(Language::English).ok());

        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("unlinkButton")), Qt::LeftButton);
        QTRY_VERIFY(!platform.session().isSignedIn());
        QTRY_COMPARE(account->text(), QStringLiteral("No account is linked."));
    }
};

QTEST_MAIN(TestAccounts)
#include "tst_accounts.moc"
