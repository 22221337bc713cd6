#include "core/preview/playbackengine.h"
#include "core/preview/proxycache.h"
#include "tests/preview/previewtestsupport.h"
#include "tests/support/framecode.h"
#include "tests/support/mediafixtures.h"

#include <QAudioDevice>
#include <QElapsedTimer>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace montaj;
using montaj::test::clipOf;
using montaj::test::FrameCode;
using montaj::test::MediaFixtures;

namespace {

// One second of the portrait frame-coded clip (frames 0..29) — with its sound track muted off, a
// tone clip's sound follows, so the sound path runs too.
ProjectState oneSecond()
{
    ProjectState p;
    p.clips << clipOf(test::portraitCoded(), 0, 1'000'000);
    return p;
}

struct Shown
{
    int code;
    qint64 us;
};

// Collects what the engine shows, in order.
class Recorder : public QObject
{
public:
    explicit Recorder(PlaybackEngine &engine)
    {
        connect(&engine, &PlaybackEngine::frameReady, this, [this](const QImage &frame, qint64 us) {
            frames << Shown{FrameCode::read(frame), us};
        });
        connect(&engine, &PlaybackEngine::positionChanged, this, [this](qint64 us) { positions << us; });
    }
    QList<Shown> frames;
    QList<qint64> positions;
};

bool waitForFrames(const Recorder &r, qsizetype count, int ms = 10000)
{
    return QTest::qWaitFor([&] { return r.frames.size() >= count; }, ms);
}

} // namespace

class TestPlaybackEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seekShowsTheExactFrame()
    {
        PlaybackEngine engine;
        Recorder r(engine);
        engine.setProject(oneSecond());
        QVERIFY(waitForFrames(r, 1));
        QCOMPARE(r.frames.last().code, 0);
        QCOMPARE(engine.frameSize(), QSize(540, 960));
        for (int n : {17, 3, 29, 0, 12}) {
            const qsizetype before = r.frames.size();
            engine.seek(engine.grid().timeOf(n) + 10);
            QVERIFY(waitForFrames(r, before + 1));
            QCOMPARE(r.frames.last().code, n);
            QCOMPARE(r.frames.last().us, engine.grid().timeOf(n) + 10);
            QCOMPARE(engine.position(), engine.grid().timeOf(n) + 10);
        }
        engine.seek(-100);
        QCOMPARE(engine.position(), 0);
        engine.seek(5'000'000);
        QCOMPARE(engine.position(), 1'000'000); // clamped to the end, which shows the last frame
        QVERIFY(QTest::qWaitFor([&] { return r.frames.last().code == 29; }, 5000));
    }

    void seeksCoalesce()
    {
        PlaybackEngine engine;
        Recorder r(engine);
        engine.setProject(oneSecond());
        QVERIFY(waitForFrames(r, 1));
        r.frames.clear();
        // A scrub: forty requests before the engine's thread can render more than one or two.
        for (int n = 0; n < 40; ++n)
            engine.seek(engine.grid().timeOf(29 - (n % 30)));
        const qint64 last = engine.grid().timeOf(29 - (39 % 30));
        QVERIFY(QTest::qWaitFor([&] { return !r.frames.isEmpty() && r.frames.last().us == last; }, 10000));
        QTest::qWait(200); // nothing else arrives
        QCOMPARE(r.frames.last().code, 29 - (39 % 30));
        QVERIFY2(r.frames.size() <= 3, qPrintable(QString::number(r.frames.size())));
    }

    void playsInRealTimeWithoutASoundDeviceAndStopsAtTheEnd()
    {
        PlaybackEngine engine;
        engine.setAudioOutputEnabled(true); // no device on CI: the steady clock takes over
        ProjectState project = oneSecond();
        project.clips << clipOf(MediaFixtures::sine(QStringLiteral("sine.wav"), {"-c:a", "pcm_s16le"}), 0,
                                300'000);
        Recorder r(engine);
        engine.setProject(project);
        QVERIFY(waitForFrames(r, 1));
        r.frames.clear();
        r.positions.clear();
        QSignalSpy playing(&engine, &PlaybackEngine::playingChanged);
        QSignalSpy ended(&engine, &PlaybackEngine::reachedEnd);
        QElapsedTimer wall;
        wall.start();
        engine.play();
        QCOMPARE(playing.count(), 1);
        QVERIFY(engine.isPlaying());
        QVERIFY(ended.wait(10000));
        const qint64 ms = wall.elapsed();
        QVERIFY(!engine.isPlaying());
        QCOMPARE(playing.count(), 2);
        QCOMPARE(playing.last().first().toBool(), false);
        // 1.3 s of timeline played at 1× (a little preroll allowed), not as fast as possible.
        QVERIFY2(ms >= 1200 && ms < 4000, qPrintable(QString::number(ms)));
        QCOMPARE(engine.position(), 1'300'000);
        QCOMPARE(r.positions.last(), 1'300'000);
        for (qsizetype i = 1; i < r.positions.size(); ++i)
            QVERIFY2(r.positions[i] > r.positions[i - 1], qPrintable(QString::number(r.positions[i])));
        // The pictures follow in order; the video's frames show their own numbers.
        QVERIFY(r.frames.size() >= 20);
        for (qsizetype i = 1; i < r.frames.size(); ++i)
            QVERIFY(r.frames[i].us > r.frames[i - 1].us);
        for (const Shown &s : r.frames)
            if (s.us < 1'000'000)
                QCOMPARE(s.code, int(engine.grid().indexAt(s.us)));
        const PlaybackStats stats = engine.stats();
        QCOMPARE(stats.shownFrames + stats.droppedFrames, 39); // every frame shown or counted
        QVERIFY2(stats.droppedFrames <= 8, qPrintable(QString::number(stats.droppedFrames)));
        QVERIFY(stats.renderMsP50 > 0);
        // Play again at the end: from the start.
        r.frames.clear();
        engine.play();
        QVERIFY(QTest::qWaitFor([&] { return !r.frames.isEmpty(); }, 5000));
        QVERIFY(r.frames.first().us < 200'000);
        engine.pause();
    }

    // With a sound device (scripts/test.sh starts a PulseAudio null sink) the picture follows the
    // sound output: real time, in sync, and the sound clock is really used.
    void playsInSyncWithTheSoundOutput()
    {
        if (QMediaDevices::defaultAudioOutput().isNull())
            QSKIP("no sound output device (scripts/test.sh starts a PulseAudio null sink)");
        PlaybackEngine engine;
        engine.setAudioOutputEnabled(true);
        ProjectState project = oneSecond();
        project.clips << clipOf(MediaFixtures::sine(QStringLiteral("sine4.wav"), {"-c:a", "pcm_s16le"}, 4.0),
                                0, 3'000'000);
        Recorder r(engine);
        engine.setProject(project);
        QVERIFY(waitForFrames(r, 1));
        QList<QPair<qint64, qint64>> samples; // (wall ms, position us) while playing
        QList<double> drifts;
        QElapsedTimer wall;
        connect(&engine, &PlaybackEngine::positionChanged, &engine, [&](qint64 us) {
            samples.append({wall.elapsed(), us});
        });
        connect(&engine, &PlaybackEngine::statsChanged, &engine, [&](const PlaybackStats &s) {
            if (engine.isPlaying() && s.audioClock)
                drifts << s.audioDriftMs;
        });
        QSignalSpy ended(&engine, &PlaybackEngine::reachedEnd);
        wall.start();
        engine.play();
        QVERIFY(ended.wait(15000));
        const qint64 ms = wall.elapsed();
        QVERIFY(engine.stats().audioClock);
        // 4 s of timeline: real time, plus the sound server's start (≤ 0.6 s), never slower.
        QVERIFY2(ms >= 3950 && ms < 4700, qPrintable(QString::number(ms)));
        // Between 1 s and 3.5 s of playback the picture moves at the speed of the sound (±3 %), as
        // the least-squares slope of position over wall time, so no one late signal decides it.
        // The null sink here starts a stream up to 1.6 s late; the sound then catches up by
        // skipping, and the picture does not slow down to meet it (it did: 0.964–0.978).
        double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (const auto &[wallMs, us] : samples) {
            if (us < 1'000'000 || us > 3'500'000)
                continue;
            const double x = double(wallMs), y = double(us) / 1000.0;
            n += 1;
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        QVERIFY2(n >= 30, qPrintable(QString::number(n)));
        const double speed = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        // On failure, the speed of each third of a second says where the time went.
        QString trace =
            QStringLiteral("speed %1 over %2 s; by third of a second:").arg(speed).arg(double(ms) / 1000.0);
        for (qsizetype k = 0; k + 10 < samples.size(); k += 10)
            trace += QStringLiteral(" %1@%2ms")
                         .arg(double(samples[k + 10].second - samples[k].second) / 1000.0
                                  / double(std::max<qint64>(1, samples[k + 10].first - samples[k].first)),
                              0, 'f', 3)
                         .arg(samples[k].first);
        QVERIFY2(speed > 0.97 && speed < 1.03, qPrintable(trace));
        // The picture clock and the sound output agree within 40 ms on average.
        QVERIFY(drifts.size() >= 8);
        for (double d : drifts)
            QVERIFY2(std::abs(d) < 40.0, qPrintable(QString::number(d)));
        QVERIFY2(engine.stats().droppedFrames <= 12,
                 qPrintable(QString::number(engine.stats().droppedFrames)));
    }

    void slowRenderingDropsAndCountsFrames()
    {
        PlaybackEngine engine;
        engine.setAudioOutputEnabled(false);
        engine.setFrameFilter([](QImage &, qint64) { QThread::msleep(70); }); // a 14 fps machine
        engine.setProject(oneSecond());
        QSignalSpy ended(&engine, &PlaybackEngine::reachedEnd);
        QSignalSpy stats(&engine, &PlaybackEngine::statsChanged);
        QTest::qWait(300);
        engine.play();
        QVERIFY(ended.wait(10000));
        const PlaybackStats s = engine.stats();
        QVERIFY2(s.droppedFrames >= 10, qPrintable(QString::number(s.droppedFrames)));
        QVERIFY2(s.shownFrames <= 20, qPrintable(QString::number(s.shownFrames)));
        QVERIFY(s.renderMsP50 >= 70);
        QVERIFY(!stats.isEmpty());
        QCOMPARE(stats.last().first().value<PlaybackStats>().droppedFrames, s.droppedFrames);
    }

    void shuttleRatesForJKL()
    {
        PlaybackEngine engine;
        engine.setAudioOutputEnabled(false);
        QCOMPARE(PlaybackEngine::shuttleRates(), (QList<int>{-8, -4, -2, -1, 0, 1, 2, 4, 8}));
        Recorder r(engine);
        engine.setProject(oneSecond());
        QVERIFY(waitForFrames(r, 1));
        engine.seek(500'000); // the rate changes below happen before any frame is due
        engine.shuttleForward();
        QCOMPARE(engine.rate(), 1);
        engine.shuttleForward();
        engine.shuttleForward();
        QCOMPARE(engine.rate(), 4);
        engine.shuttleForward();
        engine.shuttleForward();
        QCOMPARE(engine.rate(), 8);
        engine.shuttleBackward();
        QCOMPARE(engine.rate(), -1);
        engine.shuttleBackward();
        QCOMPARE(engine.rate(), -2);
        engine.pause();
        QCOMPARE(engine.rate(), 0);
        engine.setRate(3);
        QCOMPARE(engine.rate(), 2); // snapped (ties go to the slower rate)
        engine.seek(0);
        engine.shuttleBackward(); // nothing before the start: stops
        QCOMPARE(engine.rate(), 0);

        // 2× forward plays the second in about half a second; reverse from the end reaches the start.
        engine.seek(0);
        QSignalSpy ended(&engine, &PlaybackEngine::reachedEnd);
        QElapsedTimer wall;
        wall.start();
        engine.setRate(2);
        QVERIFY(ended.wait(5000));
        QVERIFY2(wall.elapsed() < 1000, qPrintable(QString::number(wall.elapsed())));
        QCOMPARE(engine.position(), 1'000'000);
        r.frames.clear();
        r.positions.clear();
        engine.setRate(-2);
        QVERIFY(ended.wait(5000));
        QCOMPARE(engine.position(), 0);
        QVERIFY(r.positions.size() >= 3);
        for (qsizetype i = 1; i < r.positions.size(); ++i)
            QVERIFY(r.positions[i] < r.positions[i - 1]);
        QVERIFY(QTest::qWaitFor([&] { return r.frames.last().code == 0; }, 5000));
    }

    void stepsByFrames()
    {
        PlaybackEngine engine;
        Recorder r(engine);
        engine.setProject(oneSecond());
        QVERIFY(waitForFrames(r, 1));
        engine.stepFrames(1);
        QCOMPARE(engine.position(), 33'334);
        QVERIFY(QTest::qWaitFor([&] { return r.frames.last().code == 1; }, 5000));
        engine.stepFrames(5);
        QCOMPARE(engine.position(), engine.grid().timeOf(6));
        engine.stepFrames(-10);
        QCOMPARE(engine.position(), 0);
        engine.seek(1'000'000); // the end
        engine.stepFrames(-1);
        QCOMPARE(engine.position(), engine.grid().timeOf(29));
        QVERIFY(QTest::qWaitFor([&] { return r.frames.last().code == 29; }, 5000));
        engine.stepFrames(1);
        QCOMPARE(engine.position(), 1'000'000);
        QCOMPARE(engine.stepTarget(7), 1'000'000);
        engine.play();
        engine.stepFrames(-1); // stepping pauses
        QVERIFY(!engine.isPlaying());
    }

    void projectChangesKeepThePosition()
    {
        PlaybackEngine engine;
        Recorder r(engine);
        engine.setProject(oneSecond());
        engine.seek(engine.grid().timeOf(20));
        QVERIFY(QTest::qWaitFor([&] { return !r.frames.isEmpty() && r.frames.last().code == 20; }, 5000));
        ProjectState longer = oneSecond();
        longer.clips.prepend(clipOf(test::portraitCoded(), 1'000'000, 1'500'000)); // frames 30..44 first
        const qsizetype before = r.frames.size();
        engine.setProject(longer);
        QCOMPARE(engine.position(), engine.grid().timeOf(20));
        QVERIFY(waitForFrames(r, before + 1));
        QCOMPARE(r.frames.last().code, 5); // timeline frame 20 is now the second clip's frame 5
        ProjectState shorter;
        shorter.clips << clipOf(test::portraitCoded(), 0, 300'000);
        engine.setProject(shorter);
        QCOMPARE(engine.position(), 300'000); // clamped to the new end
        engine.setPreviewSize(QSize(200, 200));
        QCOMPARE(engine.frameSize(), QSize(112, 200));
        QVERIFY(QTest::qWaitFor([&] { return engine.currentFrame().size() == QSize(112, 200); }, 5000));
    }

    void proxiesAreUsedWhenReady()
    {
        QTemporaryDir dir;
        ProxyCache cache(dir.path());
        PlaybackEngine engine;
        engine.setProxyCache(&cache);
        Recorder r(engine);
        const ProjectState project = oneSecond();
        engine.setProject(project);
        cache.request(project.clips.first().mediaPath);
        QVERIFY(cache.waitForIdle(60000));
        QVERIFY(!cache.readyProxy(project.clips.first().mediaPath).isEmpty());
        engine.seek(engine.grid().timeOf(23));
        QVERIFY(QTest::qWaitFor([&] { return !r.frames.isEmpty() && r.frames.last().code == 23; }, 5000));
    }

    void brokenMediaReportsAndStillPlays()
    {
        PlaybackEngine engine;
        engine.setAudioOutputEnabled(false);
        QSignalSpy errors(&engine, &PlaybackEngine::errorOccurred);
        ProjectState project;
        Clip gone;
        gone.id = QStringLiteral("gone");
        gone.mediaPath = QStringLiteral("/nonexistent/clip.mp4");
        gone.outUs = 400'000;
        gone.sourceDurationUs = 400'000;
        gone.sourceSize = QSize(360, 640);
        gone.sourceHasAudio = false;
        project.clips << gone;
        Recorder r(engine);
        engine.setProject(project);
        QVERIFY(errors.wait(5000));
        QVERIFY(!errors.first().first().toString().isEmpty());
        QVERIFY(waitForFrames(r, 1));
        QSignalSpy ended(&engine, &PlaybackEngine::reachedEnd);
        engine.play();
        QVERIFY(ended.wait(5000));
        QCOMPARE(errors.count(), 1); // said once, not once per frame
    }
};

// QGuiApplication (offscreen, no display): pictures with text need the font database.
QTEST_MAIN(TestPlaybackEngine)
#include "tst_playbackengine.moc"
