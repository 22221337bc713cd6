// The Edit page's timeline on real media, driven like a user: mouse events on the view (click,
// Ctrl/Shift-click, band selection, edge trims with and without snapping, reorder by drag, moving
// and trimming text), the panel's actions and keys (split, delete, ripple delete, Q/W, previous/next,
// move clip, select all, Esc), Ctrl+wheel zoom and fit, following the playhead, drops from the media
// bin and the music lane, thumbnails and waveforms arriving from the worker thread, and 200 clips
// painting quickly. Every edit is checked in the document and undone back to the exact state.

#include "core/edit/projectdocument.h"
#include "core/edit/timelineedits.h"
#include "tests/support/mediafixtures.h"
#include "ui/edit/editsession.h"
#include "ui/edit/mediapool.h"
#include "ui/edit/timelinedrop.h"
#include "ui/edit/timelinelayout.h"
#include "ui/edit/timelinemediacache.h"
#include "ui/edit/timelinepanel.h"
#include "ui/edit/timelineruler.h"
#include "ui/edit/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace montaj;
using namespace montaj::ui;

namespace {

constexpr qint64 kS = 1'000'000;

void mouse(QWidget *w, QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons,
           Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(type, pos, w->mapToGlobal(pos), button, buttons, modifiers);
    QApplication::sendEvent(w, &event);
}

void click(QWidget *w, QPointF pos, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    mouse(w, QEvent::MouseButtonPress, pos, Qt::LeftButton, Qt::LeftButton, modifiers);
    mouse(w, QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton, modifiers);
}

// Press at `from`, move there in a few steps, release: a user's drag.
void drag(QWidget *w, QPointF from, QPointF to, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    mouse(w, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
    for (int i = 1; i <= 4; ++i)
        mouse(w, QEvent::MouseMove, from + (to - from) * (i / 4.0), Qt::NoButton, Qt::LeftButton, modifiers);
    mouse(w, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, modifiers);
}

QString describe(const ProjectState &s)
{
    QStringList lines;
    for (const Clip &c : s.clips)
        lines << QString("clip %1 [%2,%3)").arg(c.id).arg(c.inUs).arg(c.outUs);
    for (const TextOverlay &o : s.overlays)
        lines << QString("text %1 [%2,%3)").arg(o.id).arg(o.startUs).arg(o.endUs);
    if (s.music.isSet())
        lines << QString("music at %1").arg(s.music.startUs);
    return lines.join("; ");
}

#define COMPARE_STATE(actual, expected)                                                                      \
    QVERIFY2((actual) == (expected),                                                                         \
             qPrintable(QString("\n got:  %1\n want: %2").arg(describe(actual), describe(expected))))

} // namespace

class TestTimelinePanel : public QObject
{
    Q_OBJECT

private:
    QString m_video;
    QString m_sound;

    Clip clip(const QString &id) const
    {
        Clip c;
        c.id = id;
        c.mediaPath = m_video;
        c.outUs = c.sourceDurationUs = 3 * kS;
        c.sourceSize = QSize(320, 240);
        c.sourceHasAudio = true;
        return c;
    }

    // c1 [0,3), c2 [3,6), c3 [6,9); text t1 [1,2.5); at 100 px per second, scrolled to 0.
    struct Fixture
    {
        EditSession session;
        TimelinePanel *panel = nullptr;
        TimelineView *view = nullptr;
        QWidget *vp = nullptr;

        explicit Fixture(const ProjectState &state)
        {
            auto doc = ProjectDocument::fromState(state);
            if (!doc)
                qFatal("%s", qPrintable(doc.error().toString()));
            session.setDocument(std::move(doc).value());
            panel = new TimelinePanel(&session);
            panel->resize(1200, 420);
            panel->show();
            if (!QTest::qWaitForWindowExposed(panel))
                qFatal("no window");
            view = panel->view();
            vp = view->viewport();
            view->setPxPerSecond(100, view->timelineLayout().timeAreaLeft());
            view->horizontalScrollBar()->setValue(0);
        }
        ~Fixture() { delete panel; }

        ProjectDocument *doc() const { return session.document(); }
        const TimelineLayout &layout() const { return view->timelineLayout(); }
        QRectF rect(const QString &id) const { return layout().itemRect(id); }
        double x(qint64 us) const { return layout().xForTime(us); }
        double y(TimelineLane lane) const { return layout().laneRect(lane).center().y(); }
        QAction *action(const char *name) const { return panel->action(QLatin1String(name)); }
        int steps() const { return doc()->undoStack()->count(); }
    };

    ProjectState threeClips() const
    {
        ProjectState s;
        s.clips = {clip("c1"), clip("c2"), clip("c3")};
        TextOverlay t;
        t.id = "t1";
        t.text = "Hello";
        t.startUs = 1 * kS;
        t.endUs = 2'500'000;
        s.overlays = {t};
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_video = test::MediaFixtures::h264();
        m_sound = test::MediaFixtures::sine("timeline_sine.m4a", {"-c:a", "aac"}, 4.0);
        QVERIFY(!m_video.isEmpty());
        QVERIFY(!m_sound.isEmpty());
    }

    void clicksSelect()
    {
        Fixture f(threeClips());
        click(f.vp, f.rect("c2").center());
        QCOMPARE(f.session.selection(), QStringList{"c2"});
        click(f.vp, f.rect("c3").center(), Qt::ControlModifier);
        QCOMPARE(f.session.selection(), (QStringList{"c2", "c3"}));
        click(f.vp, f.rect("c2").center(), Qt::ControlModifier);
        QCOMPARE(f.session.selection(), QStringList{"c3"});
        click(f.vp, f.rect("t1").center(), Qt::ShiftModifier);
        QCOMPARE(f.session.selection(), (QStringList{"c3", "t1"}));
        // A plain click on one of several selected items keeps only it.
        click(f.vp, f.rect("t1").center());
        QCOMPARE(f.session.selection(), QStringList{"t1"});
        // The same audio block belongs to the clip.
        click(f.vp, QPointF(f.rect("c1").center().x(), f.y(TimelineLane::Audio)));
        QCOMPARE(f.session.selection(), QStringList{"c1"});
        click(f.vp, QPointF(f.x(4 * kS), f.y(TimelineLane::Captions)));
        QVERIFY(f.session.selection().isEmpty());
        QCOMPARE(f.steps(), 0);
    }

    void bandSelects()
    {
        Fixture f(threeClips());
        // From an empty spot in the Text lane up into the Video lane, over c2 and c3 but not c1.
        drag(f.vp, QPointF(f.x(3'200'000), f.y(TimelineLane::Text)),
             QPointF(f.x(7 * kS), f.y(TimelineLane::Video)));
        QCOMPARE(f.session.selection(), (QStringList{"c2", "c3"}));
        // Ctrl adds to what was selected.
        f.session.setSelection({"t1"});
        drag(f.vp, QPointF(f.x(8'500'000), f.y(TimelineLane::Captions)),
             QPointF(f.x(7 * kS), f.y(TimelineLane::Audio)), Qt::ControlModifier);
        QCOMPARE(f.session.selection(), (QStringList{"t1", "c3"}));
    }

    void splitByActionAndKey()
    {
        Fixture f(threeClips());
        const ProjectState before = f.doc()->state();
        f.session.seek(4'500'000);
        QVERIFY(f.action("timelineSplitAction")->isEnabled());
        f.action("timelineSplitAction")->trigger();
        QCOMPARE(f.doc()->clips().size(), 4);
        ProjectState expected = before;
        Clip right = expected.clips.at(1);
        right.id = f.doc()->clips().at(2).id;
        right.inUs = 1'500'000;
        expected.clips[1].outUs = 1'500'000;
        expected.clips.insert(2, right);
        COMPARE_STATE(f.doc()->state(), expected);
        QCOMPARE(f.steps(), 1);
        f.doc()->undoStack()->undo();
        COMPARE_STATE(f.doc()->state(), before);

        // The S key, with the text selected under the playhead at 2 s: only the text is cut.
        f.session.seek(2 * kS);
        f.session.setSelection({"t1"});
        f.panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(f.panel));
        f.view->setFocus();
        QTest::keyClick(f.view, Qt::Key_S);
        QCOMPARE(f.doc()->overlays().size(), 2);
        QCOMPARE(f.doc()->overlays().at(0).endUs, 2 * kS);
        QCOMPARE(f.doc()->overlays().at(1).startUs, 2 * kS);
        QCOMPARE(f.doc()->overlays().at(1).endUs, 2'500'000);
        QCOMPARE(f.doc()->clips().size(), 3);

        // On a cut there is nothing to split: the panel says so and nothing changes.
        f.session.setSelection({});
        f.session.seek(3 * kS);
        QVERIFY(!f.action("timelineSplitAction")->isEnabled());
    }

    void dragTrimsClipEdgesWithSnapping()
    {
        Fixture f(threeClips());
        const ProjectState before = f.doc()->state();
        const QRectF c1 = f.rect("c1");
        // Off a frame boundary on purpose: only snapping can land exactly here.
        f.session.seek(2'010'000);
        const QPointF edge(c1.right() - 2, c1.center().y());
        const QPointF target(f.x(2 * kS) - 2, edge.y()); // the edge itself lands on 2 s
        drag(f.vp, edge, target);
        QCOMPARE(f.doc()->clip("c1")->outUs, 2'010'000);
        QCOMPARE(f.steps(), 1);
        f.doc()->undoStack()->undo();
        COMPARE_STATE(f.doc()->state(), before);

        // Shift while dragging: no snapping, the edge lands on the frame under the mouse.
        drag(f.vp, edge, target, Qt::ShiftModifier);
        QCOMPARE(f.doc()->clip("c1")->outUs, 2 * kS);
        f.doc()->undoStack()->undo();

        // The snapping toggle turns it off too.
        f.action("timelineSnappingAction")->trigger();
        QVERIFY(!f.view->snapping());
        drag(f.vp, edge, target);
        QCOMPARE(f.doc()->clip("c1")->outUs, 2 * kS);
        f.doc()->undoStack()->undo();
        f.action("timelineSnappingAction")->trigger();

        // The start edge of c2: dragging right takes source from its front.
        const QRectF c2 = f.rect("c2");
        drag(f.vp, QPointF(c2.left() + 2, c2.center().y()), QPointF(f.x(4 * kS) + 1, c2.center().y()),
             Qt::ShiftModifier);
        QCOMPARE(f.doc()->clip("c2")->inUs, 1 * kS);
        QCOMPARE(f.doc()->clip("c2")->outUs, 3 * kS);
        QCOMPARE(f.doc()->durationUs(), 8 * kS);
        // Its source ends at 3 s: pulling c3's end further right stops there.
        f.doc()->undoStack()->undo();
        const QRectF c3 = f.rect("c3");
        drag(f.vp, QPointF(c3.right() - 2, c3.center().y()), QPointF(c3.right() + 200, c3.center().y()));
        QCOMPARE(f.doc()->clip("c3")->outUs, 3 * kS);
        QCOMPARE(f.doc()->undoStack()->index(), 0); // the last drag changed nothing: no step
        COMPARE_STATE(f.doc()->state(), before);
    }

    void dragReordersClips()
    {
        Fixture f(threeClips());
        const ProjectState before = f.doc()->state();
        const QRectF c1 = f.rect("c1");
        drag(f.vp, c1.center(), QPointF(f.x(6 * kS) - 10, c1.center().y()));
        QCOMPARE(f.doc()->clips().at(0).id, QString("c2"));
        QCOMPARE(f.doc()->clips().at(1).id, QString("c1"));
        QCOMPARE(f.doc()->clips().at(2).id, QString("c3"));
        QCOMPARE(f.steps(), 1);
        QCOMPARE(f.doc()->undoStack()->text(0), QString("Move clip"));
        f.doc()->undoStack()->undo();
        COMPARE_STATE(f.doc()->state(), before);
        // Dropped back where it was: nothing happens.
        drag(f.vp, c1.center(), QPointF(f.x(200'000), c1.center().y()));
        QCOMPARE(f.doc()->undoStack()->index(), 0);
        COMPARE_STATE(f.doc()->state(), before);
    }

    void dragMovesAndTrimsText()
    {
        Fixture f(threeClips());
        const ProjectState before = f.doc()->state();
        const QRectF t1 = f.rect("t1");
        drag(f.vp, t1.center(), t1.center() + QPointF(100, 0), Qt::ShiftModifier); // one second later
        QCOMPARE(f.doc()->overlay("t1")->startUs, 2 * kS);
        QCOMPARE(f.doc()->overlay("t1")->endUs, 3'500'000);
        f.doc()->undoStack()->undo();
        COMPARE_STATE(f.doc()->state(), before);
        // With snapping its end sticks to the c1|c2 cut (3 s) when dropped 50 ms short of it.
        drag(f.vp, t1.center(), t1.center() + QPointF(45, 0));
        QCOMPARE(f.doc()->overlay("t1")->endUs, 3 * kS);
        QCOMPARE(f.doc()->overlay("t1")->startUs, 1'500'000);
        f.doc()->undoStack()->undo();
        // The start edge.
        drag(f.vp, QPointF(t1.left() + 2, t1.center().y()), QPointF(f.x(500'000) + 2, t1.center().y()),
             Qt::ShiftModifier);
        QCOMPARE(f.doc()->overlay("t1")->startUs, 500'000);
        QCOMPARE(f.doc()->overlay("t1")->endUs, 2'500'000);
        f.doc()->undoStack()->undo();
        COMPARE_STATE(f.doc()->state(), before);
    }

    void keyboardCommands()
    {
        Fixture f(threeClips());
        const ProjectState before = f.doc()->state();
        const QList<QAction *> actions = f.panel->actions();
        QCOMPARE(actions.size(), 17);
        for (QAction *a : actions) {
            QVERIFY2(!a->objectName().isEmpty(), qPrintable(a->text()));
            QVERIFY2(!a->text().isEmpty(), qPrintable(a->objectName()));
            QVERIFY(!a->toolTip().isEmpty());
        }
        QCOMPARE(f.action("timelineSplitAction")->shortcut(), QKeySequence(Qt::Key_S));
        QCOMPARE(f.action("timelineRippleDeleteAction")->shortcut(),
                 QKeySequence(Qt::ShiftModifier | Qt::Key_Delete));
        QCOMPARE(f.action("timelineSelectNextAction")->shortcut(),
                 QKeySequence(Qt::AltModifier | Qt::Key_Right));
        QCOMPARE(f.action("timelineMoveLaterAction")->shortcut(),
                 QKeySequence(Qt::ControlModifier | Qt::Key_Right));
        QCOMPARE(f.action("timelineTrimStartAction")->shortcut(), QKeySequence(Qt::Key_Q));
        QCOMPARE(f.action("timelineTrimEndAction")->shortcut(), QKeySequence(Qt::Key_W));
        QCOMPARE(f.action("timelineZoomFitAction")->shortcut(), QKeySequence(Qt::ShiftModifier | Qt::Key_Z));
        // The preview's keys stay free.
        for (QAction *a : actions)
            for (const QKeySequence &k : a->shortcuts())
                for (const auto key : {Qt::Key_Left, Qt::Key_Right, Qt::Key_Space, Qt::Key_J, Qt::Key_K,
                                       Qt::Key_L, Qt::Key_I, Qt::Key_O, Qt::Key_Home, Qt::Key_End})
                    QVERIFY2(k != QKeySequence(key), qPrintable(a->objectName()));

        f.panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(f.panel));
        f.view->setFocus();
        // Alt+Right from nothing starts at the playhead; then walks in time order (t1 starts at 1 s).
        QTest::keyClick(f.view, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(f.session.selection(), QStringList{"c1"});
        QTest::keyClick(f.view, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(f.session.selection(), QStringList{"t1"});
        QTest::keyClick(f.view, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(f.session.selection(), QStringList{"c2"});
        QTest::keyClick(f.view, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(f.session.selection(), QStringList{"t1"});

        // Ctrl+Right moves the selected clip later.
        f.session.setSelection({"c1"});
        QTest::keyClick(f.view, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(f.doc()->clips().at(1).id, QString("c1"));
        QTest::keyClick(f.view, Qt::Key_Left, Qt::ControlModifier);
        COMPARE_STATE(f.doc()->state(), before);
        QCOMPARE(f.steps(), 2);

        // Q: c2 [3,6) loses what is before the playhead, and the playhead goes back to its start.
        f.session.setSelection({});
        f.session.seek(4 * kS);
        QTest::keyClick(f.view, Qt::Key_Q);
        QCOMPARE(f.doc()->clip("c2")->inUs, 1 * kS);
        QCOMPARE(f.session.playheadUs(), 3 * kS);
        f.session.seek(4 * kS); // c2 now [3,5) over source [1,3)
        QTest::keyClick(f.view, Qt::Key_W);
        QCOMPARE(f.doc()->clip("c2")->outUs, 2 * kS);
        QCOMPARE(f.steps(), 4);

        // Ctrl+A, Esc.
        QTest::keyClick(f.view, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(f.session.selection(), (QStringList{"c1", "t1", "c2", "c3"}));
        QTest::keyClick(f.view, Qt::Key_Escape);
        QVERIFY(f.session.selection().isEmpty());

        // Delete closes the gap, texts keep their time; Shift+Delete ripples them.
        f.doc()->undoStack()->setIndex(0);
        f.session.setSelection({"c1"});
        QTest::keyClick(f.view, Qt::Key_Delete);
        QCOMPARE(f.doc()->clips().size(), 2);
        QCOMPARE(f.doc()->overlay("t1")->startUs, 1 * kS);
        f.doc()->undoStack()->undo();
        COMPARE_STATE(f.doc()->state(), before);
        f.session.setSelection({"c1"});
        QTest::keyClick(f.view, Qt::Key_Delete, Qt::ShiftModifier);
        QCOMPARE(f.doc()->clips().size(), 2);
        QVERIFY(!f.doc()->overlay("t1")); // it lay wholly inside c1's time
        f.doc()->undoStack()->undo();
        COMPARE_STATE(f.doc()->state(), before);

        // Nudge the text a frame later.
        f.session.setSelection({"t1"});
        QTest::keyClick(f.view, Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(f.doc()->overlay("t1")->startUs, 1'033'333);
    }

    void refusedEditsShowAMessage()
    {
        Fixture f(threeClips());
        QSignalSpy errors(f.panel, &TimelinePanel::errorOccurred);
        f.session.setSelection({"c1", "c2"});
        f.action("timelineNudgeLaterAction")->setEnabled(true);
        f.action("timelineNudgeLaterAction")->trigger(); // clips cannot be nudged
        QCOMPARE(errors.count(), 1);
        const auto *status = f.panel->findChild<QLabel *>("timelineStatus");
        QVERIFY(status);
        QCOMPARE(status->text(), errors.at(0).at(0).toString());
        QCOMPARE(f.steps(), 0);
    }

    void zoomScrollAndFollow()
    {
        Fixture f(threeClips());
        QSignalSpy zoomed(f.view, &TimelineView::zoomChanged);
        const QPointF at(f.x(3 * kS), f.y(TimelineLane::Video));
        QWheelEvent wheel(at, f.vp->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(f.vp, &wheel);
        QCOMPARE(zoomed.count(), 1);
        QVERIFY(qAbs(f.view->pxPerSecond() - 125.0) < 1e-6);
        QVERIFY(qAbs(f.x(3 * kS) - at.x()) <= 1.0); // the time under the mouse stays put
        const auto *slider = f.panel->findChild<QSlider *>("timelineZoomSlider");
        QVERIFY(slider);
        const int sliderBefore = slider->value();
        f.action("timelineZoomInAction")->trigger();
        QVERIFY(slider->value() > sliderBefore);

        f.action("timelineZoomFitAction")->trigger();
        QVERIFY(f.rect("c3").right() <= f.vp->width());
        QVERIFY(f.rect("c3").right() > f.vp->width() * 0.7);
        QCOMPARE(f.view->horizontalScrollBar()->value(), 0);

        // Zoomed in, moving the playhead out of view pages the view along.
        f.view->setPxPerSecond(1000, f.layout().timeAreaLeft());
        f.view->horizontalScrollBar()->setValue(0);
        f.session.seek(8 * kS);
        QVERIFY(f.view->horizontalScrollBar()->value() > 0);
        const double x = f.x(8 * kS);
        QVERIFY(x >= f.layout().timeAreaLeft() && x < f.vp->width());

        // Dragging on the ruler moves the playhead.
        f.view->setPxPerSecond(100, f.layout().timeAreaLeft());
        f.view->horizontalScrollBar()->setValue(0);
        const double rulerY = f.layout().rulerRect().center().y();
        drag(f.vp, QPointF(f.x(1 * kS), rulerY), QPointF(f.x(5 * kS), rulerY));
        QVERIFY(qAbs(f.session.playheadUs() - 5 * kS) <= 10'000);
    }

    void dropsInsertClipsAndSetMusic()
    {
        Fixture f(threeClips());
        const ProjectState before = f.doc()->state();
        auto *mime = new QMimeData;
        mime->setData(EditSession::kMediaMimeType, QString(m_video + "\n" + m_sound).toUtf8());
        const QPointF at(f.x(3 * kS) + 5, f.y(TimelineLane::Video)); // the c1|c2 cut
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(f.vp, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(f.vp, &move);
        QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(f.vp, &drop);
        QTRY_COMPARE(f.doc()->clips().size(), 5);
        QCOMPARE(f.steps(), 1);
        QCOMPARE(f.doc()->clips().at(0).id, QString("c1"));
        QCOMPARE(f.doc()->clips().at(1).mediaPath, m_video);
        QCOMPARE(f.doc()->clips().at(2).mediaPath, m_sound);
        QVERIFY(!f.doc()->clips().at(2).sourceHasVideo);
        QCOMPARE(f.doc()->clips().at(3).id, QString("c2"));
        QCOMPARE(f.doc()->media(), (QStringList{m_video, m_sound}));
        QCOMPARE(f.session.selection(), (QStringList{f.doc()->clips().at(1).id, f.doc()->clips().at(2).id}));
        f.doc()->undoStack()->undo();
        COMPARE_STATE(f.doc()->state(), before);

        // A sound file from the file manager dropped on the music lane at 2 s becomes the music.
        auto *urls = new QMimeData;
        urls->setUrls({QUrl::fromLocalFile(m_sound)});
        const QPointF onMusic(f.x(2 * kS), f.y(TimelineLane::Music));
        QDragEnterEvent enter2(onMusic.toPoint(), Qt::CopyAction, urls, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(f.vp, &enter2);
        QDropEvent drop2(onMusic, Qt::CopyAction, urls, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(f.vp, &drop2);
        QTRY_VERIFY(f.doc()->music().isSet());
        QCOMPARE(f.doc()->music().path, m_sound);
        QVERIFY(qAbs(f.doc()->music().startUs - 2 * kS) <= 10'000);
        QCOMPARE(f.doc()->clips().size(), 3);
        QCOMPARE(f.steps(), 1);

        // Dragging the music moves it in time.
        const QRectF music = *f.layout().musicRect();
        drag(f.vp, music.center(), music.center() - QPointF(100, 0), Qt::ShiftModifier);
        QVERIFY(qAbs(f.doc()->music().startUs - 1 * kS) <= 40'000);
        QCOMPARE(f.steps(), 2);
        delete mime;
        delete urls;
    }

    void picturesAndSoundArriveFromTheWorker()
    {
        ProjectState s = threeClips();
        MusicTrack music;
        music.path = m_sound;
        music.sourceDurationUs = 4 * kS;
        s.music = music;
        Fixture f(s);
        f.panel->grab(); // paints: asks for thumbnails and waveforms
        TimelineMediaCache *cache = f.view->mediaCache();
        QVERIFY(cache->isBusy());
        cache->waitForIdle();
        const int height = int(f.rect("c1").height() - 2);
        const QList<QImage> *thumbs = cache->thumbnails(m_video, 4, height);
        QVERIFY(thumbs);
        QCOMPARE(thumbs->size(), 4);
        QCOMPARE(thumbs->first().height(), height);
        const auto *peaks = cache->peaks(m_sound, 200);
        QVERIFY(peaks);
        QCOMPARE(peaks->size(), 200);
        float loudest = 0;
        for (const auto &p : *peaks)
            loudest = std::max(loudest, p.high);
        QVERIFY(loudest > 0.4f && loudest < 0.6f); // the 0.5 sine
        QVERIFY(!cache->isBusy());
        f.panel->grab();
    }

    void twoHundredClipsPaintQuickly()
    {
        ProjectState s;
        for (int i = 0; i < 200; ++i)
            s.clips << clip(QString("clip%1").arg(i));
        for (int i = 0; i < 40; ++i) {
            TextOverlay t;
            t.id = QString("text%1").arg(i);
            t.text = QString("Title %1").arg(i);
            t.startUs = i * 10 * kS;
            t.endUs = t.startUs + 14 * kS; // overlapping: two rows
            s.overlays << t;
        }
        Fixture f(s);
        QCOMPARE(f.layout().overlayRowCount(), 2);
        f.action("timelineZoomFitAction")->trigger();
        f.panel->grab();
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 10; ++i)
            f.vp->repaint();
        const qint64 fitMs = timer.restart();
        f.view->setPxPerSecond(200);
        for (int i = 0; i < 10; ++i) {
            f.view->horizontalScrollBar()->setValue(i * 500);
            f.vp->repaint();
        }
        const qint64 scrollMs = timer.elapsed();
        qInfo("10 paints fitted: %lld ms, 10 scrolled paints: %lld ms", fitMs, scrollMs);
        QVERIFY2(fitMs < 1500, qPrintable(QString::number(fitMs)));
        QVERIFY2(scrollMs < 1500, qPrintable(QString::number(scrollMs)));
        f.view->mediaCache()->waitForIdle();
    }

    void timeRunsLeftToRightAndFollowsLanguage()
    {
        Fixture f(threeClips());
        f.panel->setLayoutDirection(Qt::RightToLeft);
        QCOMPARE(f.view->layoutDirection(), Qt::LeftToRight);
        QVERIFY(f.rect("c1").left() < f.rect("c2").left());
        QCOMPARE(f.view->accessibleName(), QString("Timeline"));
        QVERIFY(f.view->accessibleDescription().contains(TimelineRuler::timecode(9 * kS, Canvas(), false)));
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(f.panel, &change);
        QApplication::sendEvent(f.view, &change);
        QCOMPARE(f.action("timelineSplitAction")->text(), QString("Split"));
        QCOMPARE(f.view->accessibleName(), QString("Timeline"));
        QCOMPARE(TimelineRuler::timecode(65 * kS + 400'000, Canvas(), true), QString("1:05:12"));
        QCOMPARE(TimelineRuler::timecode(3725 * kS, Canvas(), false), QString("1:02:05"));
        Canvas ntsc;
        ntsc.fpsNum = 30000;
        ntsc.fpsDen = 1001;
        QCOMPARE(TimelineRuler::timecode(TimelineEdits::framesToUs(ntsc, 30), ntsc, true),
                 QString("0:01:00"));
    }
};

QTEST_MAIN(TestTimelinePanel)
#include "tst_timelinepanel.moc"
