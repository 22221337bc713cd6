// Preview playback: (a) a 1080×1920 30 fps H.264 + AAC project of 12 s with a text overlay played
// in real time at 540×960 through PlaybackEngine (achieved fps, dropped frames, render ms p50/p95),
// from the original and again from its all-intra proxy; (b) a 60 s project file opened from disk
// to its first frame on screen (load + engine + decode + composite); (c) the peer: the ffmpeg CLI
// decoding the same 12 s and scaling to 540×960 BGRA (`-f null -`), against PreviewRenderer
// rendering the same frames as fast as it can, as a throughput ratio.

#include "bench/benchsupport.h"
#include "core/edit/projectdocument.h"
#include "core/edit/projectfile.h"
#include "core/media/mediaprobe.h"
#include "core/preview/framegrid.h"
#include "core/preview/playbackengine.h"
#include "core/preview/previewrenderer.h"
#include "core/preview/proxycache.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace montaj;

namespace {

constexpr qint64 kPlayUs = 12'000'000;

struct Playback
{
    double fps = 0;
    qint64 shown = 0;
    qint64 dropped = 0;
    double p50 = 0, p95 = 0;
    double seconds = 0;
    bool audioClock = false;
    double maxDriftMs = 0; // |sound output − picture clock|, largest average seen while playing
    double startMs = 0;    // play() → first played frame (waits for the sound server to start)
};

ProjectState projectOf(const MediaInfo &info, qint64 durationUs)
{
    ProjectState p;
    Clip c;
    c.id = QStringLiteral("source");
    c.mediaPath = info.path;
    c.outUs = durationUs;
    c.sourceDurationUs = info.durationUs;
    c.sourceSize = info.videoStreams.first().displaySize;
    c.sourceHasAudio = info.hasAudio();
    p.clips << c;
    TextOverlay o;
    o.id = QStringLiteral("title");
    o.text = QStringLiteral("Montaj preview benchmark — مرحبا");
    o.box = true;
    o.position = QPointF(0.5, 0.2);
    o.endUs = durationUs;
    p.overlays << o;
    return p;
}

Playback play(const ProjectState &project, const ProxyCache *proxies)
{
    PlaybackEngine engine;
    engine.setProxyCache(proxies);
    engine.setPreviewSize(QSize(540, 960));
    engine.setProject(project);
    QEventLoop loop;
    QElapsedTimer wall;
    bool first = false;
    double startMs = 0;
    QElapsedTimer sincePlay;
    QObject::connect(&engine, &PlaybackEngine::frameReady, &loop, [&] {
        if (!first && engine.isPlaying()) {
            first = true;
            startMs = double(sincePlay.nsecsElapsed()) / 1e6;
            wall.start(); // from the first played frame on screen
        }
    });
    QObject::connect(&engine, &PlaybackEngine::reachedEnd, &loop, &QEventLoop::quit);
    double maxDriftMs = 0;
    QObject::connect(&engine, &PlaybackEngine::statsChanged, &loop, [&](const PlaybackStats &st) {
        if (engine.isPlaying())
            maxDriftMs = std::max(maxDriftMs, std::abs(st.audioDriftMs));
    });
    QTimer::singleShot(300, &engine, [&] { // after the first still is up
        sincePlay.start();
        engine.play();
    });
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    loop.exec();
    const PlaybackStats s = engine.stats();
    Playback r;
    r.seconds = first ? double(wall.nsecsElapsed()) / 1e9 : 0;
    r.shown = s.shownFrames;
    r.dropped = s.droppedFrames;
    r.fps = r.seconds > 0 ? double(s.shownFrames - 1) / r.seconds : 0;
    r.p50 = s.renderMsP50;
    r.p95 = s.renderMsP95;
    r.audioClock = s.audioClock;
    r.maxDriftMs = maxDriftMs;
    r.startMs = startMs;
    return r;
}

double firstFrameMs(const QString &projectFile, const ProxyCache *proxies = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    auto doc = ProjectFile::load(projectFile);
    if (!doc)
        return -1;
    PlaybackEngine engine;
    engine.setProxyCache(proxies);
    engine.setPreviewSize(QSize(540, 960));
    QEventLoop loop;
    QObject::connect(&engine, &PlaybackEngine::frameReady, &loop, &QEventLoop::quit);
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    engine.setProject((*doc)->state());
    loop.exec();
    return engine.currentFrame().isNull() ? -1 : double(timer.nsecsElapsed()) / 1e6;
}

void printPlayback(const char *what, const Playback &p)
{
    std::printf("%s: %.1f s played, %.2f fps shown, %lld frames shown, %lld dropped, render p50 %.1f ms, "
                "p95 %.1f ms, clock: %s, largest A/V drift %.1f ms, play → first frame %.0f ms\n",
                what, p.seconds, p.fps, p.shown, p.dropped, p.p50, p.p95,
                p.audioClock ? "sound output" : "steady (no sound device)", p.maxDriftMs, p.startMs);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // text overlays need fonts, not a screen
    QGuiApplication app(argc, argv);
    const QString source =
        QDir(bench::mediaDir()).filePath(QStringLiteral("preview_source_1080x1920_60s.mp4"));
    if (!bench::ensureMedia(
            source,
            {QStringLiteral("-f"),       QStringLiteral("lavfi"),
             QStringLiteral("-i"),       QStringLiteral("testsrc2=s=1080x1920:r=30:d=60,noise=alls=6:allf=t"),
             QStringLiteral("-f"),       QStringLiteral("lavfi"),
             QStringLiteral("-i"),       QStringLiteral("sine=frequency=330:sample_rate=48000:duration=60"),
             QStringLiteral("-c:v"),     QStringLiteral("libx264"),
             QStringLiteral("-preset"),  QStringLiteral("veryfast"),
             QStringLiteral("-b:v"),     QStringLiteral("10M"),
             QStringLiteral("-g"),       QStringLiteral("60"),
             QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
             QStringLiteral("-c:a"),     QStringLiteral("aac"),
             QStringLiteral("-shortest")})) {
        std::fprintf(stderr, "bench_preview: cannot make the source\n");
        return 1;
    }
    const auto info = MediaProbe::probe(source);
    if (!info || !info->hasVideo()) {
        std::fprintf(stderr, "bench_preview: %s\n", info ? "no video" : qPrintable(info.error().toString()));
        return 1;
    }
    std::printf("source: %s (1080x1920, 30 fps, 10 Mbit/s H.264 GOP 60 with B-frames, AAC, 60 s)\n",
                qPrintable(source));
    QTemporaryDir work;

    // (b) first, while nothing in this process has decoded or drawn text yet.
    auto doc = ProjectDocument::fromState(projectOf(*info, info->durationUs));
    const QString projectFile = QDir(work.path()).filePath(QStringLiteral("sixty.montaj"));
    if (!doc || !ProjectFile::save(**doc, projectFile)) {
        std::fprintf(stderr, "bench_preview: cannot write the project\n");
        return 1;
    }
    const double coldMs = firstFrameMs(projectFile);
    QList<double> warm;
    for (int i = 0; i < 3; ++i)
        warm << firstFrameMs(projectFile);
    std::printf(
        "(b) 60 s project file → first frame on screen: %.0f ms first time in the process, median %.0f ms "
        "after (load + engine thread + decoder open + decode + composite + text)\n",
        coldMs, bench::median(warm));

    // (a) real-time playback of 12 s from the original, then from its proxy.
    const ProjectState twelve = projectOf(*info, kPlayUs);
    const Playback original = play(twelve, nullptr);
    printPlayback("(a) play 12 s at 540x960 from the original", original);
    ProxyCache proxies(QDir(work.path()).filePath(QStringLiteral("proxies")));
    QElapsedTimer proxyTimer;
    proxyTimer.start();
    proxies.request(source);
    proxies.waitForIdle(600'000);
    const double proxySeconds = double(proxyTimer.nsecsElapsed()) / 1e9;
    Playback fromProxy;
    double proxyFirstMs = 0;
    if (proxies.readyProxy(source).isEmpty()) {
        std::printf("proxy: failed (%s)\n",
                    proxies.error(source) ? qPrintable(proxies.error(source)->toString()) : "?");
    } else {
        std::printf("proxy of the 60 s source (540x960 all-intra) made in %.1f s in the background\n",
                    proxySeconds);
        fromProxy = play(twelve, &proxies);
        printPlayback("(a) play 12 s at 540x960 from the proxy", fromProxy);
        QList<double> withProxy;
        for (int i = 0; i < 3; ++i)
            withProxy << firstFrameMs(projectFile, &proxies);
        proxyFirstMs = bench::median(withProxy);
        std::printf("(b) the same project reopened with its proxy ready → first frame: median %.0f ms\n",
                    proxyFirstMs);
    }

    // (c) throughput: PreviewRenderer as fast as it goes vs the ffmpeg CLI decoding + scaling.
    PreviewRenderer renderer;
    renderer.setProject(twelve);
    renderer.setOutputSize(QSize(540, 960));
    const FrameGrid grid{30, 1, kPlayUs};
    QElapsedTimer timer;
    timer.start();
    for (qint64 n = 0; n < grid.frameCount(); ++n)
        if (!renderer.render(grid.timeOf(n))) {
            std::fprintf(stderr, "bench_preview: render failed\n");
            return 1;
        }
    const double renderFps = double(grid.frameCount()) / (double(timer.nsecsElapsed()) / 1e9);
    const double ffmpegSeconds = bench::runTimed(
        QStringLiteral("ffmpeg"),
        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-nostdin"), QStringLiteral("-t"),
         QStringLiteral("12"), QStringLiteral("-i"), source, QStringLiteral("-an"), QStringLiteral("-vf"),
         QStringLiteral("scale=540:960:flags=bicubic,format=bgra"), QStringLiteral("-f"),
         QStringLiteral("null"), QStringLiteral("-")});
    const double ffmpegFps = ffmpegSeconds > 0 ? double(grid.frameCount()) / ffmpegSeconds : 0;
    std::printf(
        "(c) as fast as possible, 360 frames: PreviewRenderer %.1f fps (decode + scale + RGB + text); "
        "ffmpeg CLI -vf scale=540:960,format=bgra -f null: %.1f fps (includes process start) → ratio %.2f\n",
        renderFps, ffmpegFps, ffmpegFps > 0 ? renderFps / ffmpegFps : 0);

    std::printf("BENCH preview play_fps=%.2f play_dropped=%lld render_p50_ms=%.1f render_p95_ms=%.1f "
                "proxy_play_fps=%.2f proxy_dropped=%lld proxy_render_p50_ms=%.1f proxy_render_p95_ms=%.1f "
                "proxy_build_s=%.1f first_frame_ms=%.0f first_frame_warm_ms=%.0f first_frame_proxy_ms=%.0f "
                "render_fps=%.1f "
                "ffmpeg_cli_fps=%.1f ratio_to_ffmpeg_cli=%.2f audio_clock=%d play_s=%.2f max_drift_ms=%.1f "
                "play_start_ms=%.0f target_fps=30 target_first_frame_ms=500\n",
                original.fps, original.dropped, original.p50, original.p95, fromProxy.fps, fromProxy.dropped,
                fromProxy.p50, fromProxy.p95, proxySeconds, coldMs, bench::median(warm), proxyFirstMs,
                renderFps, ffmpegFps, ffmpegFps > 0 ? renderFps / ffmpegFps : 0, original.audioClock ? 1 : 0,
                original.seconds, original.maxDriftMs, original.startMs);
    return 0;
}
