// The Edit page as a user drives it, offscreen: import media into the bin, put it on the timeline,
// split and undo through the page's actions, add a text, play, save, reopen, get offered a relink
// when media moved, open the export dialog; then the page with a project in English, Arabic and
// French (mirrored panels, left-to-right video and time axis, nothing left in English), saved to
// build/screenshots/<lang>/edit-page.png.

#include "core/edit/projectfile.h"
#include "core/foundation/apppaths.h"
#include "core/foundation/localization.h"
#include "tests/support/mediafixtures.h"
#include "ui/captions/captionspanel.h"
#include "ui/edit/editpage.h"
#include "ui/edit/editsession.h"
#include "ui/edit/exportdialog.h"
#include "ui/edit/inspectorpanel.h"
#include "ui/edit/mediabinpanel.h"
#include "ui/edit/mediapool.h"
#include "ui/edit/previewpanel.h"
#include "ui/edit/previewview.h"
#include "ui/edit/projectcontroller.h"
#include "ui/edit/timelinepanel.h"
#include "ui/edit/timelineview.h"
#include "ui/publish/messagebar.h"

#include "ui/edit/relinkdialog.h"
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>

using namespace montaj;
using namespace montaj::ui;
using montaj::test::MediaFixtures;

namespace {

constexpr qint64 kS = 1'000'000;

QStringList shownTexts(QWidget *root)
{
    QStringList texts;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root))
            continue;
        QString text;
        if (auto *label = qobject_cast<QLabel *>(w))
            text = label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            text = button->text();
        if (!text.trimmed().isEmpty())
            texts << text;
    }
    return texts;
}

} // namespace

class TestEditPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<AppPaths> m_paths;
    Localization m_localization;
    QString m_portrait, m_landscape, m_music;

    QString media(const QString &name) const { return QDir(m_home.path()).filePath(u"media/"_qs + name); }

    static void waitProbed(EditPage &page, const QStringList &files)
    {
        for (const QString &file : files)
            QTRY_VERIFY_WITH_TIMEOUT(page.session().media()->isKnown(file), 20000);
    }

    static void trigger(EditPage &page, const char *name)
    {
        QAction *action = page.action(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(action->isEnabled(), name);
        action->trigger();
    }

    // A project with two clips, a text and music, built through the page.
    void buildProject(EditPage &page, const QString &text)
    {
        QVERIFY(page.mediaBin()->importFiles({m_portrait, m_landscape, m_music}).ok());
        waitProbed(page, {m_portrait, m_landscape, m_music});
        page.mediaBin()->selectPaths({m_portrait, m_landscape});
        page.mediaBin()->addToTimeline();
        QCOMPARE(page.session().document()->clips().size(), 2);
        page.session().seek(kS);
        trigger(page, "edit.addText");
        TextOverlay overlay = page.session().document()->overlays().at(0);
        overlay.text = text;
        overlay.fontSize = 0.06;
        overlay.box = true;
        QVERIFY(page.session().document()->updateOverlay(overlay).ok());
        auto music = page.session().media()->musicFor(m_music, 0);
        QVERIFY(music.ok());
        QVERIFY(page.session().document()->setMusic(*music).ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("MONTAJ_COLOR_SCHEME", "light");
        m_paths = std::make_unique<AppPaths>(AppPaths::underRoot(m_home.path()));
        QVERIFY(m_paths->ensureExists().ok());
        QVERIFY(m_localization.setLanguage(Language::English).ok());
        QDir().mkpath(media(QString()));
        m_portrait = media(u"portrait.mp4"_qs);
        m_landscape = media(u"landscape.mp4"_qs);
        m_music = media(u"music.m4a"_qs);
        QVERIFY(MediaFixtures::ffmpeg({u"-f"_qs, u"lavfi"_qs, u"-i"_qs,
                                       u"testsrc2=size=540x960:rate=30:duration=4"_qs, u"-f"_qs, u"lavfi"_qs,
                                       u"-i"_qs, u"sine=frequency=330:duration=4"_qs, u"-c:v"_qs,
                                       u"libx264"_qs, u"-preset"_qs, u"ultrafast"_qs, u"-pix_fmt"_qs,
                                       u"yuv420p"_qs, u"-c:a"_qs, u"aac"_qs, u"-shortest"_qs, m_portrait}));
        QVERIFY(MediaFixtures::ffmpeg({u"-f"_qs, u"lavfi"_qs, u"-i"_qs, u"mandelbrot=size=640x360:rate=30"_qs,
                                       u"-t"_qs, u"3"_qs, u"-c:v"_qs, u"libx264"_qs, u"-preset"_qs,
                                       u"ultrafast"_qs, u"-pix_fmt"_qs, u"yuv420p"_qs, m_landscape}));
        QVERIFY(MediaFixtures::ffmpeg({u"-f"_qs, u"lavfi"_qs, u"-i"_qs, u"sine=frequency=523:duration=8"_qs,
                                       u"-c:a"_qs, u"aac"_qs, m_music}));
    }

    void editingThroughThePage()
    {
        EditPage page(*m_paths);
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ProjectController &projects = page.projects();
        projects.setUnsavedQuestion(
            [](const QString &) { return ProjectController::UnsavedAnswer::Discard; });
        QVERIFY(!page.action(u"edit.export"_qs)->isEnabled()); // nothing to export yet

        buildProject(page, u"Bonjour"_qs);
        ProjectDocument *doc = page.session().document();
        QCOMPARE(page.inspector()->mode(), InspectorPanel::Mode::Text); // the new text is selected
        QVERIFY(doc->isModified());

        // The timeline's split through the page's keyboard actions, then undo and redo.
        page.session().setSelection({});
        page.session().seek(2 * kS);
        trigger(page, "timelineSplitAction");
        QCOMPARE(doc->clips().size(), 3);
        QCOMPARE(doc->clips().at(0).outUs, 2 * kS);
        trigger(page, "edit.undo");
        QCOMPARE(doc->clips().size(), 2);
        trigger(page, "edit.redo");
        QCOMPARE(doc->clips().size(), 3);
        QCOMPARE(page.historyView()->stack(), doc->undoStack());

        // The preview shows the playhead's frame, and plays (no sound device offscreen: a steady clock).
        QTRY_VERIFY_WITH_TIMEOUT(!page.preview()->view()->frame().isNull(), 10000);
        page.session().seek(0);
        trigger(page, "preview.playPause");
        QTRY_VERIFY_WITH_TIMEOUT(page.session().playheadUs() > 300'000, 10000);
        trigger(page, "preview.playPause");

        // Save, start anew, reopen.
        const QString file = QDir(m_home.path()).filePath(u"projects/demo.montaj"_qs);
        projects.setSaveChooser([&](const QString &) { return file; });
        trigger(page, "edit.save");
        QVERIFY(QFile::exists(file));
        QVERIFY(!doc->isModified());
        trigger(page, "edit.new");
        QVERIFY(page.session().document()->clips().isEmpty());
        projects.setOpenChooser([&](const QString &) { return file; });
        trigger(page, "edit.open");
        QCOMPARE(page.session().document()->clips().size(), 3);
        QCOMPARE(page.session().document()->overlays().at(0).text, u"Bonjour"_qs);

        // Export opens its dialog on this project, ready to go.
        bool sawDialog = false;
        QTimer::singleShot(200, this, [&] {
            auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
            sawDialog =
                dialog && dialog->state() == ExportDialog::State::Ready && dialog->problems().isEmpty();
            if (dialog)
                dialog->done(QDialog::Rejected);
        });
        trigger(page, "edit.export");
        QVERIFY(sawDialog);
    }

    void movedMediaIsOfferedForRelinking()
    {
        const QString moving = media(u"moving.mp4"_qs);
        QVERIFY(QFile::copy(m_landscape, moving));
        const QString file = QDir(m_home.path()).filePath(u"projects/moved.montaj"_qs);
        {
            EditPage page(*m_paths);
            QVERIFY(page.mediaBin()->importFiles({moving}).ok());
            waitProbed(page, {moving});
            page.mediaBin()->selectPaths({moving});
            page.mediaBin()->addToTimeline();
            page.projects().setSaveChooser([&](const QString &) { return file; });
            QVERIFY(page.projects().save());
        }
        QVERIFY(QFile::rename(moving, media(u"moved-away.mp4"_qs)));
        EditPage page(*m_paths);
        page.show();
        QVERIFY(page.openProject(file));
        QVERIFY(page.messageBar()->isVisible());
        QVERIFY(page.messageBar()->actionButton()->isVisible());
        QVERIFY(page.action(u"edit.relink"_qs)->isEnabled());
        QVERIFY2(page.messageBar()->text().contains(u"1 media file"_qs),
                 qPrintable(page.messageBar()->text()));
    }

    void inThreeLanguages()
    {
        struct Case
        {
            Language language;
            const char *code;
            QString text;
        };
        const QList<Case> cases{{Language::English, "en", u"Three tips for better light"_qs},
                                {Language::Arabic, "ar", u"ثلاث نصائح لإضاءة أفضل 💡"_qs},
                                {Language::French, "fr", u"Trois astuces pour une lumière réussie"_qs}};
        QStringList english;
        for (const Case &c : cases) {
            QVERIFY(m_localization.setLanguage(c.language).ok());
            QApplication::setLayoutDirection(c.language == Language::Arabic ? Qt::RightToLeft
                                                                            : Qt::LeftToRight);
            EditPage page(*m_paths);
            page.resize(1400, 860);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            buildProject(page, c.text);
            page.session().setSelection({page.session().document()->clips().at(0).id});
            page.session().seek(kS + 500'000);
            QTRY_VERIFY_WITH_TIMEOUT(!page.preview()->view()->frame().isNull(), 10000);
            QTest::qWait(600); // thumbnails and waveforms arrive from their threads

            // Panels mirror in Arabic; the picture, the transport and the time axis never do.
            const auto *split = page.findChild<QSplitter *>();
            QVERIFY(split);
            QCOMPARE(page.isRightToLeft(), c.language == Language::Arabic);
            QCOMPARE(page.timeline()->view()->layoutDirection(), Qt::LeftToRight);
            QCOMPARE(page.preview()->view()->layoutDirection(), Qt::LeftToRight);

            const QStringList texts = shownTexts(&page);
            if (c.language == Language::English) {
                english = texts;
            } else {
                QStringList leftovers;
                for (const QString &t : texts)
                    // One-word labels may be the same word in French (Clip, Source, Volume).
                    if (english.contains(t) && t.contains(QRegularExpression(u"[A-Za-z]{3}"_qs))
                        && (c.language == Language::Arabic || t.trimmed().contains(u' '))
                        && !t.contains(u".mp4"_qs) && !t.contains(u".m4a"_qs) && !t.contains(u"Untitled"_qs))
                        leftovers << t;
                QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u" | "_qs)));
            }
            const QString dir = QDir(QStringLiteral(MONTAJ_SCREENSHOT_DIR)).filePath(QLatin1String(c.code));
            QVERIFY(QDir().mkpath(dir));
            QVERIFY(page.grab().save(QDir(dir).filePath(u"edit-page.png"_qs)));
            // The Captions tab, with its placement row (height, in the picture, subtitle track).
            page.showCaptions();
            QApplication::processEvents();
            QVERIFY(page.grab().save(QDir(dir).filePath(u"edit-captions.png"_qs)));
            if (auto *tabs = page.captions()->parentWidget() ? page.findChild<QTabWidget *>() : nullptr)
                tabs->setCurrentIndex(0);
            page.projects().setUnsavedQuestion(
                [](const QString &) { return ProjectController::UnsavedAnswer::Discard; });
        }
        QVERIFY(m_localization.setLanguage(Language::English).ok());
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }
};

QTEST_MAIN(TestEditPage)
#include "tst_editpage.moc"
