#include "core/capture/takesessions.h"
// The Record page as a user drives it, offscreen, on the test pattern and tone: with no device the
// pattern is chosen and the notice shown; record / stop / record again / delete last / Done gives
// the editor one take whose file probes at the recorded length; the countdown shows big and is
// cancelled by the button, Esc and a click; a length preset stops the take by itself; the mirror
// flips the preview but not the file; the level meter follows the tone. Screenshots while
// recording in English, Arabic and French (panels mirrored, preview and transport not), saved as
// build/screenshots/record-<lang>.png.

#include "core/capture/capturedevices.h"
#include "core/capture/recorder.h"
#include "core/capture/syntheticsource.h"
#include "core/foundation/apppaths.h"
#include "core/foundation/localization.h"
#include "core/media/mediaprobe.h"
#include "tests/support/mediafixtures.h"
#include "ui/record/levelmeterbar.h"
#include "ui/record/recordoptions.h"
#include "ui/record/recordpage.h"
#include "ui/record/recordpreview.h"
#include "ui/record/recordtransport.h"
#include "ui/record/sourcechooser.h"
#include "ui/record/takespanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <atomic>
#include <memory>
#include <thread>

using namespace montaj;
using namespace montaj::ui;
using montaj::test::MediaFixtures;
using State = montaj::Recorder::State;

namespace {

constexpr qint64 kS = 1'000'000;

SyntheticSource::Settings pattern(QSize size, double amplitude = 0.5)
{
    SyntheticSource::Settings s;
    s.size = size;
    s.toneAmplitude = amplitude;
    return s;
}

// The synthetic pattern has a red bar on its left edge and a blue one on its right.
bool redOnLeft(const QImage &image)
{
    const QColor c = image.pixelColor(2, image.height() / 2);
    return c.red() > 150 && c.blue() < 100;
}

bool blueOnLeft(const QImage &image)
{
    const QColor c = image.pixelColor(2, image.height() / 2);
    return c.blue() > 150 && c.red() < 100;
}

// A camera that is unplugged after `frames` pictures.
class UnpluggedCamera : public VideoCaptureSource
{
public:
    explicit UnpluggedCamera(int frames)
        : m_frames(frames)
    {}
    ~UnpluggedCamera() override { stopVideo(); }
    QString videoName() const override { return "unplugged"; }
    double frameRate() const override { return 30; }
    Result<void> startVideo(FrameHandler onFrame, CaptureErrorHandler onError) override
    {
        stopVideo();
        m_quit = false;
        m_thread = std::thread([this, onFrame, onError] {
            QImage image(320, 568, QImage::Format_RGB32);
            image.fill(Qt::darkGreen);
            for (int n = 0; n < m_frames && !m_quit; ++n) {
                onFrame(VideoFrame{image, captureClockUs(), n});
                std::this_thread::sleep_for(std::chrono::milliseconds(33));
            }
            if (!m_quit)
                onError(Error("capture.device_lost", "The camera was disconnected."));
        });
        return {};
    }
    void stopVideo() override
    {
        m_quit = true;
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    int m_frames;
    std::atomic<bool> m_quit{false};
    std::thread m_thread;
};

} // namespace

class TestRecordPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<AppPaths> m_paths;
    Localization m_localization;

    // A page on the test pattern and tone, small takes (360×640) so the suite stays quick, open.
    std::unique_ptr<RecordPage> openPage(QSize patternSize = {360, 640})
    {
        auto page = std::make_unique<RecordPage>(*m_paths);
        page->setTakesFolder(QDir(m_home.path()).filePath(u"takes"_qs));
        page->setTestPatternSettings(pattern(patternSize));
        page->sources()->selectVideo(SourceChoice::Video::TestPattern);
        page->sources()->selectAudio(SourceChoice::Audio::TestTone);
        Recorder::Settings settings = page->recorder().settings();
        settings.outputSize = QSize(360, 640);
        settings.previewBound = QSize(270, 480);
        [&] { QVERIFY(page->recorder().setSettings(settings).ok()); }();
        page->resize(1100, 720);
        page->show();
        [&] {
            QVERIFY(QTest::qWaitForWindowExposed(page.get()));
            QTRY_COMPARE(page->recorder().state(), State::Live);
            QTRY_VERIFY_WITH_TIMEOUT(!page->preview()->frame().isNull(), 5000);
        }();
        return page;
    }

    static void click(QAbstractButton *button)
    {
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("MONTAJ_COLOR_SCHEME", "light");
        qRegisterMetaType<QList<montaj::Take>>();
        m_paths = std::make_unique<AppPaths>(AppPaths::underRoot(m_home.path()));
        QVERIFY(m_paths->ensureExists().ok());
        QVERIFY(m_localization.setLanguage(Language::English).ok());
    }

    void withoutDevicesTheTestPatternIsChosen()
    {
        CaptureDevices devices;
        if (!devices.cameras().isEmpty())
            QSKIP("this machine has a camera; the no-device path is tested on machines without one");
        RecordPage page(*m_paths);
        page.setTakesFolder(QDir(m_home.path()).filePath(u"takes"_qs));
        page.setTestPatternSettings(pattern({360, 640}));
        QCOMPARE(page.sources()->choice().video, SourceChoice::Video::TestPattern);
        if (devices.microphones().isEmpty())
            QCOMPARE(page.sources()->choice().audio, SourceChoice::Audio::TestTone);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.sources()->isNoticeShown());
        QCOMPARE(page.sources()->notice(), devices.fallbackNotice());
        QVERIFY(page.sources()->notice().startsWith(u"No camera"_qs));
        QTRY_COMPARE(page.recorder().state(), State::Live);
        QTRY_VERIFY(!page.preview()->frame().isNull());
        QVERIFY(!page.isProblemShown());
        QVERIFY(page.transport()->recordButton()->isEnabled());
        QVERIFY(!page.takesPanel()->deleteButton()->isEnabled());
        QVERIFY(!page.takesPanel()->doneButton()->isEnabled());
        QCOMPARE(page.transport()->leftText(), u"1:00 left"_qs); // the default length: 60 s
        // The pattern is vertical: all of it reaches the file.
        QCOMPARE(page.preview()->guideRect(), page.preview()->pictureRect());
    }

    void recordStopRecordDeleteDone()
    {
        auto page = openPage();
        QSignalSpy ready(page.get(), &RecordPage::takesReady);
        QPushButton *record = page->transport()->recordButton();
        QListWidget *list = page->takesPanel()->list();
        const QString firstFolder = page->sessionFolder();

        // Take 1, about 2 s, mirrored preview during it.
        QElapsedTimer clock;
        click(record);
        clock.start();
        QCOMPARE(page->recorder().state(), State::Recording);
        QCOMPARE(record->text(), u"■ Stop"_qs);
        QVERIFY(page->preview()->isRecording());
        QVERIFY(!page->sources()->videoList()->isEnabled());
        QTRY_VERIFY(redOnLeft(page->preview()->frame()));
        page->options()->mirrorBox()->click();
        QTRY_VERIFY(blueOnLeft(page->preview()->frame()));
        QTest::qWait(int(std::max<qint64>(0, 2000 - clock.elapsed())));
        click(record);
        const qint64 firstUs = clock.nsecsElapsed() / 1000;
        QCOMPARE(page->recorder().state(), State::Finishing);
        QVERIFY(!record->isEnabled()); // disabled while the file is completed
        QTRY_COMPARE(list->count(), 1);
        QCOMPARE(page->recorder().state(), State::Live);
        QVERIFY(record->isEnabled());
        QVERIFY(list->item(0)->text().startsWith(u"Take 1 · 0:0"_qs));
        QVERIFY(page->takesPanel()->statsText().contains(u"captured"_qs));
        QVERIFY(page->transport()->leftText().startsWith(u"0:5"_qs)); // 60 s less about 2

        // Take 2, then delete it.
        click(record);
        QTest::qWait(800);
        click(record);
        QTRY_COMPARE(list->count(), 2);
        const QString second = page->recorder().takes().at(1).path;
        QVERIFY(QFileInfo::exists(second));
        click(page->takesPanel()->deleteButton());
        QCOMPARE(list->count(), 1);
        QVERIFY(!QFileInfo::exists(second));

        // Leaving the page closes the sources and keeps the session's take; coming back reopens them.
        page->hide();
        QCOMPARE(page->recorder().state(), State::Idle);
        QVERIFY(!page->isProblemShown());
        page->show();
        QTRY_COMPARE(page->recorder().state(), State::Live);
        QCOMPARE(list->count(), 1);
        QCOMPARE(page->sessionFolder(), firstFolder);

        // Done: the editor gets the one take; its file is about 2 s and was never mirrored.
        click(page->takesPanel()->doneButton());
        QTRY_COMPARE(ready.count(), 1);
        const auto takes = ready.first().first().value<QList<Take>>();
        QCOMPARE(takes.size(), 1);
        const auto info = MediaProbe::probe(takes.first().path);
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().toString()));
        QVERIFY(info->hasVideo());
        QVERIFY(info->hasAudio());
        QVERIFY2(qAbs(info->durationUs - firstUs) < 250'000,
                 qPrintable(u"file %1 us, clicks %2 us"_qs.arg(info->durationUs).arg(firstUs)));
        QVERIFY(qAbs(info->durationUs - 2 * kS) < 400'000);
        const QString still = QDir(m_home.path()).filePath(u"first-frame.png"_qs);
        QVERIFY(MediaFixtures::ffmpeg({u"-i"_qs, takes.first().path, u"-frames:v"_qs, u"1"_qs, still}));
        const QImage decoded(still);
        QCOMPARE(decoded.size(), QSize(360, 640));
        QVERIFY(redOnLeft(decoded));

        // A new session opens for the next takes, in a folder of its own.
        QTRY_COMPARE(page->recorder().state(), State::Live);
        QCOMPARE(list->count(), 0);
        QVERIFY(page->sessionFolder() != firstFolder);
        QVERIFY(!page->takesPanel()->doneButton()->isEnabled());
    }

    void takesOfAnInterruptedSessionAreOffered()
    {
        // A studio killed during a session left two takes (the second cut short by the kill) and an
        // empty file; a session that ended with Done left its marker. Only the first is offered.
        const QString takes = QDir(m_home.path()).filePath(u"recovery-takes"_qs);
        const QString killed = QDir(takes).filePath(u"20261120-181502"_qs);
        const QString finished = QDir(takes).filePath(u"20261120-170000"_qs);
        QVERIFY(QDir().mkpath(killed) && QDir().mkpath(finished));
        QVERIFY(QFile::copy(montaj::test::MediaFixtures::h264(), QDir(killed).filePath(u"take-001.mp4"_qs)));
        QVERIFY(QFile::copy(montaj::test::MediaFixtures::broken(u"truncated"_qs),
                            QDir(killed).filePath(u"take-002.mp4"_qs)));
        QFile empty(QDir(killed).filePath(u"take-003.mp4"_qs));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QVERIFY(
            QFile::copy(montaj::test::MediaFixtures::h264(), QDir(finished).filePath(u"take-001.mp4"_qs)));
        QVERIFY(TakeSessions::markHandled(finished).ok());

        auto page = std::make_unique<RecordPage>(*m_paths);
        page->setTakesFolder(takes);
        page->setTestPatternSettings(pattern({360, 640}));
        page->sources()->selectVideo(SourceChoice::Video::TestPattern);
        page->sources()->selectAudio(SourceChoice::Audio::TestTone);
        QSignalSpy ready(page.get(), &RecordPage::takesReady);
        page->resize(1100, 720);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        auto *bar = page->findChild<QWidget *>(u"record.recovery"_qs);
        QVERIFY(bar && bar->isVisible());
        const QString text = bar->findChild<QLabel *>()->text();
        QVERIFY2(text.contains(u"2"_qs) && text.contains(QDir::toNativeSeparators(killed) + QChar(0x2069)),
                 qPrintable(text));
        // How it looks in the three languages (the bar mirrors with the page in Arabic).
        for (const auto &[language, code] :
             {std::pair{Language::English, "en"}, std::pair{Language::Arabic, "ar"},
              std::pair{Language::French, "fr"}}) {
            QVERIFY(m_localization.setLanguage(language).ok());
            QApplication::setLayoutDirection(language == Language::Arabic ? Qt::RightToLeft
                                                                          : Qt::LeftToRight);
            QApplication::processEvents();
            QVERIFY(!bar->findChild<QLabel *>()->text().contains(u"ended before"_qs)
                    || language == Language::English);
            const QString dir = QStringLiteral(MONTAJ_SCREENSHOT_DIR);
            QVERIFY(QDir().mkpath(dir));
            QVERIFY(
                page->grab().save(QDir(dir).filePath(u"record-recovery-%1.png"_qs.arg(QLatin1String(code)))));
        }
        QVERIFY(m_localization.setLanguage(Language::English).ok());
        QApplication::setLayoutDirection(Qt::LeftToRight);

        click(page->findChild<QPushButton *>(u"record.recover"_qs));
        QCOMPARE(ready.count(), 1);
        const auto offered = ready.first().first().value<QList<Take>>();
        QCOMPARE(offered.size(), 2);
        QCOMPARE(offered[0].path, QDir(killed).filePath(u"take-001.mp4"_qs));
        QVERIFY(!bar->isVisible());
        QVERIFY(QFileInfo::exists(QDir(killed).filePath(QLatin1String(TakeSessions::kHandledMarker))));
        // Handed over once: the next start offers nothing, and the files are still there.
        QVERIFY(TakeSessions::findInterrupted(takes, page->sessionFolder()).isEmpty());
        QVERIFY(QFileInfo::exists(offered[1].path));
    }

    void countdownShowsAndCancels()
    {
        auto page = openPage();
        QPushButton *record = page->transport()->recordButton();
        page->options()->setCountdownSeconds(3);
        QCOMPARE(page->options()->countdownList()->currentText(), u"3 s"_qs);

        click(record);
        QCOMPARE(page->recorder().state(), State::CountingDown);
        QCOMPARE(page->preview()->countdown(), 3);
        QCOMPARE(record->text(), u"Cancel"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(page->preview()->countdown(), 2, 2000);
        click(record);
        QCOMPARE(page->recorder().state(), State::Live);
        QCOMPARE(page->preview()->countdown(), 0);

        click(record);
        QCOMPARE(page->preview()->countdown(), 3);
        QTest::keyClick(record, Qt::Key_Escape);
        QCOMPARE(page->recorder().state(), State::Live);

        click(record);
        QTest::mouseClick(page->preview(), Qt::LeftButton, {}, page->preview()->rect().center());
        QCOMPARE(page->recorder().state(), State::Live);
        QCOMPARE(page->preview()->countdown(), 0);
        QTest::qWait(1200); // a cancelled countdown starts nothing later
        QCOMPARE(page->recorder().state(), State::Live);
        QVERIFY(page->recorder().takes().isEmpty());
    }

    void levelMeterFollowsTheTone()
    {
        auto page = openPage();
        LevelMeterBar *meter = page->sources()->levelMeter();
        // A 0.5 sine: -6 dBFS peak, -9 dBFS RMS.
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(meter->peakDb() + 6.02) < 1.0, 3000);
        QVERIFY2(qAbs(meter->rmsDb() + 9.03) < 1.0, qPrintable(QString::number(meter->rmsDb())));
        QCOMPARE(meter->readout(), u"-6 dB"_qs);

        QVERIFY(page->sources()->selectAudio(SourceChoice::Audio::None));
        QVERIFY(!meter->isActive());
        QCOMPARE(meter->readout(), u"No sound"_qs);
        QTest::qWait(300);
        QCOMPARE(meter->peakDb(), -100.0);

        // A quieter tone: 0.1 is -20 dBFS peak.
        page->setTestPatternSettings(pattern({360, 640}, 0.1));
        QVERIFY(page->sources()->selectAudio(SourceChoice::Audio::TestTone));
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(meter->peakDb() + 20.0) < 1.0, 3000);
        QVERIFY(meter->isActive());
        QCOMPARE(page->recorder().state(), State::Live);
    }

    void aFailingSourceIsExplainedInline()
    {
        auto page = openPage();
        // A camera unplugged about a second into the take: what came before is kept, the problem is
        // shown in plain words, and "Try again" reopens the chosen source.
        QVERIFY(page->recorder().setVideoSource(std::make_shared<UnpluggedCamera>(45)).ok());
        QTRY_COMPARE(page->recorder().state(), State::Live);
        click(page->transport()->recordButton());
        QCOMPARE(page->recorder().state(), State::Recording);
        QTRY_COMPARE_WITH_TIMEOUT(page->takesPanel()->list()->count(), 1, 5000);
        QTRY_COMPARE(page->recorder().state(), State::Idle);
        QVERIFY(page->isProblemShown());
        QVERIFY2(page->problemText().startsWith(u"The camera was disconnected. "_qs),
                 qPrintable(page->problemText()));
        QVERIFY(page->problemText().contains(u"kept as take 1"_qs));
        auto *retry = page->findChild<QPushButton *>(u"record.retry"_qs);
        QVERIFY(retry && retry->isVisible());
        QVERIFY(!page->preview()->message().isEmpty());
        QVERIFY(page->preview()->frame().isNull());
        click(retry);
        QCOMPARE(page->recorder().state(), State::Live);
        QVERIFY(!page->isProblemShown());
        QCOMPARE(page->takesPanel()->list()->count(), 1); // the session's take survived

        // A window or a part of the screen needs a display; a window needs its number.
        CaptureDevices devices;
        if (!devices.screenAvailable()) {
            QVERIFY(!page->sources()->selectVideo(SourceChoice::Video::Window));
            QCOMPARE(page->sources()->choice().video, SourceChoice::Video::TestPattern);
        } else {
            QVERIFY(page->sources()->selectVideo(SourceChoice::Video::Window));
            QVERIFY(page->isProblemShown());
            QVERIFY(page->problemText().contains(u"number of the window"_qs));
            QVERIFY(page->findChild<QWidget *>(u"record.windowId"_qs)->isVisible());
            QVERIFY(page->sources()->selectVideo(SourceChoice::Video::Screen));
            QVERIFY(!page->isProblemShown());
            QCOMPARE(page->recorder().state(), State::Live);
            QTRY_VERIFY_WITH_TIMEOUT(!page->preview()->frame().isNull(), 5000);
        }
    }

    // One 15 s take on a landscape pattern (the 9:16 guide inside it), with the screenshots in
    // three languages taken while it records; the preset stops it.
    void lengthPresetStopsTheTakeInThreeLanguages()
    {
        auto page = openPage({640, 360});
        QPushButton *record = page->transport()->recordButton();
        click(page->options()->lengthButton(15 * kS));
        QCOMPARE(page->options()->lengthUs(), 15 * kS);
        QCOMPARE(page->transport()->leftText(), u"0:15 left"_qs);
        // A landscape picture: the guide is the 9:16 middle of it.
        const QRect picture = page->preview()->pictureRect(), guide = page->preview()->guideRect();
        QVERIFY(qAbs(guide.width() - picture.height() * 9 / 16) <= picture.width() / 50);
        QCOMPARE(guide.height(), picture.height());
        QVERIFY(qAbs(guide.center().x() - picture.center().x()) <= 1);

        QSignalSpy added(&page->recorder(), &Recorder::takeAdded);
        click(record);
        QCOMPARE(page->recorder().state(), State::Recording);
        const auto *panel = page->findChild<QScrollArea *>(u"record.panel"_qs);
        QVERIFY(panel);
        struct Case
        {
            Language language;
            const char *code;
        };
        for (const Case &c :
             {Case{Language::English, "en"}, Case{Language::Arabic, "ar"}, Case{Language::French, "fr"}}) {
            QVERIFY(m_localization.setLanguage(c.language).ok());
            const bool rtl = c.language == Language::Arabic;
            QApplication::setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
            QTest::qWait(400); // re-layout and a few preview frames
            QCOMPARE(page->recorder().state(), State::Recording);
            // The panels mirror in Arabic; the picture and the transport never do.
            QCOMPARE(page->isRightToLeft(), rtl);
            QCOMPARE(page->preview()->layoutDirection(), Qt::LeftToRight);
            QCOMPARE(page->transport()->layoutDirection(), Qt::LeftToRight);
            const int previewX = page->preview()->mapTo(page.get(), QPoint(0, 0)).x();
            QCOMPARE(panel->geometry().x() > previewX, rtl);
            QVERIFY(!page->transport()->leftText().isEmpty());
            const QString dir = QStringLiteral(MONTAJ_SCREENSHOT_DIR);
            QVERIFY(QDir().mkpath(dir));
            QVERIFY(page->grab().save(QDir(dir).filePath(u"record-%1.png"_qs.arg(QLatin1String(c.code)))));
        }
        QVERIFY(m_localization.setLanguage(Language::English).ok());
        QApplication::setLayoutDirection(Qt::LeftToRight);

        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 20000);
        const Take take = added.first().first().value<Take>();
        QVERIFY(take.autoStopped);
        QVERIFY2(qAbs(take.durationUs - 15 * kS) <= 34'000, qPrintable(QString::number(take.durationUs)));
        QTRY_COMPARE(page->recorder().state(), State::Live);
        QVERIFY(page->takesPanel()->list()->item(0)->text().contains(u"length reached"_qs));
        // The preset is used up: no new take until one is deleted or the length grows.
        QVERIFY2(QStringList({u"0:00 left"_qs, u"0:01 left"_qs}).contains(page->transport()->leftText()),
                 qPrintable(page->transport()->leftText()));
        QVERIFY(!record->isEnabled());
        click(page->options()->lengthButton(60 * kS));
        QVERIFY(record->isEnabled());
        QVERIFY(page->transport()->leftText().startsWith(u"0:4"_qs));
    }
};

QTEST_MAIN(TestRecordPage)
#include "tst_recordpage.moc"
