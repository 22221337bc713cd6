// Frame-accurate seek: 50 random positions in a 60 s 1080p30 H.264 file (10 Mbit/s, like a phone
// recording, with 3 B-frames between references) with 2-second GOPs, each
// decoded to a 960×540 preview picture by Montaj's VideoDecoder (kept open, as the preview does),
// and the same positions fetched by the ffmpeg CLI (`ffmpeg -ss T -i F -frames:v 1 -f null -`) and
// decoded by FFmpeg's libraries directly (bench/libavseek: the floor of an exact software seek).

#include "bench/benchsupport.h"
#include "bench/libavseek.h"
#include "core/media/videodecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
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
    // The same positions decoded by FFmpeg's libraries directly (no Montaj code, no picture
    // conversion): the floor of an exact software seek here, with the decoder's default threads
    // (as VideoDecoder) and with one thread.
    const bench::LibavSeekRun libav = bench::libavSeeks(file, positions, 0);
    const bench::LibavSeekRun libavOne = bench::libavSeeks(file, positions, 1);
    if (!libav.error.isEmpty() || !libavOne.error.isEmpty()) {
        std::fprintf(stderr, "bench_seek: libav: %s%s\n", qPrintable(libav.error),
                     qPrintable(libavOne.error));
        return 1;
    }
    const double framesPerSeek =
        double((*decoder)->stats().framesDecoded) / double(std::max(1, (*decoder)->stats().seeks));

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
    const double libavMedian = bench::median(libav.ms);
    std::printf("libavcodec directly (same positions, decode only, no picture): median %.1f ms, p90 %.1f ms, "
                "%.1f frames per seek; one thread: median %.1f ms\n",
                libavMedian, bench::percentile(libav.ms, 0.9), libav.framesPerSeek,
                bench::median(libavOne.ms));
    std::printf("BENCH seek seeks=50 montaj_median_ms=%.1f montaj_p90_ms=%.1f montaj_frames_per_seek=%.1f "
                "ffmpeg_cli_median_ms=%.1f ratio_to_ffmpeg_cli=%.3f libav_median_ms=%.1f ratio_to_libav=%.3f "
                "libav_1thread_median_ms=%.1f target_ms=60\n",
                montajMedian, bench::percentile(montajMs, 0.9), framesPerSeek, ffmpegMedian,
                montajMedian / ffmpegMedian, libavMedian, montajMedian / libavMedian,
                bench::median(libavOne.ms));
    return 0;
}
