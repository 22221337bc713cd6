// Takes from the synthetic source through the whole Recorder: duration and streams of a 5 s take,
// record/stop/record/delete-last, the length limit, the countdown, mirror (preview only) and the
// level meter on a known tone.

#include "core/capture/recorder.h"
#include "core/capture/syntheticsource.h"
#include "core/media/mediaprobe.h"
#include "core/media/videodecoder.h"
#include "tests/capture/capturetestsupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace montaj;
using namespace montaj::test;

namespace {

constexpr qint64 kFrameUs = 33'334; // one frame at 30 fps, rounded up

SyntheticSource::Settings smallPattern()
{
    SyntheticSource::Settings s;
    s.size = QSize(360, 640);
    return s;
}

Recorder::Settings smallTakes(const QString &folder)
{
    Recorder::Settings s;
    s.folder = folder;
    s.outputSize = QSize(360, 640);
    s.previewBound = QSize(180, 320);
    return s;
}

} // namespace

class TestCaptureTake : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<SyntheticSource> m_source;
    std::unique_ptr<Recorder> m_recorder;

    Recorder &open(const QString &sub, SyntheticSource::Settings pattern = smallPattern())
    {
        m_recorder = std::make_unique<Recorder>();
        m_source = std::make_shared<SyntheticSource>(pattern);
        [&] { QVERIFY(m_recorder->setSettings(smallTakes(m_dir.filePath(sub))).ok()); }();
        [&] { QVERIFY(m_recorder->setVideoSource(m_source).ok()); }();
        [&] { QVERIFY(m_recorder->setAudioSource(m_source).ok()); }();
        const auto begun = m_recorder->beginSession();
        [&] { QVERIFY2(begun.ok(), qPrintable(begun.ok() ? QString() : begun.error().toString())); }();
        return *m_recorder;
    }

    // Records for about `ms` and returns the take (empty path on failure).
    Take record(Recorder &r, int ms, qint64 *elapsedUs = nullptr)
    {
        QSignalSpy added(&r, &Recorder::takeAdded);
        QElapsedTimer t;
        if (!r.startTake().ok())
            return {};
        t.start();
        QTest::qWait(ms);
        r.stopTake();
        if (elapsedUs)
            *elapsedUs = t.nsecsElapsed() / 1000;
        if (!waitFor(added))
            return {};
        return added.first().first().value<Take>();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup()
    {
        m_recorder.reset();
        m_source.reset();
    }

    void fiveSecondTakeHasItsDurationAndSound()
    {
        Recorder &r = open(QStringLiteral("five"));
        QCOMPARE(r.state(), Recorder::State::Live);
        qint64 elapsed = 0;
        const Take take = record(r, 5000, &elapsed);
        QVERIFY(!take.path.isEmpty());
        QCOMPARE(QFileInfo(take.path).fileName(), QStringLiteral("take-001.mp4"));
        QCOMPARE(r.state(), Recorder::State::Live);
        // The take is as long as the time between start and stop, to the frame.
        QVERIFY2(qAbs(take.durationUs - elapsed) <= kFrameUs,
                 qPrintable(QStringLiteral("take %1 µs, elapsed %2 µs").arg(take.durationUs).arg(elapsed)));

        const auto info = MediaProbe::probe(take.path);
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().toString()));
        QVERIFY(info->hasVideo());
        QVERIFY(info->hasAudio());
        const AudioStreamInfo sound = info->audioStreams.first();
        const VideoStreamInfo picture = info->videoStreams.first();
        QCOMPARE(sound.codec, QStringLiteral("aac"));
        QCOMPARE(sound.sampleRate, 48000);
        QCOMPARE(picture.codec, QStringLiteral("h264"));
        QCOMPARE(picture.displaySize, QSize(360, 640));
        QVERIFY2(
            qAbs(info->durationUs - elapsed) <= kFrameUs,
            qPrintable(QStringLiteral("probed %1 µs, elapsed %2 µs").arg(info->durationUs).arg(elapsed)));

        const DecodeCount decoded = countDecodableFrames(take.path);
        QCOMPARE(qint64(decoded.frames), take.stats.framesEncoded);
        QCOMPARE(qint64(decoded.frames) * 1'000'000 / 30, take.durationUs);
        // Accounting: every captured frame was encoded or dropped; duplicates fill the rest.
        const CaptureStats &s = take.stats;
        QCOMPARE(s.framesCaptured, s.framesEncoded - s.framesDuplicated + s.framesDropped);
        QVERIFY2(s.framesDropped <= 3, qPrintable(QString::number(s.framesDropped)));
        QVERIFY(s.encodeMsAverage > 0);
        QCOMPARE(s.audioFrames, take.durationUs * 48 / 1000);

        // The take opens in the editor's frame-accurate decoder like any clip.
        auto decoder = VideoDecoder::open(take.path);
        QVERIFY2(decoder.ok(), qPrintable(decoder.ok() ? QString() : decoder.error().toString()));
        const auto counted = (*decoder)->frameCount();
        QVERIFY(counted.ok());
        QCOMPARE(*counted, take.stats.framesEncoded);
        const auto image = (*decoder)->imageAtIndex(75);
        QVERIFY(image.ok());
        QCOMPARE(readFrameCode(*image), readFrameCode(decodedFrame(take.path, 75)));

        // Consecutive frames carry consecutive frame codes: a constant-rate grid, nothing reordered.
        const int first = readFrameCode(decodedFrame(take.path, 30));
        const int second = readFrameCode(decodedFrame(take.path, 31));
        QCOMPARE(second, first + 1);
    }

    void recordStopRecordDeleteLast()
    {
        Recorder &r = open(QStringLiteral("takes"));
        QSignalSpy changed(&r, &Recorder::takesChanged);
        const Take one = record(r, 700);
        const Take two = record(r, 700);
        QVERIFY(!one.path.isEmpty() && !two.path.isEmpty());
        QCOMPARE(QFileInfo(one.path).fileName(), QStringLiteral("take-001.mp4"));
        QCOMPARE(QFileInfo(two.path).fileName(), QStringLiteral("take-002.mp4"));
        QVERIFY(QFileInfo::exists(one.path) && QFileInfo::exists(two.path));
        QCOMPARE(r.takes().size(), 2);

        QVERIFY(r.deleteLastTake().ok());
        QVERIFY(!QFileInfo::exists(two.path));
        QVERIFY(QFileInfo::exists(one.path));
        QCOMPARE(r.takes().size(), 1);
        QCOMPARE(changed.count(), 3);

        const Take three = record(r, 500);
        QCOMPARE(QFileInfo(three.path).fileName(), QStringLiteral("take-002.mp4"));
        QVERIFY(MediaProbe::probe(three.path).ok());

        // Not while recording; and the session hands back every take still there.
        QVERIFY(r.startTake().ok());
        const auto refused = r.deleteLastTake();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("capture.wrong_state"));
        QSignalSpy finished(&r, &Recorder::sessionFinished);
        QTest::qWait(300);
        r.finishSession();
        QVERIFY(waitFor(finished));
        const auto takes = finished.first().first().value<QList<Take>>();
        QCOMPARE(takes.size(), 3);
        QCOMPARE(takes.at(0).path, one.path);
        QCOMPARE(takes.at(1).path, three.path);
        QCOMPARE(QFileInfo(takes.at(2).path).fileName(), QStringLiteral("take-003.mp4"));
        for (const Take &t : takes)
            QVERIFY(t.durationUs > 0);
        QCOMPARE(r.state(), Recorder::State::Idle);

        QVERIFY(!Recorder(nullptr).deleteLastTake().ok());
    }

    void lengthLimitStopsTheTake()
    {
        QCOMPARE(Recorder::lengthPresetsUs(),
                 (QList<qint64>{15'000'000, 60'000'000, 180'000'000, 600'000'000}));
        Recorder &r = open(QStringLiteral("limit"));
        r.setLengthLimitUs(1'500'000);
        QSignalSpy added(&r, &Recorder::takeAdded);
        QSignalSpy time(&r, &Recorder::timeChanged);
        QVERIFY(r.startTake().ok());
        QVERIFY(waitFor(added, 1, 6000));
        const Take take = added.first().first().value<Take>();
        QVERIFY(take.autoStopped);
        QCOMPARE(take.durationUs, 1'500'000);
        QCOMPARE(take.stats.framesEncoded, 45);
        QCOMPARE(r.state(), Recorder::State::Live);
        QVERIFY(time.count() >= 5);
        // Time left counts down towards zero.
        const qint64 firstLeft = time.first().at(1).toLongLong();
        const qint64 lastLeft = time.last().at(1).toLongLong();
        QVERIFY(firstLeft > lastLeft);
        QVERIFY(lastLeft >= 0 && lastLeft < 500'000);
        const auto info = MediaProbe::probe(take.path);
        QVERIFY(info.ok());
        QVERIFY(qAbs(info->durationUs - 1'500'000) <= kFrameUs);
    }

    void countdownThenRecordAndCancel()
    {
        Recorder &r = open(QStringLiteral("countdown"));
        r.setCountdownSeconds(2);
        QSignalSpy ticks(&r, &Recorder::countdownChanged);
        QVERIFY(r.startTake().ok());
        QCOMPARE(r.state(), Recorder::State::CountingDown);
        QTest::qWait(1300);
        r.cancelCountdown();
        QCOMPARE(r.state(), Recorder::State::Live);
        QTest::qWait(1000);
        QCOMPARE(r.takes().size(), 0);
        QCOMPARE(ticks.count(), 2); // 2, 1 — then cancelled

        ticks.clear();
        r.setCountdownSeconds(1);
        QSignalSpy states(&r, &Recorder::stateChanged);
        QVERIFY(r.startTake().ok());
        QVERIFY(QTest::qWaitFor([&] { return r.state() == Recorder::State::Recording; }, 3000));
        QCOMPARE(ticks.count(), 2); // 1, 0
        QCOMPARE(ticks.last().first().toInt(), 0);
        QTest::qWait(400);
        QSignalSpy added(&r, &Recorder::takeAdded);
        r.stopTake();
        QVERIFY(waitFor(added));
        QCOMPARE(r.takes().size(), 1);
    }

    void mirrorIsInThePreviewNotTheFile()
    {
        Recorder &r = open(QStringLiteral("mirror"));
        r.setMirrorPreview(true);
        QSignalSpy preview(&r, &Recorder::previewFrame);
        const Take take = record(r, 600);
        QVERIFY(!take.path.isEmpty());
        QVERIFY(preview.count() > 5);
        const QImage shown = preview.last().first().value<QImage>();
        QCOMPARE(shown.size(), QSize(180, 320));
        // The pattern has red on its left edge and blue on its right: the preview is mirrored...
        QCOMPARE(colourClass(shown.pixel(5, 160)), 'b');
        QCOMPARE(colourClass(shown.pixel(174, 160)), 'r');
        // ...the file is not.
        const QImage recorded = decodedFrame(take.path, 10);
        QCOMPARE(recorded.size(), QSize(360, 640));
        QCOMPARE(colourClass(recorded.pixel(10, 320)), 'r');
        QCOMPARE(colourClass(recorded.pixel(349, 320)), 'b');
        QVERIFY(readFrameCode(recorded) >= 0);

        r.setMirrorPreview(false);
        preview.clear();
        QVERIFY(waitFor(preview, 2));
        const QImage plain = preview.last().first().value<QImage>();
        QCOMPARE(colourClass(plain.pixel(5, 160)), 'r');
    }

    void levelMeterReadsTheTone()
    {
        SyntheticSource::Settings pattern = smallPattern();
        pattern.toneAmplitude = std::pow(10.0, -6.0 / 20.0); // -6 dBFS
        Recorder &r = open(QStringLiteral("level"), pattern);
        QSignalSpy level(&r, &Recorder::levelChanged);
        QVERIFY(waitFor(level, 10, 3000));
        const double peak = level.last().at(0).toDouble(), rms = level.last().at(1).toDouble();
        QVERIFY2(qAbs(peak - -6.0) < 0.1, qPrintable(QString::number(peak)));
        QVERIFY2(qAbs(rms - -9.01) < 0.1,
                 qPrintable(QString::number(rms))); // a sine's RMS is 3.01 dB below its peak
        // About 20 readings a second, not one per chunk.
        level.clear();
        QTest::qWait(1000);
        QVERIFY2(level.count() >= 15 && level.count() <= 25, qPrintable(QString::number(level.count())));
    }

    void framingGuide()
    {
        // A landscape camera into a vertical file: the centre 9:16 strip, or all of it when fitted.
        const QRectF crop = Recorder::framingGuide({1920, 1080}, {1080, 1920}, Framing::CentreCrop);
        QVERIFY(qAbs(crop.width() - (1080.0 * 1080 / 1920) / 1920) < 0.002);
        QVERIFY(qAbs(crop.center().x() - 0.5) < 0.002);
        QCOMPARE(crop.height(), 1.0);
        QCOMPARE(Recorder::framingGuide({1920, 1080}, {1080, 1920}, Framing::Fit), QRectF(0, 0, 1, 1));
    }
};

QTEST_GUILESS_MAIN(TestCaptureTake)
#include "tst_capturetake.moc"
