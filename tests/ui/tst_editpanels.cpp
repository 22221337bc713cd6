// The Edit page's side panels on real media: the inspector turns each edit into exactly one
// document verb and one undo step (a slider drag is one step; several clips change as one macro),
// follows undo and redo without echoing them back, and shows a verb's error inline; the media bin
// imports by dialog and by drop, reads the files off the UI thread, flags unreadable ones with the
// reason and puts media on the timeline; the relink dialog finds moved files as one undo step.

#include "core/edit/projectvalidator.h"
#include "core/media/mediaprobe.h"
#include "tests/support/mediafixtures.h"
#include "ui/edit/editsession.h"
#include "ui/edit/inspectorclippage.h"
#include "ui/edit/inspectorcolorbutton.h"
#include "ui/edit/inspectormultipage.h"
#include "ui/edit/inspectorpanel.h"
#include "ui/edit/inspectorprojectpage.h"
#include "ui/edit/inspectortextpage.h"
#include "ui/edit/inspectortimecodeedit.h"
#include "ui/edit/mediabinactions.h"
#include "ui/edit/mediabinmodel.h"
#include "ui/edit/mediabinpanel.h"
#include "ui/edit/mediapool.h"
#include "ui/edit/panelformat.h"
#include "ui/edit/relinkdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>
#include <QUndoStack>
#include <QUrl>

using namespace montaj;
using namespace montaj::ui;

namespace {

Clip clipOf(const QString &path, qint64 sourceUs, bool audio = true)
{
    static int next = 0;
    Clip clip;
    clip.id = QString("clip-%1").arg(++next);
    clip.mediaPath = path;
    clip.sourceDurationUs = sourceUs;
    clip.outUs = sourceUs;
    clip.sourceSize = QSize(320, 240);
    clip.sourceHasAudio = audio;
    return clip;
}

std::unique_ptr<ProjectDocument> documentOf(const ProjectState &state)
{
    auto doc = ProjectDocument::fromState(state);
    if (!doc)
        qFatal("%s", qPrintable(doc.error().toString()));
    return std::move(doc).value();
}

// Types `text` into a line edit and presses Enter, as a user would.
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

// Saves what the widget looks like for people reviewing the build (not compared).
void screenshot(QWidget *widget, const QString &name)
{
    QDir().mkpath(MONTAJ_SCREENSHOT_DIR);
    widget->resize(widget->sizeHint().expandedTo(QSize(360, 420)));
    QVERIFY(widget->grab().save(QDir(MONTAJ_SCREENSHOT_DIR).filePath(name)));
}

// Types any script the way a keyboard layout does: key events carrying the text.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

void typeInto(QAbstractSpinBox *spin, const QString &text)
{
    spin->selectAll();
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Return);
}

} // namespace

class TestEditPanels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_video; // 3 s, 320×240, no sound
    QString m_sound; // 2 s sine
    QString m_garbage;

    QString copyTo(const QString &source, const QString &relative)
    {
        const QString target = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::remove(target);
        if (!QFile::copy(source, target))
            qFatal("cannot copy %s", qPrintable(source));
        return target;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_video = test::MediaFixtures::h264();
        m_sound = test::MediaFixtures::sine(QStringLiteral("sine_aac.m4a"),
                                            {QStringLiteral("-c:a"), QStringLiteral("aac")});
        m_garbage = test::MediaFixtures::broken(QStringLiteral("garbage"));
        QVERIFY(!m_video.isEmpty() && !m_sound.isEmpty() && !m_garbage.isEmpty());
    }

    void timecodesAreFrameExact()
    {
        Canvas canvas; // 30 fps
        QCOMPARE(PanelFormat::frameStartUs(15, canvas), 500'000);
        QCOMPARE(PanelFormat::frameAt(500'000, canvas), 15);
        QCOMPARE(PanelFormat::parseTimecode(PanelFormat::timecodeOfFrame(3 * 30 * 60 + 17, canvas), canvas),
                 3 * 30 * 60 + 17);
        QCOMPARE(PanelFormat::parseTimecode("00:00:01:29", canvas), 59);
        QCOMPARE(PanelFormat::parseTimecode("1:00", canvas), 30);
        QCOMPARE(PanelFormat::parseTimecode("45", canvas), 45);
        QVERIFY(!PanelFormat::parseTimecode("00:00:01:30", canvas)); // 30 frames is the next second
        QVERIFY(!PanelFormat::parseTimecode("abc", canvas));
        QVERIFY(!PanelFormat::parseTimecode("1::2", canvas));
        canvas.fpsNum = 30000;
        canvas.fpsDen = 1001;
        QCOMPARE(PanelFormat::timecodeBase(canvas), 30);
        for (const qint64 frame : {0, 1, 29, 30, 1799, 108000})
            QCOMPARE(PanelFormat::frameAt(PanelFormat::frameStartUs(frame, canvas), canvas), frame);
    }

    void clipEditsAreOneVerbEach()
    {
        ProjectState state;
        state.clips << clipOf("/media/a.mp4", 3'000'000);
        state.clips.first().id = "clip-a";
        EditSession session;
        session.setDocument(documentOf(state));
        InspectorPanel inspector(&session);
        inspector.show();
        QCOMPARE(inspector.mode(), InspectorPanel::Mode::Project);
        session.setSelection({"clip-a"});
        QCOMPARE(inspector.mode(), InspectorPanel::Mode::Clip);
        ProjectDocument *doc = session.document();
        QUndoStack *stack = doc->undoStack();
        const Canvas canvas = doc->canvas();
        auto *page = inspector.clipPage();
        QCOMPARE(page->findChild<QLabel *>("clipFile")->text(), QString("a.mp4"));

        auto *in = page->findChild<InspectorTimecodeEdit *>("clipIn");
        auto *out = page->findChild<InspectorTimecodeEdit *>("clipOut");
        QCOMPARE(out->text(), PanelFormat::timecodeOfFrame(90, canvas));
        typeInto(in, PanelFormat::timecodeOfFrame(15, canvas));
        QCOMPARE(doc->clip("clip-a")->inUs, 500'000);
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->text(0), QString("Trim clip"));
        QCOMPARE(page->findChild<QLabel *>("clipDuration")->text(), PanelFormat::timecodeOfFrame(75, canvas));
        typeInto(out, PanelFormat::timecodeOfFrame(60, canvas));
        QCOMPARE(doc->clip("clip-a")->outUs, 2'000'000);
        QCOMPARE(stack->count(), 2);

        // Enter again on an unchanged field: nothing is sent.
        QTest::keyClick(out, Qt::Key_Return);
        QCOMPARE(stack->count(), 2);

        // Beyond the source: the verb's error, inline; the document stays.
        typeInto(out, PanelFormat::timecodeOfFrame(120, canvas));
        QCOMPARE(inspector.errorText(), QString("The clip cannot extend beyond its source media."));
        QCOMPARE(doc->clip("clip-a")->outUs, 2'000'000);
        QCOMPARE(stack->count(), 2);
        typeInto(out, "not a time");
        QVERIFY(inspector.errorText().startsWith("Type a time as hours:minutes:seconds:frames"));
        QCOMPARE(stack->count(), 2);

        // Undo and redo are shown, and showing them sends nothing back.
        stack->undo();
        QCOMPARE(doc->clip("clip-a")->outUs, 3'000'000);
        QCOMPARE(out->text(), PanelFormat::timecodeOfFrame(90, canvas));
        stack->redo();
        QCOMPARE(out->text(), PanelFormat::timecodeOfFrame(60, canvas));
        QCOMPARE(stack->count(), 2);
        QCOMPARE(stack->index(), 2);

        // Mute: one step; undo shows it unticked again.
        auto *mute = page->findChild<QCheckBox *>("clipMute");
        mute->click();
        QVERIFY(doc->clip("clip-a")->muted);
        QCOMPARE(stack->count(), 3);
        QCOMPARE(stack->text(2), QString("Mute clip"));
        stack->undo();
        QVERIFY(!mute->isChecked());
        stack->redo();

        // Framing: crop, then an invalid rectangle (error, unchanged), then a valid one.
        auto *fit = page->findChild<QComboBox *>("clipFit");
        Q_EMIT fit->activated(int(FitMode::Crop));
        QCOMPARE(doc->clip("clip-a")->fit, FitMode::Crop);
        QCOMPARE(stack->count(), 4);
        auto *cropX = page->findChild<QDoubleSpinBox *>("cropX");
        auto *cropW = page->findChild<QDoubleSpinBox *>("cropWidth");
        QVERIFY(cropX->isEnabled());
        cropX->setValue(10);
        Q_EMIT cropX->editingFinished();
        QCOMPARE(inspector.errorText(),
                 QString("The crop rectangle must lie inside the frame and must not be empty."));
        QCOMPARE(doc->clip("clip-a")->cropRect, QRectF(0, 0, 1, 1));
        QCOMPARE(stack->count(), 4);
        cropW->setValue(80);
        Q_EMIT cropW->editingFinished();
        QCOMPARE(doc->clip("clip-a")->cropRect, QRectF(0.1, 0, 0.8, 1));
        QCOMPARE(stack->count(), 5);
        QVERIFY(inspector.errorText().isEmpty());
        screenshot(&inspector, "edit-inspector-clip.png");
    }

    void volumeGestureIsOneStep()
    {
        ProjectState state;
        state.clips << clipOf("/media/a.mp4", 3'000'000);
        state.clips.first().id = "clip-a";
        EditSession session;
        session.setDocument(documentOf(state));
        InspectorPanel inspector(&session);
        inspector.show();
        session.setSelection({"clip-a"});
        ProjectDocument *doc = session.document();
        QUndoStack *stack = doc->undoStack();
        auto *slider = inspector.clipPage()->findChild<QSlider *>("volumeSlider");
        auto *spin = inspector.clipPage()->findChild<QSpinBox *>("volumeSpin");
        auto *db = inspector.clipPage()->findChild<QLabel *>("volumeDecibels");
        QCOMPARE(slider->value(), 100);

        slider->setSliderDown(true);
        for (const int v : {110, 130, 160, 180})
            slider->setValue(v);
        QCOMPARE(doc->clip("clip-a")->volume, 1.0); // nothing while dragging
        QCOMPARE(spin->value(), 180);
        QCOMPARE(db->text(), PanelFormat::decibels(1.8));
        slider->setSliderDown(false);
        QCOMPARE(doc->clip("clip-a")->volume, 1.8);
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->text(0), QString("Change clip volume"));

        // Typing in the spin box: one step when it is finished.
        typeInto(spin, "50");
        QCOMPARE(doc->clip("clip-a")->volume, 0.5);
        QCOMPARE(stack->count(), 2);
        QCOMPARE(slider->value(), 50);

        // A key step on the slider is a gesture of its own.
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_PageUp);
        QCOMPARE(doc->clip("clip-a")->volume, 0.6);
        QCOMPARE(stack->count(), 3);
        stack->undo();
        QCOMPARE(slider->value(), 50);
        QCOMPARE(stack->count(), 3);
    }

    void textOverlayEdits()
    {
        ProjectState state;
        state.clips << clipOf("/media/a.mp4", 3'000'000);
        TextOverlay overlay;
        overlay.id = "text-1";
        overlay.text = "Hello";
        overlay.endUs = 2'000'000;
        state.overlays << overlay;
        EditSession session;
        session.setDocument(documentOf(state));
        InspectorPanel inspector(&session);
        inspector.show();
        session.setSelection({"text-1"});
        QCOMPARE(inspector.mode(), InspectorPanel::Mode::Text);
        ProjectDocument *doc = session.document();
        QUndoStack *stack = doc->undoStack();
        InspectorTextPage *page = inspector.textPage();

        // Arabic and Latin typed naturally; each paragraph takes its own direction.
        auto *text = page->findChild<QTextEdit *>("overlayText");
        text->selectAll();
        const QString arabic = QString::fromUtf8("مرحبا بالعالم");
        typeText(text, arabic);
        QTest::keyClick(text, Qt::Key_Return);
        typeText(text, "Hello 2");
        QCOMPARE(stack->count(), 0); // not yet: typing is one gesture
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(doc->overlay("text-1")->text, QString(arabic + "\nHello 2"));
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->text(0), QString("Edit text"));
        QCOMPARE(text->document()->firstBlock().textDirection(), Qt::RightToLeft);
        QCOMPARE(text->document()->lastBlock().textDirection(), Qt::LeftToRight);
        // …and sits on its own side: the Arabic line starts at the right edge.
        const QTextLayout *arabicLayout = text->document()->firstBlock().layout();
        const QTextLayout *latinLayout = text->document()->lastBlock().layout();
        QVERIFY(arabicLayout->lineCount() == 1 && latinLayout->lineCount() == 1);
        QVERIFY(arabicLayout->lineAt(0).naturalTextRect().left()
                > latinLayout->lineAt(0).naturalTextRect().left());

        // No words: the verb's error; the document keeps its text.
        text->clear();
        page->commitText();
        QCOMPARE(inspector.errorText(), QString("The text overlay has no text."));
        QCOMPARE(doc->overlay("text-1")->text, QString(arabic + "\nHello 2"));
        QCOMPARE(stack->count(), 1);
        stack->undo(); // back to "Hello": the field follows
        QCOMPARE(text->toPlainText(), QString("Hello"));
        stack->redo();

        page->findChild<InspectorColorButton *>("overlayColor")->choose(QColor(Qt::yellow));
        QCOMPARE(doc->overlay("text-1")->color, QColor(Qt::yellow));
        QCOMPARE(stack->count(), 2);
        page->findChild<InspectorColorButton *>("overlayOutlineColor")->choose(QColor(Qt::blue));
        QCOMPARE(doc->overlay("text-1")->outlineColor, QColor(Qt::blue));
        page->findChild<QCheckBox *>("overlayBox")->click();
        QVERIFY(doc->overlay("text-1")->box);
        page->findChild<QCheckBox *>("overlayBold")->click();
        QVERIFY(!doc->overlay("text-1")->bold);
        QCOMPARE(stack->count(), 5);

        auto *size = page->findChild<QDoubleSpinBox *>("overlaySize");
        QCOMPARE(size->value(), std::round(0.045 * 1920));
        size->setValue(96);
        Q_EMIT size->editingFinished();
        QCOMPARE(doc->overlay("text-1")->fontSize, 96.0 / 1920.0);
        auto *x = page->findChild<QDoubleSpinBox *>("overlayX");
        x->setValue(25);
        Q_EMIT x->editingFinished();
        QCOMPARE(doc->overlay("text-1")->position, QPointF(0.25, 0.8));
        Q_EMIT x->editingFinished(); // leaving again without a change sends nothing
        QCOMPARE(stack->count(), 7);

        auto *end = page->findChild<InspectorTimecodeEdit *>("overlayEnd");
        typeInto(end, PanelFormat::timecodeOfFrame(45, doc->canvas()));
        QCOMPARE(doc->overlay("text-1")->endUs, 1'500'000);
        QCOMPARE(stack->count(), 8);
        auto *start = page->findChild<InspectorTimecodeEdit *>("overlayStart");
        typeInto(start, PanelFormat::timecodeOfFrame(60, doc->canvas())); // after its end
        QCOMPARE(inspector.errorText(),
                 QString("The text must start at or after zero and end after it starts."));
        QCOMPARE(doc->overlay("text-1")->startUs, 0);
        QCOMPARE(stack->count(), 8);

        screenshot(&inspector, "edit-inspector-text.png");
        while (stack->canUndo())
            stack->undo();
        QCOMPARE(*doc->overlay("text-1"), overlay);
        QCOMPARE(text->toPlainText(), QString("Hello"));
    }

    void severalClipsChangeAsOneStep()
    {
        ProjectState state;
        for (const char *id : {"c1", "c2", "c3"}) {
            state.clips << clipOf("/media/a.mp4", 3'000'000);
            state.clips.last().id = id;
        }
        state.clips[1].muted = true;
        TextOverlay overlay;
        overlay.id = "t1";
        overlay.text = "Hi";
        overlay.endUs = 1'000'000;
        state.overlays << overlay;
        EditSession session;
        session.setDocument(documentOf(state));
        InspectorPanel inspector(&session);
        inspector.show();
        session.setSelection({"c1", "c2", "t1"});
        QCOMPARE(inspector.mode(), InspectorPanel::Mode::Several);
        InspectorMultiPage *page = inspector.multiPage();
        const QString summary = page->findChild<QLabel *>("selectionSummary")->text();
        QVERIFY(summary.startsWith(InspectorMultiPage::tr("%n item(s) selected", nullptr, 3)));
        QVERIFY(summary.contains(InspectorMultiPage::tr("%n clip(s)", nullptr, 2)));
        QVERIFY(summary.contains(InspectorMultiPage::tr("%n text(s)", nullptr, 1)));
        auto *mute = page->findChild<QCheckBox *>("multiMute");
        QCOMPARE(mute->checkState(), Qt::PartiallyChecked);

        ProjectDocument *doc = session.document();
        QUndoStack *stack = doc->undoStack();
        auto *slider = page->findChild<QSlider *>("volumeSlider");
        slider->setSliderDown(true);
        slider->setValue(40);
        slider->setValue(25);
        slider->setSliderDown(false);
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->text(0), InspectorMultiPage::tr("Change the volume of %n clip(s)", nullptr, 2));
        QCOMPARE(doc->clip("c1")->volume, 0.25);
        QCOMPARE(doc->clip("c2")->volume, 0.25);
        QCOMPARE(doc->clip("c3")->volume, 1.0); // not selected

        mute->click(); // mixed → all muted
        QVERIFY(doc->clip("c1")->muted && doc->clip("c2")->muted);
        QCOMPARE(stack->count(), 2);
        QCOMPARE(mute->checkState(), Qt::Checked);
        mute->click();
        QVERIFY(!doc->clip("c1")->muted && !doc->clip("c2")->muted);
        QCOMPARE(stack->count(), 3);
        QCOMPARE(stack->text(2), InspectorMultiPage::tr("Unmute %n clip(s)", nullptr, 2));

        stack->undo();
        stack->undo();
        QCOMPARE(mute->checkState(), Qt::PartiallyChecked);
        stack->undo(); // the one macro puts both volumes back
        QCOMPARE(doc->clip("c1")->volume, 1.0);
        QCOMPARE(doc->clip("c2")->volume, 1.0);
        QCOMPARE(slider->value(), 100);
    }

    void projectSettingsWhenNothingIsSelected()
    {
        EditSession session;
        InspectorPanel inspector(&session);
        inspector.show();
        QCOMPARE(inspector.mode(), InspectorPanel::Mode::Project);
        InspectorProjectPage *page = inspector.projectPage();
        ProjectDocument *doc = session.document();
        QUndoStack *stack = doc->undoStack();
        auto *shape = page->findChild<QComboBox *>("canvasShape");
        QCOMPARE(shape->currentIndex(), 0);
        Q_EMIT shape->activated(1);
        QCOMPARE(doc->canvas().size, QSize(1080, 1080));
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->text(0), QString("Change canvas"));
        auto *rate = page->findChild<QComboBox *>("canvasRate");
        const int at25 = rate->findData(QSize(25, 1));
        QVERIFY(at25 >= 0);
        Q_EMIT rate->activated(at25);
        QCOMPARE(doc->canvas().fpsNum, 25);
        QCOMPARE(doc->canvas().size, QSize(1080, 1080));
        page->findChild<InspectorColorButton *>("canvasBackground")->choose(QColor(Qt::darkBlue));
        QCOMPARE(doc->canvas().background, QColor(Qt::darkBlue));
        QCOMPARE(stack->count(), 3);
        stack->undo();
        stack->undo();
        QCOMPARE(rate->currentData().toSize(), QSize(30, 1));
        stack->undo();
        QCOMPARE(shape->currentIndex(), 0);
        QCOMPARE(stack->index(), 0);
    }

    void binImportsReadsAndFlags()
    {
        EditSession session;
        MediaBinPanel bin(&session);
        bin.show();
        auto *empty = bin.findChild<QLabel *>("mediaEmpty");
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains("Drop video"));
        const QString video = copyTo(m_video, "bin/holiday.mp4");
        const QString sound = copyTo(m_sound, "bin/song.m4a");
        const QString garbage = copyTo(m_garbage, "bin/broken.mp4");
        bin.setImportChooser([&] { return QStringList{video, sound}; });
        bin.importByDialog();
        ProjectDocument *doc = session.document();
        QCOMPARE(doc->media(), (QStringList{video, sound}));
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->undoStack()->text(0), QString("Import media"));
        QVERIFY(!empty->isVisible());

        // A file dropped from the desktop.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(garbage)});
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&bin, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&bin, &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(doc->media(), (QStringList{video, sound, garbage}));
        QCOMPARE(doc->undoStack()->count(), 2);

        // The bin's own drag does not import again.
        QMimeData own;
        own.setData(EditSession::kMediaMimeType, video.toUtf8());
        own.setUrls({QUrl::fromLocalFile(video)});
        QDragEnterEvent ownEnter(QPoint(20, 20), Qt::CopyAction, &own, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&bin, &ownEnter);
        QVERIFY(!ownEnter.isAccepted());

        MediaBinModel *model = bin.binModel();
        QTRY_COMPARE_WITH_TIMEOUT(int(model->statusOf(garbage)), int(MediaBinModel::Status::Unreadable),
                                  20000);
        QTRY_COMPARE_WITH_TIMEOUT(int(model->statusOf(video)), int(MediaBinModel::Status::Ready), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(int(model->statusOf(sound)), int(MediaBinModel::Status::Ready), 20000);
        const QModelIndex videoRow = model->index(model->rowOf(video));
        QVERIFY(videoRow.data(Qt::DisplayRole).toString().startsWith("holiday.mp4\n"));
        QVERIFY(videoRow.data(MediaBinModel::DetailsRole)
                    .toString()
                    .contains(PanelFormat::resolution({320, 240})));
        QVERIFY(videoRow.data(MediaBinModel::DetailsRole)
                    .toString()
                    .contains(PanelFormat::duration(session.media()->info(video)->durationUs)));
        const QString reason = model->index(model->rowOf(garbage)).data(MediaBinModel::ReasonRole).toString();
        QVERIFY(session.media()->error(garbage));
        QVERIFY2(reason.contains(session.media()->error(garbage)->message), qPrintable(reason));
        QVERIFY(!(model->flags(model->index(model->rowOf(garbage))) & Qt::ItemIsDragEnabled));
        QTRY_VERIFY_WITH_TIMEOUT(model->hasThumbnail(video), 20000);

        // Dragging out: the paths the timeline accepts.
        std::unique_ptr<QMimeData> out(
            model->mimeData({model->index(model->rowOf(video)), model->index(model->rowOf(sound))}));
        QCOMPARE(QString::fromUtf8(out->data(EditSession::kMediaMimeType)), QString(video + "\n" + sound));
        QVERIFY(model->flags(videoRow) & Qt::ItemIsDragEnabled);

        bin.setFilterText("SONG");
        QCOMPARE(bin.visibleCount(), 1);
        bin.setFilterText("nothing like it");
        QCOMPARE(bin.visibleCount(), 0);
        QVERIFY(empty->text().contains("No media matches"));
        bin.setFilterText(QString());
        QCOMPARE(bin.visibleCount(), 3);
        screenshot(&bin, "edit-mediabin.png");

        // A folder is not a file to import: refused with the reason, nothing pushed.
        QVERIFY(!bin.importFiles({m_dir.path()}).ok());
        QVERIFY(bin.messageText().contains("not a file"));
        QCOMPARE(doc->undoStack()->count(), 2);
    }

    void binPutsMediaOnTheTimeline()
    {
        EditSession session;
        MediaBinPanel bin(&session);
        bin.show();
        const QString video = copyTo(m_video, "timeline/clip.mp4");
        const QString sound = copyTo(m_sound, "timeline/tune.m4a");
        QVERIFY(bin.importFiles({video, sound}).ok());
        ProjectDocument *doc = session.document();
        QUndoStack *stack = doc->undoStack();
        QTRY_VERIFY_WITH_TIMEOUT(session.media()->isKnown(video) && session.media()->isKnown(sound), 20000);
        const qint64 videoUs = session.media()->info(video)->durationUs;

        bin.selectPaths({video});
        bin.addToTimeline();
        QCOMPARE(doc->clips().size(), 1);
        QCOMPARE(doc->clips().first().mediaPath, video);
        QCOMPARE(doc->durationUs(), videoUs);
        QCOMPARE(stack->count(), 2);

        // Inside a clip: split there and insert between the halves, as one step.
        session.seek(1'500'000);
        bin.selectPaths({sound});
        bin.insertAtPlayhead();
        QCOMPARE(doc->clips().size(), 3);
        QCOMPARE(doc->clips()[0].mediaPath, video);
        QCOMPARE(doc->clips()[0].outUs, 1'500'000);
        QCOMPARE(doc->clips()[1].mediaPath, sound);
        QCOMPARE(doc->clips()[2].inUs, 1'500'000);
        QCOMPARE(stack->count(), 3);
        QCOMPARE(stack->text(2), QString("Insert at the playhead"));
        stack->undo();
        QCOMPARE(doc->clips().size(), 1);
        stack->redo();

        bin.selectPaths({sound});
        bin.useAsMusic();
        QCOMPARE(doc->music().path, sound);
        QCOMPARE(stack->count(), 4);
        bin.selectPaths({video}); // a video with no sound cannot be music
        bin.useAsMusic();
        QCOMPARE(doc->music().path, sound);

        bin.selectPaths({video, sound});
        bin.removeFromBin();
        QVERIFY(doc->media().isEmpty());
        QCOMPARE(stack->count(), 5);
        QCOMPARE(stack->text(4), MediaBinActions::tr("Remove %n file(s) from the media bin", nullptr, 2));
        // Still listed: the timeline and the music use them.
        QCOMPARE(bin.binModel()->rowCount(), 2);
        QVERIFY(!bin.binModel()->index(0).data(MediaBinModel::InBinRole).toBool());
    }

    void binFlagsMissingFiles()
    {
        ProjectState state;
        state.clips << clipOf(m_dir.filePath("gone/away.mp4"), 3'000'000);
        EditSession session;
        session.setDocument(documentOf(state));
        MediaBinPanel bin(&session);
        const QString gone = state.clips.first().mediaPath;
        QCOMPARE(int(bin.binModel()->statusOf(gone)), int(MediaBinModel::Status::Missing));
        QVERIFY(bin.binModel()->index(0).data(MediaBinModel::ReasonRole).toString().startsWith("Missing"));
        bin.openRelinkDialog();
        RelinkDialog *relink = bin.relinkDialog();
        QVERIFY(relink);
        QCOMPARE(relink->missing(), QStringList{gone});
        relink->reject();
    }

    void relinkFindsMovedFilesAsOneStep()
    {
        const QString clipA = copyTo(m_video, "old/clipA.mp4");
        const QString song = copyTo(m_sound, "old/song.m4a");
        const auto videoInfo = MediaProbe::probe(clipA);
        const auto soundInfo = MediaProbe::probe(song);
        QVERIFY(videoInfo.ok() && soundInfo.ok());
        ProjectState state;
        state.clips << clipOf(clipA, videoInfo->durationUs, false)
                    << clipOf(clipA, videoInfo->durationUs, false);
        state.clips[1].inUs = 1'000'000;
        state.music.path = song;
        state.music.sourceDurationUs = soundInfo->durationUs;
        state.media << clipA;
        EditSession session;
        session.setDocument(documentOf(state));
        ProjectDocument *doc = session.document();
        // The files move to another folder.
        QVERIFY(QDir().mkpath(m_dir.filePath("moved/deeper")));
        QVERIFY(QFile::rename(clipA, m_dir.filePath("moved/deeper/clipA.mp4")));
        QVERIFY(QFile::rename(song, m_dir.filePath("moved/song.m4a")));

        RelinkDialog dialog(*doc, session.media());
        QCOMPARE(dialog.missing(), (QStringList{clipA, song}));
        // Locating the wrong recording warns about its length.
        dialog.setFileChooser([&](const QString &missing) {
            return missing == clipA ? m_dir.filePath("moved/song.m4a") : QString();
        });
        dialog.locate(clipA);
        QCOMPARE(dialog.candidate(clipA), m_dir.filePath("moved/song.m4a"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.warning(clipA).isEmpty(), 20000);
        QVERIFY(dialog.warning(clipA).contains(PanelFormat::seconds(videoInfo->durationUs)));
        dialog.locate(song); // the chooser was cancelled: nothing changes
        QVERIFY(dialog.candidate(song).isEmpty());

        // The right one, then a folder search for the rest.
        dialog.setCandidate(clipA, m_dir.filePath("moved/deeper/clipA.mp4"));
        dialog.setFolderChooser([&] { return m_dir.filePath("moved"); });
        QSignalSpy searched(&dialog, &RelinkDialog::searchFinished);
        dialog.searchFolder();
        QTRY_COMPARE_WITH_TIMEOUT(searched.count(), 1, 20000);
        QCOMPARE(searched.first().first().toInt(), 1); // the hand-picked file keeps its choice
        QCOMPARE(dialog.candidate(song), m_dir.filePath("moved/song.m4a"));
        QTRY_VERIFY_WITH_TIMEOUT(session.media()->isKnown(m_dir.filePath("moved/deeper/clipA.mp4")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(session.media()->isKnown(m_dir.filePath("moved/song.m4a")), 20000);
        QVERIFY2(dialog.warning(clipA).isEmpty(), qPrintable(dialog.warning(clipA)));
        QVERIFY(dialog.warning(song).isEmpty());
        screenshot(&dialog, "edit-relink.png");

        QVERIFY(dialog.apply().ok());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QUndoStack *stack = doc->undoStack();
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->text(0), QString("Relink media"));
        QCOMPARE(doc->clips()[0].mediaPath, m_dir.filePath("moved/deeper/clipA.mp4"));
        QCOMPARE(doc->clips()[1].mediaPath, m_dir.filePath("moved/deeper/clipA.mp4"));
        QCOMPARE(doc->music().path, m_dir.filePath("moved/song.m4a"));
        QCOMPARE(doc->media(), QStringList{m_dir.filePath("moved/deeper/clipA.mp4")});
        stack->undo();
        QCOMPARE(doc->state(), state);
    }

    void relinkWithNothingChosenSaysSo()
    {
        ProjectState state;
        state.clips << clipOf(m_dir.filePath("nowhere/x.mp4"), 3'000'000);
        auto doc = documentOf(state);
        RelinkDialog dialog(*doc, nullptr);
        QVERIFY(!dialog.apply().ok());
        QCOMPARE(dialog.statusText(), QString("Choose where at least one missing file is now."));
        QCOMPARE(doc->undoStack()->count(), 0);
    }

    void panelsFollowTheLanguageAndMirror()
    {
        EditSession session;
        InspectorPanel inspector(&session);
        MediaBinPanel bin(&session);
        QApplication::setLayoutDirection(Qt::RightToLeft);
        QCOMPARE(inspector.layoutDirection(), Qt::RightToLeft);
        QCOMPARE(bin.layoutDirection(), Qt::RightToLeft);
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(&inspector, &change);
        QApplication::sendEvent(&bin, &change);
        QCOMPARE(inspector.findChild<QLabel *>("inspectorTitle")->text(), QString("Project"));
        // The text editor keeps deciding each paragraph's direction by its own letters.
        QCoreApplication::processEvents();
        auto *text = inspector.textPage()->findChild<QTextEdit *>("overlayText");
        QCOMPARE(text->document()->defaultTextOption().textDirection(), Qt::LayoutDirectionAuto);
        screenshot(&inspector, "edit-inspector-project-rtl.png");
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }
};

QTEST_MAIN(TestEditPanels)
#include "tst_editpanels.moc"
