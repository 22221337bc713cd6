// Recording speed: the Recorder taking the synthetic source at 1080×1920 30 fps (with its tone)
// in real time — frames captured, encoded, duplicated and dropped, encoder ms per frame, process
// CPU — for libx264 ultrafast, veryfast and superfast (the recorder's choice), all with tune
// zerolatency; then the screen source (x11grab) on a private 1080×1920 Xvfb display showing an
// animated window, against the ffmpeg CLI grabbing the same display with x11grab in real time;
// then throughput: the recorder's encode path (draw → yuv420p → libx264 → fragmented MP4) as fast
// as it goes, against the ffmpeg CLI converting and encoding the same pictures (raw BGRA, looped)
// at the same size, preset, CRF, GOP and container — and, for reference, testsrc2.
//
// bench_capture [SECONDS] — SECONDS (default 30, or $MONTAJ_BENCH_CAPTURE_SECONDS) per live run.

#include "bench/benchsupport.h"
#include "core/capture/internal/takeencoder.h"
#include "core/capture/recorder.h"
#include "core/capture/screensource.h"
#include "core/capture/syntheticsource.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QProcess>
#include <QRasterWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

using namespace montaj;

namespace {

const QString kChosenPreset = QStringLiteral("superfast");
constexpr int kCrf = 21;

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
           + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

struct LiveRun
{
    bool ok = false;
    CaptureStats stats;
    qint64 durationUs = 0;
    double cpuPercent = 0; // of one core, whole process
    qint64 previews = 0;
    qint64 bytes = 0;
};

LiveRun recordLive(std::shared_ptr<VideoCaptureSource> video, std::shared_ptr<AudioCaptureSource> audio,
                   const QString &preset, const QString &folder, int seconds)
{
    LiveRun run;
    Recorder r;
    Recorder::Settings s;
    s.folder = folder;
    s.x264Preset = preset;
    s.crf = kCrf;
    if (!r.setSettings(s).ok() || !r.setVideoSource(std::move(video)).ok()
        || !r.setAudioSource(std::move(audio)).ok())
        return run;
    if (auto begun = r.beginSession(); !begun) {
        std::fprintf(stderr, "bench_capture: %s\n", qPrintable(begun.error().toString()));
        return run;
    }
    // A UI that takes every preview picture it is given.
    QObject::connect(&r, &Recorder::previewFrame, &r, [&run](const QImage &, qint64) { ++run.previews; });
    QSignalSpy added(&r, &Recorder::takeAdded);
    wait(500);
    run.previews = 0;
    const double cpu0 = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    if (!r.startTake().ok())
        return run;
    wait(seconds * 1000);
    r.stopTake();
    const double cpu = cpuSeconds() - cpu0, elapsed = double(wall.nsecsElapsed()) / 1e9;
    if (!added.wait(20'000) && added.isEmpty())
        return run;
    const Take take = added.first().first().value<Take>();
    run.ok = true;
    run.stats = take.stats;
    run.durationUs = take.durationUs;
    run.cpuPercent = 100.0 * cpu / elapsed;
    run.bytes = QFileInfo(take.path).size();
    return run;
}

void printRun(const char *what, const QString &preset, const LiveRun &r)
{
    std::printf(
        "%-10s %-9s %6.2f s: captured %lld, encoded %lld (duplicated %lld), dropped %lld (queue full %lld); "
        "encode %.1f ms/frame; CPU %.0f %% of one core; %lld previews; %.1f MB\n",
        what, qPrintable(preset), double(r.durationUs) / 1e6, r.stats.framesCaptured, r.stats.framesEncoded,
        r.stats.framesDuplicated, r.stats.framesDropped, r.stats.droppedQueueFull, r.stats.encodeMsAverage,
        r.cpuPercent, r.previews, double(r.bytes) / 1e6);
    std::fflush(stdout);
}

// The recorder's encode path with no clock: frames are drawn, converted and encoded back to back.
double offlineFps(const QString &path, int frames)
{
    SyntheticSource source;
    TakePlan plan;
    plan.path = path;
    plan.video.size = QSize(1080, 1920);
    plan.video.preset = kChosenPreset;
    plan.video.tune = QStringLiteral("zerolatency");
    plan.video.crf = kCrf;
    plan.video.keyframeSeconds = 1.0;
    plan.audio.bitRate = 160'000;
    plan.container.container = MediaContainer::FragmentedMp4;
    auto encoder = TakeEncoder::create(plan);
    if (!encoder)
        return -1;
    QElapsedTimer t;
    t.start();
    std::vector<float> tone(1600 * 2, 0.0f);
    for (int n = 0; n < frames; ++n) {
        const qint64 us = qint64(n) * 1'000'000 / 30;
        AudioChunk chunk;
        chunk.samples = tone;
        chunk.timeUs = us;
        if (!(*encoder)->addAudio(chunk).ok()
            || !(*encoder)->addVideo(VideoFrame{source.pattern(n), us, n}).ok())
            return -1;
    }
    (*encoder)->setStop(qint64(frames) * 1'000'000 / 30);
    if (!(*encoder)->finish().ok())
        return -1;
    return frames / (double(t.nsecsElapsed()) / 1e9);
}

// What moves on the benchmark's X display: the synthetic pattern, repainted 30 times a second.
class Animated : public QRasterWindow
{
public:
    Animated()
        : m_source([] {
            SyntheticSource::Settings s;
            s.size = QSize(540, 960);
            return s;
        }())
    {
        connect(&m_timer, &QTimer::timeout, this, [this] { update(); });
        m_timer.start(33);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.drawImage(QRect(QPoint(0, 0), size()), m_source.pattern(m_n++));
    }

private:
    SyntheticSource m_source;
    QTimer m_timer;
    qint64 m_n = 0;
};

// ffmpeg's own counters from -progress: frames written and frames it dropped.
QPair<qint64, qint64> ffmpegGrab(const QString &display, int seconds, const QString &out)
{
    QProcess p;
    p.start(QStringLiteral("ffmpeg"), {QStringLiteral("-y"),
                                       QStringLiteral("-nostdin"),
                                       QStringLiteral("-v"),
                                       QStringLiteral("error"),
                                       QStringLiteral("-progress"),
                                       QStringLiteral("pipe:1"),
                                       QStringLiteral("-f"),
                                       QStringLiteral("x11grab"),
                                       QStringLiteral("-draw_mouse"),
                                       QStringLiteral("0"),
                                       QStringLiteral("-framerate"),
                                       QStringLiteral("30"),
                                       QStringLiteral("-i"),
                                       display,
                                       QStringLiteral("-t"),
                                       QString::number(seconds),
                                       QStringLiteral("-c:v"),
                                       QStringLiteral("libx264"),
                                       QStringLiteral("-preset"),
                                       kChosenPreset,
                                       QStringLiteral("-tune"),
                                       QStringLiteral("zerolatency"),
                                       QStringLiteral("-crf"),
                                       QString::number(kCrf),
                                       QStringLiteral("-g"),
                                       QStringLiteral("30"),
                                       QStringLiteral("-pix_fmt"),
                                       QStringLiteral("yuv420p"),
                                       QStringLiteral("-movflags"),
                                       QStringLiteral("frag_keyframe+empty_moov+default_base_moof"),
                                       out});
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    loop.exec();
    qint64 frames = -1, drops = -1;
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    for (const QByteArray &l : lines) {
        if (l.startsWith("frame="))
            frames = l.mid(6).toLongLong();
        else if (l.startsWith("drop_frames="))
            drops = l.mid(12).toLongLong();
    }
    return {frames, drops};
}

QString startXvfb(QProcess &xvfb)
{
    const QString binary = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (binary.isEmpty())
        return {};
    for (int n = 97; n < 140; ++n) {
        const QString socket = QStringLiteral("/tmp/.X11-unix/X%1").arg(n);
        if (QFileInfo::exists(socket) || QFileInfo::exists(QStringLiteral("/tmp/.X%1-lock").arg(n)))
            continue;
        xvfb.start(binary,
                   {QStringLiteral(":%1").arg(n), QStringLiteral("-screen"), QStringLiteral("0"),
                    QStringLiteral("1080x1920x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
        QElapsedTimer t;
        t.start();
        while (!QFileInfo::exists(socket) && t.elapsed() < 10'000)
            QThread::msleep(50);
        return QFileInfo::exists(socket) ? QStringLiteral(":%1").arg(n) : QString();
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QProcess xvfb;
    const QString display = startXvfb(xvfb);
    if (!display.isEmpty()) {
        qputenv("DISPLAY", display.toLatin1());
        qputenv("QT_QPA_PLATFORM", "xcb");
    } else {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    int seconds = qEnvironmentVariableIntValue("MONTAJ_BENCH_CAPTURE_SECONDS");
    if (app.arguments().size() > 1)
        seconds = app.arguments().at(1).toInt();
    if (seconds <= 0)
        seconds = 30;
    const QDir dir(bench::mediaDir());
    const QString folder = dir.filePath(QStringLiteral("capture"));
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    std::printf(
        "bench_capture: %d s per live run, 1080x1920 30 fps, CRF %d, tune zerolatency, fragmented MP4, "
        "%d cores\n",
        seconds, kCrf, QThread::idealThreadCount());

    // 1. Synthetic source, live, per preset (the chosen one last, for the BENCH line).
    QMap<QString, LiveRun> synthetic;
    for (const QString &preset : {QStringLiteral("ultrafast"), QStringLiteral("veryfast"), kChosenPreset}) {
        auto source = std::make_shared<SyntheticSource>();
        const LiveRun run = recordLive(source, source, preset, folder, seconds);
        if (!run.ok) {
            std::fprintf(stderr, "bench_capture: the synthetic take with %s failed\n", qPrintable(preset));
            return 1;
        }
        printRun("synthetic", preset, run);
        synthetic.insert(preset, run);
    }
    const LiveRun &syn = synthetic.value(kChosenPreset);

    // 2. The screen, live, with an animated window on it.
    LiveRun screen;
    QPair<qint64, qint64> peerGrab{-1, -1};
    if (!display.isEmpty() && ScreenSource::isAvailable()) {
        Animated window;
        window.setFlags(Qt::FramelessWindowHint | Qt::Window);
        window.setGeometry(0, 0, 1080, 1920);
        window.show();
        wait(500);
        ScreenTarget target;
        target.display = display;
        screen = recordLive(std::make_shared<ScreenSource>(target), nullptr, kChosenPreset, folder, seconds);
        if (screen.ok)
            printRun("screen", kChosenPreset, screen);
        peerGrab = ffmpegGrab(display, seconds, dir.filePath(QStringLiteral("capture_ffmpeg_grab.mp4")));
        std::printf("ffmpeg CLI x11grab %s %d s: %lld frames written, %lld dropped\n",
                    qPrintable(kChosenPreset), seconds, peerGrab.first, peerGrab.second);
    } else {
        std::printf("screen: skipped (no Xvfb or no x11grab)\n");
    }

    // 3. Throughput: the same encode path with no clock vs the ffmpeg CLI on testsrc2.
    const int frames = seconds * 30;
    const double montajFps = offlineFps(dir.filePath(QStringLiteral("capture_offline.mp4")), frames);
    const double peerSeconds = bench::runTimed(QStringLiteral("ffmpeg"),
                                               {QStringLiteral("-y"),
                                                QStringLiteral("-nostdin"),
                                                QStringLiteral("-v"),
                                                QStringLiteral("error"),
                                                QStringLiteral("-f"),
                                                QStringLiteral("lavfi"),
                                                QStringLiteral("-i"),
                                                QStringLiteral("testsrc2=s=1080x1920:r=30"),
                                                QStringLiteral("-f"),
                                                QStringLiteral("lavfi"),
                                                QStringLiteral("-i"),
                                                QStringLiteral("sine=frequency=440:sample_rate=48000"),
                                                QStringLiteral("-frames:v"),
                                                QString::number(frames),
                                                QStringLiteral("-c:v"),
                                                QStringLiteral("libx264"),
                                                QStringLiteral("-preset"),
                                                kChosenPreset,
                                                QStringLiteral("-tune"),
                                                QStringLiteral("zerolatency"),
                                                QStringLiteral("-crf"),
                                                QString::number(kCrf),
                                                QStringLiteral("-g"),
                                                QStringLiteral("30"),
                                                QStringLiteral("-pix_fmt"),
                                                QStringLiteral("yuv420p"),
                                                QStringLiteral("-c:a"),
                                                QStringLiteral("aac"),
                                                QStringLiteral("-b:a"),
                                                QStringLiteral("160k"),
                                                QStringLiteral("-shortest"),
                                                QStringLiteral("-movflags"),
                                                QStringLiteral("frag_keyframe+empty_moov+default_base_moof"),
                                                dir.filePath(QStringLiteral("capture_ffmpeg.mp4"))});
    const double testsrcFps = peerSeconds > 0 ? frames / peerSeconds : -1;
    // The same pictures: the pattern's first 60 frames as raw BGRA, looped, converted and encoded
    // by the ffmpeg CLI exactly as the recorder does (swscale to yuv420p, libx264, fragmented MP4).
    const QString raw =
        QDir(QFileInfo::exists(QStringLiteral("/dev/shm")) ? QStringLiteral("/dev/shm") : dir.path())
            .filePath(QStringLiteral("montaj_bench_capture_pattern.bgra"));
    {
        SyntheticSource source;
        QFile f(raw);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        for (int n = 0; n < 60; ++n) {
            const QImage image = source.pattern(n);
            f.write(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes());
        }
    }
    const double sameSeconds = bench::runTimed(QStringLiteral("ffmpeg"),
                                               {QStringLiteral("-y"),
                                                QStringLiteral("-nostdin"),
                                                QStringLiteral("-v"),
                                                QStringLiteral("error"),
                                                QStringLiteral("-f"),
                                                QStringLiteral("rawvideo"),
                                                QStringLiteral("-pix_fmt"),
                                                QStringLiteral("bgra"),
                                                QStringLiteral("-s"),
                                                QStringLiteral("1080x1920"),
                                                QStringLiteral("-r"),
                                                QStringLiteral("30"),
                                                QStringLiteral("-stream_loop"),
                                                QStringLiteral("-1"),
                                                QStringLiteral("-i"),
                                                raw,
                                                QStringLiteral("-f"),
                                                QStringLiteral("lavfi"),
                                                QStringLiteral("-i"),
                                                QStringLiteral("sine=frequency=440:sample_rate=48000"),
                                                QStringLiteral("-frames:v"),
                                                QString::number(frames),
                                                QStringLiteral("-c:v"),
                                                QStringLiteral("libx264"),
                                                QStringLiteral("-preset"),
                                                kChosenPreset,
                                                QStringLiteral("-tune"),
                                                QStringLiteral("zerolatency"),
                                                QStringLiteral("-crf"),
                                                QString::number(kCrf),
                                                QStringLiteral("-g"),
                                                QStringLiteral("30"),
                                                QStringLiteral("-pix_fmt"),
                                                QStringLiteral("yuv420p"),
                                                QStringLiteral("-c:a"),
                                                QStringLiteral("aac"),
                                                QStringLiteral("-b:a"),
                                                QStringLiteral("160k"),
                                                QStringLiteral("-shortest"),
                                                QStringLiteral("-movflags"),
                                                QStringLiteral("frag_keyframe+empty_moov+default_base_moof"),
                                                dir.filePath(QStringLiteral("capture_ffmpeg_same.mp4"))});
    QFile::remove(raw);
    const double peerFps = sameSeconds > 0 ? frames / sameSeconds : -1;
    std::printf(
        "throughput %s, %d frames: montaj encode path (draw + convert + encode) %.1f fps (%.2fx real time); "
        "ffmpeg CLI on the same pictures %.1f fps (%.2fx); ffmpeg CLI on testsrc2 %.1f fps (%.2fx)\n",
        qPrintable(kChosenPreset), frames, montajFps, montajFps / 30, peerFps, peerFps / 30, testsrcFps,
        testsrcFps / 30);

    if (xvfb.state() != QProcess::NotRunning) {
        xvfb.terminate();
        xvfb.waitForFinished(3000);
    }
    const auto dropped = [](const LiveRun &r) { return r.stats.framesDropped; };
    std::printf(
        "BENCH capture seconds=%d preset=%s synthetic_captured=%lld synthetic_encoded=%lld "
        "synthetic_dropped=%lld synthetic_duplicated=%lld synthetic_encode_ms=%.1f synthetic_cpu_pct=%.0f "
        "ultrafast_dropped=%lld veryfast_dropped=%lld veryfast_encode_ms=%.1f screen_captured=%lld "
        "screen_encoded=%lld screen_dropped=%lld screen_encode_ms=%.1f screen_cpu_pct=%.0f "
        "ffmpeg_grab_frames=%lld ffmpeg_grab_dropped=%lld montaj_fps=%.1f ffmpeg_cli_fps=%.1f "
        "ffmpeg_cli_testsrc2_fps=%.1f ratio_to_ffmpeg_cli=%.3f realtime_ratio=%.2f\n",
        seconds, qPrintable(kChosenPreset), syn.stats.framesCaptured, syn.stats.framesEncoded, dropped(syn),
        syn.stats.framesDuplicated, syn.stats.encodeMsAverage, syn.cpuPercent,
        dropped(synthetic.value(QStringLiteral("ultrafast"))),
        dropped(synthetic.value(QStringLiteral("veryfast"))),
        synthetic.value(QStringLiteral("veryfast")).stats.encodeMsAverage, screen.stats.framesCaptured,
        screen.stats.framesEncoded, screen.stats.framesDropped, screen.stats.encodeMsAverage,
        screen.cpuPercent, peerGrab.first, peerGrab.second, montajFps, peerFps, testsrcFps,
        peerFps > 0 ? montajFps / peerFps : 0, montajFps / 30);
    return 0;
}
