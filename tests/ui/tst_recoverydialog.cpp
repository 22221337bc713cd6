// After a crash, the studio's start-up dialog offers the autosaved work back: a real writer
// process is killed mid-edit, then the dialog saves its project or discards it.

#include "core/edit/projectfile.h"
#include "core/edit/recoverystore.h"
#include "core/foundation/language.h"
#include "core/foundation/localization.h"
#include "ui/recoverydialog.h"

#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace montaj;
using namespace montaj::ui;

namespace {
// Runs edit_crash_helper until its autosave is on disk, then kills it (SIGKILL).
bool crashAWriter(const QString &recoveryDir, const QString &mediaDir, const QString &projectPath,
                  const QString &expectedJson)
{
    QProcess helper;
    helper.start(QStringLiteral(EDIT_CRASH_HELPER), {recoveryDir, mediaDir, projectPath, expectedJson});
    if (!helper.waitForReadyRead(30000))
        return false;
    helper.kill();
    return helper.waitForFinished(10000);
}
} // namespace

class TestRecoveryDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(path(QStringLiteral("recovery")));
        QDir().mkpath(path(QStringLiteral("media")));
        QDir().mkpath(path(QStringLiteral("projects")));
    }

    void savesTheRecoveredProject()
    {
        QVERIFY(crashAWriter(path(QStringLiteral("recovery")), path(QStringLiteral("media")), QString(),
                             path(QStringLiteral("expected.json"))));
        const RecoveryStore store(path(QStringLiteral("recovery")));
        QCOMPARE(store.pending().size(), 1);

        RecoveryDialog dialog(store, path(QStringLiteral("projects")));
        QString suggested;
        dialog.setSaveLocationChooser([&](const QString &s) {
            suggested = s;
            return path(QStringLiteral("projects/rescued"));
        });
        dialog.show();
        QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("recoveryList"))->count(), 1);
        QVERIFY(
            dialog.findChild<QListWidget *>()->item(0)->text().contains(QStringLiteral("Untitled project")));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("recoverButton")), Qt::LeftButton);
        QVERIFY(suggested.startsWith(path(QStringLiteral("projects"))));
        QCOMPARE(dialog.remaining(), 0);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(store.pending().isEmpty());

        // The saved project holds exactly what the killed process had edited.
        auto loaded = ProjectFile::load(path(QStringLiteral("projects/rescued.montaj")));
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
        QFile expected(path(QStringLiteral("expected.json")));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        QCOMPARE(ProjectFile::toJson(**loaded, QString()), expected.readAll());
    }

    void decidingLaterKeepsEverything_andDiscardRemoves()
    {
        QVERIFY(crashAWriter(path(QStringLiteral("recovery")), path(QStringLiteral("media")), QString(),
                             path(QStringLiteral("expected2.json"))));
        const RecoveryStore store(path(QStringLiteral("recovery")));
        {
            RecoveryDialog dialog(store, path(QStringLiteral("projects")));
            dialog.setSaveLocationChooser([](const QString &) { return QString(); }); // the user cancels
            dialog.show();
            QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("recoverButton")),
                              Qt::LeftButton);
            QCOMPARE(dialog.remaining(), 1);
            QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("laterButton")), Qt::LeftButton);
        }
        QCOMPARE(store.pending().size(), 1);

        // Screenshots of the dialog in the three languages.
        Localization localization;
        for (Language language : {Language::English, Language::Arabic, Language::French}) {
            QVERIFY(localization.setLanguage(language).ok());
            QGuiApplication::setLayoutDirection(localization.direction());
            RecoveryDialog dialog(store, path(QStringLiteral("projects")));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            if (language == Language::Arabic) {
                QCOMPARE(dialog.layoutDirection(), Qt::RightToLeft);
                QVERIFY(dialog.windowTitle().contains(
                    QRegularExpression(QStringLiteral("[\\x{0600}-\\x{06FF}]"))));
            }
            const QString dir =
                QDir(QStringLiteral(MONTAJ_SCREENSHOT_DIR)).filePath(Languages::code(language));
            QDir().mkpath(dir);
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("recovery.png"))));
        }
        QVERIFY(localization.setLanguage(Language::English).ok());
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);

        RecoveryDialog dialog(store, path(QStringLiteral("projects")));
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("discardButton")), Qt::LeftButton);
        QVERIFY(store.pending().isEmpty());
    }
};

QTEST_MAIN(TestRecoveryDialog)
#include "tst_recoverydialog.moc"
