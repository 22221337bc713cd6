// The Edit page's player against a real project and generated media: its actions and their keys
// (Space, J, K, L, ←/→, Home/End, I, O, safe areas) move the session's playhead and marks and show
// the exact frames, playback runs to the end without a sound device, the picture and transport stay
// left to right in a right-to-left UI, and a screenshot with the safe areas.

#include "core/edit/projectdocument.h"
#include "core/preview/framegrid.h"
#include "core/preview/playbackengine.h"
#include "core/preview/proxycache.h"
#include "core/preview/timecode.h"
#include "tests/preview/previewtestsupport.h"
#include "tests/support/framecode.h"
#include "ui/edit/editsession.h"
#include "ui/edit/previewpanel.h"
#include "ui/edit/previewview.h"
#include "ui/edit/transportbar.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace montaj;
using namespace montaj::ui;
using montaj::test::FrameCode;

namespace {

ProjectState project()
{
    ProjectState p;
    p.clips << test::clipOf(test::portraitCoded(), 0, 1'000'000); // frames 0..29
    return p;
}

int shownCode(const PreviewPanel &panel)
{
    const QImage frame = panel.view()->frame();
    return frame.isNull() ? -1 : FrameCode::read(frame);
}

} // namespace

class TestPreviewPanel : public QObject
{
    Q_OBJECT

    EditSession *m_session = nullptr;
    PreviewPanel *m_panel = nullptr;
    FrameGrid m_grid{30, 1, 1'000'000};

    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(m_panel->view(), Qt::Key(key), modifiers);
    }
    bool showsFrame(int code) const
    {
        return QTest::qWaitFor([&] { return shownCode(*m_panel) == code; }, 5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_session = new EditSession(this);
        auto document = ProjectDocument::fromState(project());
        QVERIFY(document.ok());
        m_session->setDocument(std::move(document).value());
        m_panel = new PreviewPanel(m_session);
        // What the Edit page does with the actions: keys work within the page.
        for (QAction *a : m_panel->actions()) {
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            m_panel->addAction(a);
        }
        m_panel->resize(360, 720);
        m_panel->show();
        m_panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_panel));
        m_panel->view()->setFocus();
    }

    void cleanupTestCase() { delete m_panel; }

    void actionsHaveKeysNamesAndWords()
    {
        const QList<QAction *> actions = m_panel->actions();
        QCOMPARE(actions.size(), 11);
        const QList<std::pair<const char *, QKeySequence>> expected{
            {"preview.playPause", QKeySequence(Qt::Key_Space)},
            {"preview.shuttleBackward", QKeySequence(Qt::Key_J)},
            {"preview.shuttleStop", QKeySequence(Qt::Key_K)},
            {"preview.shuttleForward", QKeySequence(Qt::Key_L)},
            {"preview.stepBackward", QKeySequence(Qt::Key_Left)},
            {"preview.stepForward", QKeySequence(Qt::Key_Right)},
            {"preview.goToStart", QKeySequence(Qt::Key_Home)},
            {"preview.goToEnd", QKeySequence(Qt::Key_End)},
            {"preview.markIn", QKeySequence(Qt::Key_I)},
            {"preview.markOut", QKeySequence(Qt::Key_O)},
            {"preview.safeAreas", QKeySequence(Qt::CTRL | Qt::Key_Apostrophe)}};
        for (const auto &[name, key] : expected) {
            QAction *a = m_panel->action(QString::fromLatin1(name));
            QVERIFY2(a, name);
            QCOMPARE(a->shortcut(), key);
            QVERIFY(!a->text().isEmpty());
            QVERIFY(a->toolTip().contains(key.toString(QKeySequence::NativeText)));
        }
        // Still there after a language change.
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(m_panel, &change);
        QVERIFY(!m_panel->action("preview.markIn")->toolTip().isEmpty());
    }

    void showsTheFrameUnderThePlayhead()
    {
        QVERIFY(showsFrame(0));
        QCOMPARE(m_panel->view()->frame().size(), m_panel->engine()->frameSize());
        QCOMPARE(m_panel->transport()->timecodeText(),
                 QStringLiteral("%1 / %2").arg(
                     Timecode::format(0, 30, 1, m_panel->transport()->locale()),
                     Timecode::format(1'000'000, 30, 1, m_panel->transport()->locale())));
        m_session->seek(m_grid.timeOf(12)); // the timeline asks
        QVERIFY(showsFrame(12));
    }

    void frameKeysAndMarks()
    {
        press(Qt::Key_Home);
        QCOMPARE(m_session->playheadUs(), 0);
        QVERIFY(showsFrame(0));
        for (int i = 0; i < 3; ++i)
            press(Qt::Key_Right);
        QCOMPARE(m_session->playheadUs(), m_grid.timeOf(3));
        QVERIFY(showsFrame(3));
        press(Qt::Key_I);
        QCOMPARE(m_session->markInUs(), std::optional<qint64>(m_grid.timeOf(3)));
        for (int i = 0; i < 5; ++i)
            press(Qt::Key_Right);
        press(Qt::Key_O);
        QCOMPARE(m_session->markOutUs(), std::optional<qint64>(m_grid.timeOf(8)));
        press(Qt::Key_Left);
        QCOMPARE(m_session->playheadUs(), m_grid.timeOf(7));
        QVERIFY(showsFrame(7));
        QVERIFY(m_panel->transport()->timecodeText().startsWith(
            Timecode::format(m_grid.timeOf(7), 30, 1, m_panel->transport()->locale())));
        press(Qt::Key_End);
        QCOMPARE(m_session->playheadUs(), 1'000'000);
        QVERIFY(showsFrame(29));
        press(Qt::Key_Left);
        QCOMPARE(m_session->playheadUs(), m_grid.timeOf(29));
    }

    void jklAndSpacePlay()
    {
        press(Qt::Key_Home);
        press(Qt::Key_L);
        QCOMPARE(m_panel->engine()->rate(), 1);
        QVERIFY(QTest::qWaitFor([&] { return m_session->playheadUs() >= 300'000; }, 5000));
        press(Qt::Key_K);
        QCOMPARE(m_panel->engine()->rate(), 0);
        const qint64 stoppedAt = m_session->playheadUs();
        QTest::qWait(150);
        QCOMPARE(m_session->playheadUs(), stoppedAt);
        QCOMPARE(shownCode(*m_panel), int(m_grid.indexAt(stoppedAt)));

        press(Qt::Key_L);
        press(Qt::Key_L);
        QCOMPARE(m_panel->engine()->rate(), 2);
        press(Qt::Key_J);
        QCOMPARE(m_panel->engine()->rate(), -1);
        QVERIFY(!m_panel->transport()->rateText().isEmpty());
        press(Qt::Key_K);

        QSignalSpy ended(m_panel->engine(), &PlaybackEngine::reachedEnd);
        press(Qt::Key_Space);
        QVERIFY(m_panel->engine()->isPlaying());
        QVERIFY(ended.wait(5000));
        QCOMPARE(m_session->playheadUs(), 1'000'000);
        QVERIFY(showsFrame(29));
        QVERIFY(!m_panel->transport()->droppedText().isEmpty());
        QVERIFY(!m_panel->engine()->isPlaying());
    }

    void editsShowAtOnce()
    {
        press(Qt::Key_Home);
        QVERIFY(showsFrame(0));
        const QSignalSpy frames(m_panel->engine(), &PlaybackEngine::frameReady);
        ProjectDocument *doc = m_session->document();
        const auto trimmed = doc->trimClip(doc->clips().first().id, 500'000, 1'000'000);
        QVERIFY(trimmed.ok());
        QVERIFY(showsFrame(15)); // the clip now starts at its frame 15
        QVERIFY(m_panel->transport()->timecodeText().endsWith(
            Timecode::format(500'000, 30, 1, m_panel->transport()->locale())));
        QVERIFY(!frames.isEmpty());
        doc->undoStack()->undo();
        QVERIFY(showsFrame(0));
    }

    void safeAreasAndLeftToRightInArabic()
    {
        QVERIFY(!m_panel->view()->isSafeAreaVisible());
        press(Qt::Key_Apostrophe, Qt::ControlModifier);
        QVERIFY(m_panel->view()->isSafeAreaVisible());
        QVERIFY(m_panel->action("preview.safeAreas")->isChecked());

        QApplication::setLayoutDirection(Qt::RightToLeft);
        QCOMPARE(m_panel->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(m_panel->view()->layoutDirection(), Qt::LeftToRight);
        QCOMPARE(m_panel->transport()->layoutDirection(), Qt::LeftToRight);
        // The go-to-start button stays left of the go-to-end button.
        auto *start = m_panel->transport()->findChild<QToolButton *>("preview.goToStart.button");
        auto *end = m_panel->transport()->findChild<QToolButton *>("preview.goToEnd.button");
        QVERIFY(start && end);
        QVERIFY(start->geometry().left() < end->geometry().left());

        QVERIFY(showsFrame(0));
        const QImage shot = m_panel->grab().toImage();
        QApplication::setLayoutDirection(Qt::LeftToRight);
        // The caption zone tints the picture's bottom: frame 0 is all dark there.
        const QRect picture = m_panel->view()->pictureRect();
        const QColor tinted =
            shot.pixelColor(picture.left() + picture.width() / 3, picture.bottom() - picture.height() / 20);
        QVERIFY2(tinted.red() > tinted.blue() + 20, qPrintable(tinted.name()));
        const QString dir = QStringLiteral(MONTAJ_SCREENSHOT_DIR);
        QDir().mkpath(dir);
        QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("preview_safe_areas.png"))));
        press(Qt::Key_Apostrophe, Qt::ControlModifier);
        QVERIFY(!m_panel->view()->isSafeAreaVisible());
    }

    void proxiesAreAskedFor()
    {
        QTemporaryDir dir;
        ProxyCache cache(dir.path());
        m_panel->setProxyCache(&cache);
        const QString source = m_session->document()->clips().first().mediaPath;
        QVERIFY(cache.status(source) != ProxyCache::Status::None);
        QVERIFY(cache.waitForIdle(60000));
        QCOMPARE(cache.status(source), ProxyCache::Status::Ready);
        m_session->seek(m_grid.timeOf(21));
        QVERIFY(showsFrame(21));
        m_panel->setProxyCache(nullptr);
    }

    void newDocumentStartsAtZero()
    {
        m_session->seek(m_grid.timeOf(9));
        QVERIFY(showsFrame(9));
        ProjectState other = project();
        other.clips.first().inUs = 500'000;
        auto document = ProjectDocument::fromState(other);
        QVERIFY(document.ok());
        m_session->setDocument(std::move(document).value());
        QCOMPARE(m_panel->engine()->position(), 0);
        QVERIFY(showsFrame(15));
    }
};

QTEST_MAIN(TestPreviewPanel)
#include "tst_previewpanel.moc"
