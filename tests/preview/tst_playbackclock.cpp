// PlaybackClock: the picture's clock follows the sound's position by slewing at most 5 %, never
// by a visible jump unless it is far off. Real time (QElapsedTimer), so bounds leave room for a
// busy machine's scheduling but not for the faults they catch.
#include "core/preview/internal/playbackclock.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <cstdlib>

using namespace montaj;

class TestPlaybackClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsInRealTimeAtTheRate()
    {
        PlaybackClock clock;
        clock.start(1'000'000, 1);
        QThread::msleep(200);
        const qint64 p = clock.positionUs();
        QVERIFY2(p >= 1'200'000 && p < 1'400'000, qPrintable(QString::number(p)));
        clock.stop();
        QCOMPARE(clock.positionUs(), 1'000'000);
    }

    // A sound output that starts late reports its first position long after the clock started:
    // that measurement may nudge the clock, not pull it back by 5 % of the whole wait (a 25 ms jump
    // back of the picture after half a second, 80 ms after 1.6 s).
    void aLateFirstMeasurementDoesNotJump()
    {
        PlaybackClock clock;
        clock.start(0, 1);
        QThread::msleep(500);
        const qint64 before = clock.positionUs();
        clock.follow(before - 60'000);
        const qint64 after = clock.positionUs();
        QVERIFY2(after >= before - 3'000, qPrintable(QString::number(after - before)));
    }

    // A steady error is worked off by slewing: 40 ms behind, measured every 4 ms, the clock comes
    // within 10 ms in two and a half seconds at a speed within 5 % of real time, always moving forward.
    void aSteadyErrorIsWorkedOffSmoothly()
    {
        PlaybackClock clock;
        clock.start(0, 1);
        QElapsedTimer wall;
        wall.start();
        qint64 last = clock.positionUs();
        qint64 error = 0;
        while (wall.elapsed() < 2500) {
            QThread::msleep(4);
            const qint64 measured = wall.nsecsElapsed() / 1000 - 40'000; // the sound, 40 ms behind
            clock.follow(measured);
            const qint64 now = clock.positionUs();
            QVERIFY2(now >= last, qPrintable(QString::number(now - last)));
            last = now;
            error = now - measured;
        }
        QVERIFY2(std::abs(error) < 10'000, qPrintable(QString::number(error)));
    }

    void farOffJumpsAtOnce()
    {
        PlaybackClock clock;
        clock.start(0, 1);
        QThread::msleep(20);
        clock.follow(clock.positionUs() + 500'000); // an underrun resumed half a second later
        const qint64 p = clock.positionUs();
        QVERIFY2(p >= 500'000 && p < 600'000, qPrintable(QString::number(p)));
    }
};

QTEST_GUILESS_MAIN(TestPlaybackClock)
#include "tst_playbackclock.moc"
