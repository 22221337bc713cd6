// Screen capture under Xvfb: the test starts its own X server on a free display, shows a window
// with a known pattern on it (screen_painter, a Qt xcb client), records it with ScreenSource —
// the whole screen, a region, the window by id — and checks the decoded frames show the pattern's
// colours in the right places.

#include "core/capture/recorder.h"
#include "core/capture/screensource.h"
#include "tests/capture/capturetestsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace montaj;
using namespace montaj::test;

class TestScreenCapture : public QObject
{
    Q_OBJECT

private:
    QProcess m_xvfb;
    QProcess m_painter;
    QString m_display;
    quint64 m_window = 0;
    QTemporaryDir m_dir;

    Take record(std::shared_ptr<ScreenSource> source, QSize output, const QString &folder)
    {
        Recorder r;
        Recorder::Settings s;
        s.folder = m_dir.filePath(folder);
        s.outputSize = output;
        s.framing = Framing::Fit;
        if (!r.setSettings(s).ok() || !r.setVideoSource(source).ok())
            return {};
        if (auto begun = r.beginSession(); !begun) {
            qWarning("%s", qPrintable(begun.error().toString()));
            return {};
        }
        QSignalSpy added(&r, &Recorder::takeAdded);
        if (!r.startTake().ok())
            return {};
        QTest::qWait(2000);
        r.stopTake();
        if (!waitFor(added))
            return {};
        return added.first().first().value<Take>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString xvfb = QStandardPaths::findExecutable("Xvfb");
        if (xvfb.isEmpty())
            QSKIP("Xvfb is not installed (Debian package xvfb): the screen capture test needs a virtual X "
                  "display");
        if (!ScreenSource::isAvailable())
            QSKIP("this FFmpeg has no x11grab device");
        for (int n = 97; n < 140 && m_display.isEmpty(); ++n)
            if (!QFileInfo::exists(QString("/tmp/.X11-unix/X%1").arg(n))
                && !QFileInfo::exists(QString("/tmp/.X%1-lock").arg(n)))
                m_display = QString(":%1").arg(n);
        QVERIFY(!m_display.isEmpty());
        m_xvfb.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_xvfb.start(xvfb, {m_display, "-screen", "0", "640x480x24", "-nolisten", "tcp", "-noreset"});
        QVERIFY(m_xvfb.waitForStarted(5000));
        const QString socket = QString("/tmp/.X11-unix/X%1").arg(m_display.mid(1));
        QVERIFY2(QTest::qWaitFor([&] { return QFileInfo::exists(socket); }, 10'000), "Xvfb did not come up");

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("DISPLAY", m_display);
        env.insert("QT_QPA_PLATFORM", "xcb");
        m_painter.setProcessEnvironment(env);
        m_painter.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_painter.start(QDir(QCoreApplication::applicationDirPath()).filePath("screen_painter"), {});
        QVERIFY(m_painter.waitForStarted(5000));
        QVERIFY2(QTest::qWaitFor([&] { return m_painter.canReadLine(); }, 10'000),
                 "the pattern window did not show");
        const QString line = QString::fromUtf8(m_painter.readLine()).trimmed();
        QVERIFY(line.startsWith("shown "));
        m_window = line.mid(6).toULongLong();
    }

    void cleanupTestCase()
    {
        for (QProcess *p : {&m_painter, &m_xvfb})
            if (p->state() != QProcess::NotRunning) {
                p->terminate();
                if (!p->waitForFinished(3000)) {
                    p->kill();
                    p->waitForFinished(3000);
                }
            }
    }

    void wholeScreen()
    {
        ScreenTarget target;
        target.display = m_display;
        target.drawMouse = false;
        auto source = std::make_shared<ScreenSource>(target);
        const Take take = record(source, QSize(640, 480), "whole");
        QVERIFY(!take.path.isEmpty());
        QCOMPARE(source->grabSize(), QSize(640, 480));
        QVERIFY2(qAbs(take.durationUs - 2'000'000) < 150'000, qPrintable(QString::number(take.durationUs)));
        QVERIFY(take.stats.framesCaptured >= 40);
        for (int index : {5, 30, 55}) {
            const QImage frame = decodedFrame(take.path, index);
            QCOMPARE(frame.size(), QSize(640, 480));
            QCOMPARE(colourClass(frame.pixel(100, 100)), 'r');
            QCOMPARE(colourClass(frame.pixel(160, 400)), 'r');
            QCOMPARE(colourClass(frame.pixel(540, 100)), 'b');
            QCOMPARE(colourClass(frame.pixel(480, 400)), 'b');
            QCOMPARE(colourClass(frame.pixel(320, 240)), 'g');
        }
    }

    void region()
    {
        // The right half only: blue, with the green square's right half at its left edge.
        ScreenTarget target;
        target.display = m_display;
        target.drawMouse = false;
        target.region = QRect(320, 0, 320, 480);
        const Take take = record(std::make_shared<ScreenSource>(target), QSize(320, 480), "region");
        QVERIFY(!take.path.isEmpty());
        const QImage frame = decodedFrame(take.path, 20);
        QCOMPARE(frame.size(), QSize(320, 480));
        QCOMPARE(colourClass(frame.pixel(20, 240)), 'g');
        QCOMPARE(colourClass(frame.pixel(20, 100)), 'b');
        QCOMPARE(colourClass(frame.pixel(300, 400)), 'b');
        for (int x = 0; x < 320; x += 40)
            QVERIFY(colourClass(frame.pixel(x, 20)) != 'r');
    }

    void window()
    {
        ScreenTarget target;
        target.display = m_display;
        target.drawMouse = false;
        target.windowId = m_window;
        auto source = std::make_shared<ScreenSource>(target);
        const Take take = record(source, QSize(640, 480), "window");
        QVERIFY(!take.path.isEmpty());
        QCOMPARE(source->grabSize(), QSize(640, 480));
        const QImage frame = decodedFrame(take.path, 20);
        QCOMPARE(colourClass(frame.pixel(100, 240)), 'r');
        QCOMPARE(colourClass(frame.pixel(540, 240)), 'b');
        QCOMPARE(colourClass(frame.pixel(320, 240)), 'g');
    }

    void missingDisplayIsAClearError()
    {
        ScreenTarget target;
        target.display = ":1234";
        ScreenSource source(target);
        const auto started = source.startVideo([](VideoFrame) {}, [](const Error &) {});
        QVERIFY(!started.ok());
        QCOMPARE(started.error().code, QStringLiteral("capture.screen_unavailable"));
        QVERIFY(!started.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScreenCapture)
#include "tst_screencapture.moc"
