#include "core/captions/captionfile.h"
#include "core/edit/projectdocument.h"
#include "ui/captions/captioncuemodel.h"
#include "ui/captions/captionspanel.h"
#include "ui/captions/captiontimeformat.h"
#include "ui/edit/editsession.h"
#include "ui/uisettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLocale>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace montaj;
using namespace montaj::ui;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

const QByteArray kSrt =
    "1\r\n00:00:00,000 --> 00:00:01,500\r\nمرحبا بالعالم 2024\r\n\r\n"
    "2\r\n00:00:01,500 --> 00:00:03,000\r\nÊtre déçu à l'école\r\n\r\n"
    "3\r\n00:00:03,200 --> 00:00:04,000\r\nThis line is far too fast for anyone to read it\r\n";

// Answers the "replace the captions?" question.
void answerNextQuestion(bool yes)
{
    QTimer::singleShot(0, [yes] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->inherits("QMessageBox") && w->isVisible())
                QTest::keyClick(w, yes ? Qt::Key_Y : Qt::Key_Escape);
    });
}

} // namespace

class TestCaptionsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timesReadAndWriteLikeSubtitleEditors()
    {
        QCOMPARE(CaptionTimeFormat::format(62'500'000), u"1:02.500"_qs);
        QCOMPARE(CaptionTimeFormat::format(3'723'004'000), u"1:02:03.004"_qs);
        QCOMPARE(CaptionTimeFormat::parse(u"1:02.5"_qs), 62'500'000);
        QCOMPARE(CaptionTimeFormat::parse(u"1:02,250"_qs), 62'250'000);
        QCOMPARE(CaptionTimeFormat::parse(u"4"_qs), 4'000'000);
        QCOMPARE(CaptionTimeFormat::parse(u"١:٠٢٫٥"_qs), 62'500'000); // Arabic-Indic digits and mark
        QVERIFY(!CaptionTimeFormat::parse(u"1:75"_qs));
        QVERIFY(!CaptionTimeFormat::parse(u"abc"_qs));
    }

    void importEditAndUndo()
    {
        QTemporaryDir dir;
        EditSession session;
        CaptionsPanel panel(&session);
        panel.resize(700, 500);
        panel.show();
        ProjectDocument *doc = session.document();
        Clip clip; // ten seconds of (absent) video, so the playhead can move
        clip.mediaPath = u"/media/talk.mp4"_qs;
        clip.outUs = clip.sourceDurationUs = 10'000'000;
        clip.sourceSize = QSize(1080, 1920);
        QVERIFY(doc->addClip(clip));
        QVERIFY(panel.importFile(write(dir, u"clip.srt"_qs, kSrt)));
        QCOMPARE(doc->captions().cues.size(), 3);
        QCOMPARE(doc->captions().cues[0].text, u"مرحبا بالعالم 2024"_qs);
        QVERIFY2(panel.statusText().contains(u"clip.srt"_qs), qPrintable(panel.statusText()));
        QCOMPARE(doc->undoStack()->count(), 2);
        // The fast third cue is flagged in words.
        CaptionCueModel *model = panel.model();
        QCOMPARE(model->rowCount(), 3);
        // 47 characters in 0.8 s: too fast to read, and longer than a 42-character line.
        QCOMPARE(
            model->data(model->index(2, CaptionCueModel::Checks), CaptionCueModel::IssueCountRole).toInt(),
            2);
        QVERIFY(!model->data(model->index(2, CaptionCueModel::Checks)).toString().isEmpty());
        QCOMPARE(
            model->data(model->index(0, CaptionCueModel::Checks), CaptionCueModel::IssueCountRole).toInt(),
            0);

        // In-place edits: text keeps right-to-left text as typed; a time typed with a comma.
        QVERIFY(model->setData(model->index(0, CaptionCueModel::Text), u"مرحبا يا أصدقاء"_qs));
        QCOMPARE(doc->captions().cues[0].text, u"مرحبا يا أصدقاء"_qs);
        QVERIFY(model->setData(model->index(1, CaptionCueModel::End), u"0:02,750"_qs));
        QCOMPARE(doc->captions().cues[1].endUs, 2'750'000);
        QVERIFY(!model->setData(model->index(1, CaptionCueModel::End), u"soon"_qs));
        QVERIFY(!model->setData(model->index(1, CaptionCueModel::End), u"0:01"_qs)); // before its start
        QCOMPARE(doc->undoStack()->count(), 4);

        // The playhead selects the cue under it; split there; merge back; delete.
        session.seek(2'000'000);
        QCOMPARE(model->currentCue(), 1);
        QCOMPARE(panel.view()->currentIndex().row(), 1);
        panel.splitAtPlayhead();
        QCOMPARE(doc->captions().cues.size(), 4);
        QCOMPARE(doc->captions().cues[1].endUs, 2'000'000);
        panel.view()->selectRow(1);
        panel.mergeSelected();
        QCOMPARE(doc->captions().cues.size(), 3);
        // Find and replace, shift all (clamped at 0, said so).
        QCOMPARE(panel.replaceAll(u"ÉCOLE"_qs, u"université"_qs, false), 1);
        QVERIFY(doc->captions().cues[1].text.contains(u"université"_qs));
        panel.shiftAll(-500'000);
        QCOMPARE(doc->captions().cues[0].startUs, 0);
        QVERIFY(panel.statusText().contains(u"0"_qs));
        // Add at the playhead: stops at the next caption.
        session.seek(4'500'000);
        panel.addAtPlayhead();
        QCOMPARE(doc->captions().cues.size(), 4);
        QCOMPARE(doc->captions().cues[3].startUs, 4'500'000);
        QApplication::processEvents();

        // Every verb was one step: undo all the way back to the import, then to nothing.
        while (doc->undoStack()->index() > 2)
            doc->undoStack()->undo();
        QCOMPARE(doc->captions().cues[0].text, u"مرحبا بالعالم 2024"_qs);
        QCOMPARE(doc->captions().cues.size(), 3);
        doc->undoStack()->undo();
        QVERIFY(doc->captions().isEmpty());
        QCOMPARE(model->rowCount(), 0);
    }

    void placementAndOutputAreOneUndoStepEach()
    {
        EditSession session;
        CaptionsPanel panel(&session);
        panel.show();
        ProjectDocument *doc = session.document();
        auto *height = panel.findChild<QSpinBox *>(u"captions.position"_qs);
        auto *burnIn = panel.findChild<QCheckBox *>(u"captions.burnIn"_qs);
        auto *track = panel.findChild<QCheckBox *>(u"captions.subtitleTrack"_qs);
        QVERIFY(height && burnIn && track);
        QCOMPARE(height->value(), 72);
        QVERIFY(burnIn->isChecked() && !track->isChecked());

        height->setValue(40);
        QCOMPARE(doc->captions().style.verticalPosition, 0.40);
        track->setChecked(true);
        QCOMPARE(doc->captions().output, (CaptionOutput{true, true}));
        burnIn->setChecked(false);
        QCOMPARE(doc->captions().output, (CaptionOutput{false, true}));
        QCOMPARE(doc->undoStack()->count(), 3);
        doc->undoStack()->undo();
        QVERIFY(burnIn->isChecked()); // the panel follows the document
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        QCOMPARE(height->value(), 72);
        QCOMPARE(doc->captions().output, CaptionOutput{});
    }

    void limitsAreRememberedInTheSettings()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"montaj.ini"_qs);
        CaptionThresholds limits;
        limits.maxCharsPerSecond = 21.5;
        limits.maxCharsPerLine = 32;
        limits.minDurationUs = 1'200'000;
        limits.maxDurationUs = 6'000'000;
        {
            UiSettings settings(ini);
            QCOMPARE(settings.captionThresholds(), CaptionThresholds{}); // nothing saved yet
            settings.setCaptionThresholds(limits);
        }
        QCOMPARE(UiSettings(ini).captionThresholds(), limits);
        // A hand-edited file with nonsense keeps the defaults for what cannot be used.
        {
            QSettings raw(ini, QSettings::IniFormat);
            raw.setValue(u"captions/maxCharsPerLine"_qs, u"many"_qs);
            raw.setValue(u"captions/minDurationMs"_qs, 9000);
        }
        const CaptionThresholds read = UiSettings(ini).captionThresholds();
        QCOMPARE(read.maxCharsPerLine, CaptionThresholds{}.maxCharsPerLine);
        QCOMPARE(read.maxCharsPerSecond, 21.5);
        QCOMPARE(read.minDurationUs, CaptionThresholds{}.minDurationUs); // not below the maximum
        QCOMPARE(read.maxDurationUs, CaptionThresholds{}.maxDurationUs);
    }

    void damagedFilesWarnAndBrokenOnesSayWhere()
    {
        QTemporaryDir dir;
        EditSession session;
        CaptionsPanel panel(&session);
        // Windows-1252 French, no blank line between cues, a dot before the milliseconds.
        QByteArray latin = "1\n00:00:00.000 --> 00:00:01,000\n\xCA"
                           "tre d\xE9\xE7u\n2\n00:00:01,000 --> 00:00:02,000\nFin\n";
        QVERIFY(panel.importFile(write(dir, u"fr.srt"_qs, latin)));
        QCOMPARE(session.document()->captions().cues[0].text, u"Être déçu"_qs);
        QVERIFY2(panel.statusText().contains(u"windows-1252"_qs, Qt::CaseInsensitive)
                     || panel.statusText().contains(u"8859"_qs),
                 qPrintable(panel.statusText()));
        QVERIFY2(panel.warningsText().contains(u"2"_qs), qPrintable(panel.warningsText()));
        QVERIFY2(panel.warningsText().count(u'\n') >= 1, qPrintable(panel.warningsText())); // two warnings

        // A broken timing line: nothing changes, the status names the line.
        const ProjectState before = session.document()->state();
        answerNextQuestion(true);
        QVERIFY(!panel.importFile(write(dir, u"bad.srt"_qs, "1\n00:00:01,000 --> soon\nHello\n")));
        QVERIFY2(panel.statusText().contains(u"bad.srt"_qs) && panel.statusText().contains(u"2"_qs),
                 qPrintable(panel.statusText()));
        QCOMPARE(session.document()->state(), before);

        // Declining the replace question keeps the captions.
        answerNextQuestion(false);
        QVERIFY(!panel.importFile(write(dir, u"other.srt"_qs, kSrt)));
        QCOMPARE(session.document()->state(), before);
    }

    void exportsEveryFormat()
    {
        QTemporaryDir dir;
        EditSession session;
        CaptionsPanel panel(&session);
        QVERIFY(panel.importFile(write(dir, u"in.srt"_qs, kSrt)));
        for (const QString &ext : {u"srt"_qs, u"vtt"_qs, u"ass"_qs}) {
            const QString path = dir.filePath(u"out."_qs + ext);
            QVERIFY(panel.exportFile(path));
            auto back = CaptionFile::read(path);
            QVERIFY2(back, back ? "" : qPrintable(back.error().toString()));
            QCOMPARE(back->track.cues.size(), 3);
            QCOMPARE(back->track.cues[1].text, u"Être déçu à l'école"_qs);
            QCOMPARE(back->track.cues[2].startUs, 3'200'000);
        }
        EditSession empty;
        CaptionsPanel nothing(&empty);
        QVERIFY(!nothing.exportFile(dir.filePath(u"none.srt"_qs)));
    }
};

QTEST_MAIN(TestCaptionsPanel)
#include "tst_captionspanel.moc"
