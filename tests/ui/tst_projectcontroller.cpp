// The Edit page's project file handling: save / save as / open / new with the unsaved-changes
// question, errors that keep the current project, a crash copy for every open document, and a
// project recovered after a real crash (a writer killed with SIGKILL) continued in the editor.

#include "core/edit/autosaver.h"
#include "core/edit/projectfile.h"
#include "core/edit/recoverystore.h"
#include "ui/edit/editsession.h"
#include "ui/edit/projectcontroller.h"
#include "ui/recoverydialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWidget>

using namespace montaj;
using namespace montaj::ui;

namespace {

bool crashAWriter(const QString &recoveryDir, const QString &mediaDir, const QString &expectedJson)
{
    QProcess helper;
    helper.start(QStringLiteral(EDIT_CRASH_HELPER), {recoveryDir, mediaDir, QString(), expectedJson});
    if (!helper.waitForReadyRead(30000))
        return false;
    helper.kill();
    return helper.waitForFinished(10000);
}

TextOverlay title(const QString &text)
{
    TextOverlay overlay;
    overlay.text = text;
    overlay.startUs = 0;
    overlay.endUs = 1'000'000;
    return overlay;
}

} // namespace

class TestProjectController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    struct Fixture
    {
        QWidget parent;
        EditSession session;
        ProjectController *controller;
        QStringList asked; // project names the unsaved question was asked about
        ProjectController::UnsavedAnswer answer = ProjectController::UnsavedAnswer::Cancel;
        QString saveTo;
        QString openFrom;

        Fixture(const QString &projects, const QString &recovery)
            : controller(new ProjectController(session, projects, recovery, &parent))
        {
            controller->setUnsavedQuestion([this](const QString &name) {
                asked << name;
                return answer;
            });
            controller->setSaveChooser([this](const QString &) { return saveTo; });
            controller->setOpenChooser([this](const QString &) { return openFrom; });
        }
    };

private Q_SLOTS:
    void saveAsThenSaveAndTheUnsavedQuestion()
    {
        Fixture f(path(u"projects"_qs), path(u"recovery1"_qs));
        QCOMPARE(f.controller->projectName(), u"Untitled"_qs);
        QVERIFY(f.session.document()->addOverlay(title(u"première"_qs)));
        QVERIFY(f.session.document()->isModified());

        // Untitled: Save asks where; a cancelled chooser saves nothing.
        f.saveTo.clear();
        QVERIFY(!f.controller->save());
        QVERIFY(f.session.document()->isModified());
        f.saveTo = path(u"projects/first"_qs);
        QSignalSpy saved(f.controller, &ProjectController::saved);
        QVERIFY(f.controller->save());
        QCOMPARE(saved.size(), 1);
        QCOMPARE(f.session.document()->filePath(), path(u"projects/first.montaj"_qs));
        QVERIFY(!f.session.document()->isModified());
        QCOMPARE(f.controller->projectName(), u"first"_qs);
        QVERIFY(QFile::exists(path(u"projects/first.montaj"_qs)));

        // Unchanged: a new project replaces it without asking.
        QVERIFY(f.controller->newProject());
        QVERIFY(f.asked.isEmpty());
        QVERIFY(f.session.document()->overlays().isEmpty());

        // Changed: Cancel keeps everything, Discard replaces, Save writes first.
        QVERIFY(f.session.document()->addOverlay(title(u"deuxième"_qs)));
        f.answer = ProjectController::UnsavedAnswer::Cancel;
        QVERIFY(!f.controller->newProject());
        QCOMPARE(f.session.document()->overlays().size(), 1);
        f.answer = ProjectController::UnsavedAnswer::Save;
        f.saveTo = path(u"projects/second.montaj"_qs);
        f.openFrom = path(u"projects/first.montaj"_qs);
        QVERIFY(f.controller->open());
        QCOMPARE(f.asked, (QStringList{u"Untitled"_qs, u"Untitled"_qs}));
        QCOMPARE(f.session.document()->overlays().at(0).text, u"première"_qs);
        auto second = ProjectFile::load(path(u"projects/second.montaj"_qs));
        QVERIFY(second);
        QCOMPARE((*second)->overlays().at(0).text, u"deuxième"_qs);
        f.answer = ProjectController::UnsavedAnswer::Discard;
        QVERIFY(f.session.document()->addOverlay(title(u"jetée"_qs)));
        QVERIFY(f.controller->newProject());
        QVERIFY(f.session.document()->overlays().isEmpty());
    }

    void aBrokenFileKeepsTheCurrentProject()
    {
        Fixture f(path(u"projects"_qs), path(u"recovery2"_qs));
        QVERIFY(f.session.document()->addOverlay(title(u"kept"_qs)));
        QFile broken(path(u"broken.montaj"_qs));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"schema\": \"montaj.project\",\n \"schemaVersion\": 1,\n \"canvas\": {");
        broken.close();
        f.answer = ProjectController::UnsavedAnswer::Discard;
        QSignalSpy failed(f.controller, &ProjectController::failed);
        QVERIFY(!f.controller->openFile(path(u"broken.montaj"_qs)));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(u"broken.montaj"_qs),
                 qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(f.session.document()->overlays().size(), 1);
    }

    void everyOpenDocumentHasACrashCopy()
    {
        Fixture f(path(u"projects"_qs), path(u"recovery3"_qs));
        const QString first = f.controller->autosavePath();
        QVERIFY(first.startsWith(path(u"recovery3"_qs)));
        QVERIFY(f.controller->newProject());
        QVERIFY(f.controller->autosavePath() != first); // a fresh copy for the new document
        QVERIFY(f.session.document()->addOverlay(title(u"x"_qs)));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(f.controller->autosavePath()), 10000);
    }

    void aRecoveredProjectContinuesInTheEditor()
    {
        const QString recovery = path(u"recovery4"_qs);
        QDir().mkpath(recovery);
        QDir().mkpath(path(u"media"_qs));
        QVERIFY(crashAWriter(recovery, path(u"media"_qs), path(u"expected.json"_qs)));
        const RecoveryStore store(recovery);
        QCOMPARE(store.pending().size(), 1);

        Fixture f(path(u"projects"_qs), recovery);
        RecoveryDialog dialog(store, path(u"projects"_qs));
        dialog.setOpenHandler(
            [&](std::unique_ptr<ProjectDocument> document, const RecoveryStore::Entry &entry) {
                return f.controller->adoptRecovered(std::move(document), entry);
            });
        dialog.show();
        auto *open = dialog.findChild<QPushButton *>(u"openButton"_qs);
        QVERIFY(open && open->isVisible());
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // The editor holds exactly what the killed process had, unsaved, and its own crash copy
        // replaced the old one: still exactly one thing to recover if this session dies too.
        QFile expected(path(u"expected.json"_qs));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        QCOMPARE(ProjectFile::toJson(*f.session.document(), QString()), expected.readAll());
        QVERIFY(f.session.document()->isModified());
        QVERIFY(QFile::exists(f.controller->autosavePath()));
        QCOMPARE(store.pending().size(), 0); // ours is alive (locked), the crashed one is gone
        QStringList copies = QDir(recovery).entryList({u"autosave-*"_qs}, QDir::Files);
        copies.removeIf([](const QString &name) { return name.endsWith(u".lock"_qs); });
        QCOMPARE(copies, QStringList{QFileInfo(f.controller->autosavePath()).fileName()});

        // Saving it ends the story: no crash copy left.
        f.saveTo = path(u"projects/rescued.montaj"_qs);
        QVERIFY(f.controller->save());
        QVERIFY(!QFile::exists(f.controller->autosavePath()));
    }
};

QTEST_MAIN(TestProjectController)
#include "tst_projectcontroller.moc"
