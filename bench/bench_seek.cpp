// Frame-accurate seek: 50 random positions in a 60 s 1080p30 H.264 file (10 Mbit/s, like a phone
// recording, with 3 B-frames between references) with 2-second GOPs, each
// decoded to a 960×540 preview picture by Montaj's VideoDecoder (kept open, as the preview does),
// and the same positions fetched by the ffmpeg CLI (`ffmpeg -ss T -i F -frames:v 1 -f null -`).

#include "bench/benchsupport.h"
#include "core/media/videodecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

using namespace montaj;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString file = QDir(bench::mediaDir()).filePath(QStringLiteral("seek_1080p_gop2s.mp4"));
    if (!bench::ensureMedia(file, {QStringLiteral("-f"),
                                   QStringLiteral("lavfi"),
                                   QStringLiteral("-i"),
                                   QStringLiteral("testsrc2=s=1920x1080:r=30:d=60,noise=alls=8:allf=t"),
                                   QStringLiteral("-c:v"),
                                   QStringLiteral("libx264"),
                                   QStringLiteral("-preset"),
                                   QStringLiteral("veryfast"),
                                   QStringLiteral("-b:v"),
                                   QStringLiteral("10M"),
                                   QStringLiteral("-maxrate"),
                                   QStringLiteral("12M"),
                                   QStringLiteral("-bufsize"),
                                   QStringLiteral("20M"),
                                   QStringLiteral("-g"),
                                   QStringLiteral("60"),
                                   QStringLiteral("-keyint_min"),
                                   QStringLiteral("60"),
                                   QStringLiteral("-sc_threshold"),
                                   QStringLiteral("0"),
                                   QStringLiteral("-pix_fmt"),
                                   QStringLiteral("yuv420p")})) {
        std::fprintf(stderr, "bench_seek: cannot make the test file\n");
        return 1;
    }

    QRandomGenerator random(20261121);
    QList<qint64> positions;
    for (int i = 0; i < 50; ++i)
        positions << qint64(random.bounded(59'000'000));

    auto decoder = VideoDecoder::open(file);
    if (!decoder) {
        std::fprintf(stderr, "bench_seek: %s\n", qPrintable(decoder.error().toString()));
        return 1;
    }
    QList<double> montajMs;
    QElapsedTimer timer;
    for (qint64 us : positions) {
        timer.start();
        auto image = (*decoder)->imageAt(us, QSize(960, 540));
        montajMs << double(timer.nsecsElapsed()) / 1e6;
        if (!image) {
            std::fprintf(stderr, "bench_seek: %s\n", qPrintable(image.error().toString()));
            return 1;
        }
    }
    QList<double> ffmpegMs;
    for (qint64 us : positions) {
        const double s = bench::runTimed(
            QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-ss"),
                                       QString::number(double(us) / 1e6, 'f', 6), QStringLiteral("-i"), file,
                                       QStringLiteral("-frames:v"), QStringLiteral("1"), QStringLiteral("-f"),
                                       QStringLiteral("null"), QStringLiteral("-")});
        ffmpegMs << s * 1000.0;
    }
    // The decoder's own throughput on this machine bounds every seek: a frame-accurate seek must
    // decode from the keyframe before the target up to it (B-frames nothing refers to are skipped).
    const qint64 framesPerSeek = (*decoder)->stats().framesDecoded / positions.size();
    auto sequential = VideoDecoder::open(file);
    timer.start();
    for (qint64 us = 0; us < 10'000'000; us += 33'334)
        if (!(*sequential)->frameAt(us))
            return 1;
    const double msPerFrame =
        double(timer.nsecsElapsed()) / 1e6 / double((*sequential)->stats().framesDecoded);
    const double floorMs = msPerFrame * double(framesPerSeek);
    std::printf(
        "decoder throughput here: %.2f ms per frame (sequential, frame threads); %lld frames decoded per "
        "seek on average → decode-bound floor ≈ %.1f ms per seek on this machine\n",
        msPerFrame, framesPerSeek, floorMs);

    const double montajMedian = bench::median(montajMs);
    const double ffmpegMedian = bench::median(ffmpegMs);
    std::printf("file: %s (1920x1080, 30 fps, 10 Mbit/s, GOP 60, 60 s)\n", qPrintable(file));
    std::printf(
        "montaj VideoDecoder::imageAt → 960x540: median %.1f ms, p90 %.1f ms, max %.1f ms, %d seeks, %lld "
        "frames decoded\n",
        montajMedian, bench::percentile(montajMs, 0.9), bench::percentile(montajMs, 1.0),
        (*decoder)->stats().seeks, (*decoder)->stats().framesDecoded);
    std::printf("ffmpeg CLI -ss T -frames:v 1 (includes process start): median %.1f ms, p90 %.1f ms\n",
                ffmpegMedian, bench::percentile(ffmpegMs, 0.9));
    std::printf("BENCH seek seeks=50 montaj_median_ms=%.1f montaj_p90_ms=%.1f ffmpeg_cli_median_ms=%.1f "
                "ratio_to_ffmpeg_cli=%.3f decode_floor_ms=%.1f target_ms=60\n",
                montajMedian, bench::percentile(montajMs, 0.9), ffmpegMedian, montajMedian / ffmpegMedian,
                floorMs);
    return 0;
}
