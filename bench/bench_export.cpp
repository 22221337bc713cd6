// Export speed: a 30 s 1080×1920 H.264 + AAC source with one text overlay, exported with the TikTok
// preset by `montajctl render` (as the studio runs it), against the ffmpeg CLI doing the same job in
// the same run: same scale/pad, drawtext, libx264 preset and CRF, AAC bit rate, faststart MP4.

#include "bench/benchsupport.h"
#include "core/edit/projectdocument.h"
#include "core/edit/projectfile.h"
#include "core/media/mediaprobe.h"
#include "core/render/exportpreset.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>

#include <cstdio>

using namespace montaj;

namespace {

QString fontFile(const QString &pattern)
{
    QProcess fc;
    fc.start(QStringLiteral("fc-match"), {QStringLiteral("-f"), QStringLiteral("%{file}"), pattern});
    fc.waitForFinished();
    return QString::fromUtf8(fc.readAllStandardOutput());
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = args.size() > 1 ? args.at(1).toInt() : 1;
    const QDir dir(bench::mediaDir());
    const QString source = dir.filePath(QStringLiteral("export_source_1080x1920_30s.mp4"));
    if (!bench::ensureMedia(source,
                            {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                             QStringLiteral("testsrc2=s=1080x1920:r=30:d=30,noise=alls=6:allf=t"),
                             QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                             QStringLiteral("sine=frequency=330:sample_rate=48000:duration=30"),
                             QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
                             QStringLiteral("veryfast"), QStringLiteral("-b:v"), QStringLiteral("8M"),
                             QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), QStringLiteral("-c:a"),
                             QStringLiteral("aac"), QStringLiteral("-shortest")})) {
        std::fprintf(stderr, "bench_export: cannot make the source\n");
        return 1;
    }
    const auto info = MediaProbe::probe(source);
    if (!info) {
        std::fprintf(stderr, "bench_export: %s\n", qPrintable(info.error().toString()));
        return 1;
    }

    const ExportPreset &preset = *ExportPreset::find(QStringLiteral("tiktok-1080p30"));
    const QString text = QStringLiteral("Montaj export benchmark");
    ProjectDocument doc;
    Clip clip;
    clip.mediaPath = source;
    clip.outUs = info->durationUs;
    clip.sourceDurationUs = info->durationUs;
    clip.sourceSize = info->videoStreams.first().displaySize;
    clip.fit = FitMode::Fit;
    TextOverlay overlay;
    overlay.text = text;
    overlay.startUs = 0;
    overlay.endUs = info->durationUs;
    if (!doc.addClip(clip).ok() || !doc.addOverlay(overlay).ok()) {
        std::fprintf(stderr, "bench_export: cannot build the project\n");
        return 1;
    }
    const QString project = dir.filePath(QStringLiteral("export_bench.montaj"));
    if (!ProjectFile::save(doc, project).ok())
        return 1;

    const QString montajctl =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app/montajctl/montajctl"));
    const QString montajOut = dir.filePath(QStringLiteral("export_montaj.mp4"));
    const QString ffmpegOut = dir.filePath(QStringLiteral("export_ffmpeg.mp4"));
    const int fontPx = int(overlay.fontSize * preset.size.height() + 0.5);
    const QString drawtext =
        QStringLiteral(
            "scale=%1:%2:force_original_aspect_ratio=decrease,pad=%1:%2:(ow-iw)/2:(oh-ih)/2,"
            "drawtext=fontfile=%3:text='%4':fontsize=%5:fontcolor=white:borderw=%6:bordercolor=black:"
            "x=(w-text_w)/2:y=h*%7-text_h/2")
            .arg(preset.size.width())
            .arg(preset.size.height())
            .arg(fontFile(QStringLiteral("Noto Sans:bold")), text)
            .arg(fontPx)
            .arg(int(overlay.outlineWidth * fontPx + 0.5))
            .arg(overlay.position.y());

    QList<double> montajTimes, ffmpegTimes;
    for (int run = 0; run < runs; ++run) {
        const double m = bench::runTimed(montajctl, {QStringLiteral("render"), project, QStringLiteral("-o"),
                                                     montajOut, QStringLiteral("--preset"), preset.id});
        const double f = bench::runTimed(QStringLiteral("ffmpeg"), {QStringLiteral("-y"),
                                                                    QStringLiteral("-nostdin"),
                                                                    QStringLiteral("-v"),
                                                                    QStringLiteral("error"),
                                                                    QStringLiteral("-i"),
                                                                    source,
                                                                    QStringLiteral("-vf"),
                                                                    drawtext,
                                                                    QStringLiteral("-r"),
                                                                    QString::number(preset.fpsNum),
                                                                    QStringLiteral("-c:v"),
                                                                    QStringLiteral("libx264"),
                                                                    QStringLiteral("-preset"),
                                                                    preset.x264Preset,
                                                                    QStringLiteral("-crf"),
                                                                    QString::number(preset.crf),
                                                                    QStringLiteral("-profile:v"),
                                                                    QStringLiteral("high"),
                                                                    QStringLiteral("-pix_fmt"),
                                                                    QStringLiteral("yuv420p"),
                                                                    QStringLiteral("-g"),
                                                                    QString::number(preset.fpsNum * 2),
                                                                    QStringLiteral("-c:a"),
                                                                    QStringLiteral("aac"),
                                                                    QStringLiteral("-b:a"),
                                                                    QString::number(preset.audioBitRate),
                                                                    QStringLiteral("-movflags"),
                                                                    QStringLiteral("+faststart"),
                                                                    ffmpegOut});
        if (m < 0 || f < 0) {
            std::fprintf(stderr, "bench_export: a run failed (montaj %.1f, ffmpeg %.1f)\n", m, f);
            return 1;
        }
        std::printf("run %d: montajctl render %.2f s, ffmpeg CLI %.2f s, ratio %.3f\n", run + 1, m, f, m / f);
        std::fflush(stdout);
        montajTimes << m;
        ffmpegTimes << f;
    }
    const double m = bench::median(montajTimes), f = bench::median(ffmpegTimes);
    std::printf(
        "source: %s (1080x1920, 30 fps, 30 s, H.264 8 Mbit/s + AAC); preset %s: libx264 %s CRF %d, AAC %d "
        "kbit/s, faststart; one text overlay for the whole clip\n",
        qPrintable(source), qPrintable(preset.id), qPrintable(preset.x264Preset), preset.crf,
        preset.audioBitRate / 1000);
    std::printf("output sizes: montaj %lld bytes, ffmpeg %lld bytes\n", QFileInfo(montajOut).size(),
                QFileInfo(ffmpegOut).size());
    std::printf(
        "BENCH export runs=%d montaj_s=%.2f ffmpeg_cli_s=%.2f ratio_to_ffmpeg_cli=%.3f target_ratio=1.10\n",
        runs, m, f, m / f);
    return 0;
}
