#include "core/render/exportjob.h"

#include "core/media/mediawriter.h"
#include "core/media/videodecoder.h"
#include "core/render/audiomixer.h"
#include "core/render/canvascompositor.h"
#include "core/render/captionrenderer.h"
#include "core/render/framehook.h"
#include "core/render/overlayrenderer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <cmath>
#include <filesystem>

namespace montaj {

ExportJob::ExportJob(ProjectState project, ExportPreset preset, QString outputPath)
    : m_project(std::move(project))
    , m_preset(std::move(preset))
    , m_output(std::move(outputPath))
{}

QString ExportJob::partialPathFor(const QString &outputPath)
{
    const QFileInfo info(outputPath);
    return info.dir().filePath(QStringLiteral(".") + info.completeBaseName()
                               + QStringLiteral(".partial.mp4"));
}

ProjectState ExportJob::projectForMedia(const MediaInfo &media, const ExportPreset &preset, FitMode fit)
{
    ProjectState project;
    const VideoStreamInfo *v = media.video();
    Clip clip;
    clip.id = QStringLiteral("source");
    clip.mediaPath = media.path;
    clip.inUs = 0;
    clip.outUs = media.durationUs > 0 ? media.durationUs : 5'000'000; // a still lasts five seconds
    clip.sourceDurationUs = clip.outUs;
    clip.sourceHasVideo = v != nullptr;
    clip.sourceHasAudio = media.hasAudio();
    clip.sourceSize = v ? v->displaySize : QSize();
    clip.fit = fit;
    project.clips << clip;
    project.canvas.size = preset.keepsSourceSize() && v
                              ? QSize(v->displaySize.width() & ~1, v->displaySize.height() & ~1)
                              : preset.size;
    if (preset.keepsSourceRate() && v && v->fpsNum > 0) {
        project.canvas.fpsNum = v->fpsNum;
        project.canvas.fpsDen = v->fpsDen;
    } else if (!preset.keepsSourceRate()) {
        project.canvas.fpsNum = preset.fpsNum;
        project.canvas.fpsDen = preset.fpsDen;
    }
    return project;
}

Result<ExportResult> ExportJob::run()
{
    auto target = ExportCheck::resolve(m_project, m_preset, m_creatorMaxUs);
    if (!target)
        return target.error();
    const QString partial = partialPathFor(m_output);
    if (!QDir().mkpath(QFileInfo(m_output).absolutePath()))
        return Error(QStringLiteral("render.output_folder"),
                     tr("Cannot create the folder for %1.").arg(QDir::toNativeSeparators(m_output)),
                     {{QStringLiteral("file"), m_output}});
    QFile::remove(partial);
    auto result = encode(*target, partial);
    if (!result) {
        QFile::remove(partial); // failing or cancelling leaves nothing behind
        return result;
    }
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(partial).toStdString(),
                            QFile::encodeName(m_output).toStdString(), ec);
    if (ec) {
        QFile::remove(partial);
        return Error(QStringLiteral("render.rename_failed"),
                     tr("The export finished but could not be saved as %1: %2")
                         .arg(QDir::toNativeSeparators(m_output), QString::fromStdString(ec.message())),
                     {{QStringLiteral("file"), m_output}});
    }
    result.value().outputPath = m_output;
    result.value().bytes = QFileInfo(m_output).size();
    return result;
}

Result<ExportResult> ExportJob::encode(const ExportTarget &target, const QString &partial)
{
    QElapsedTimer clock;
    clock.start();
    VideoEncodeSettings video;
    video.size = target.size;
    video.fpsNum = target.fpsNum;
    video.fpsDen = target.fpsDen;
    video.crf = m_preset.crf;
    video.preset = m_preset.x264Preset;
    AudioEncodeSettings audio;
    audio.bitRate = m_preset.audioBitRate;
    ContainerSettings container;
    if (m_project.captions.output.subtitleTrack) {
        container.subtitles.language = m_project.captions.language;
        // Only what falls inside the video: a player would otherwise show text after the end.
        for (const CaptionCue &cue : m_project.captions.cues)
            if (cue.startUs < target.durationUs)
                container.subtitles.texts
                    << TimedText{cue.startUs, std::min(cue.endUs, target.durationUs), cue.text};
    }
    auto writer = MediaWriter::create(partial, video, audio, container);
    if (!writer)
        return writer.error();

    // Timeline layout and one decoder per media file, reused by every clip cut from it.
    QList<qint64> clipStart;
    qint64 at = 0;
    for (const Clip &c : m_project.clips) {
        clipStart << at;
        at += c.durationUs();
    }
    QHash<QString, std::shared_ptr<VideoDecoder>> decoders;
    QList<OverlaySprite> sprites;
    for (const TextOverlay &o : m_project.overlays)
        sprites << OverlayRenderer::sprite(o, target.size);
    CaptionRenderer captions(target.size);
    CanvasCompositor compositor(target.size, m_project.canvas.background);
    AudioMixer mixer(m_project, audio.sampleRate, audio.channels);
    std::vector<float> samples;

    for (qint64 frame = 0; frame < target.frameCount; ++frame) {
        if (m_cancelled.load())
            return Error(QStringLiteral("render.cancelled"), tr("The export was cancelled."));
        // The frame's start, rounded up to a whole microsecond: rounding down could land a hair
        // before a source frame that starts at the same instant and show its predecessor.
        const qint64 t = (frame * 1'000'000 * target.fpsDen + target.fpsNum - 1) / target.fpsNum;
        const auto it = std::upper_bound(clipStart.begin(), clipStart.end(), t);
        const auto index = std::max<qsizetype>(0, std::distance(clipStart.begin(), it) - 1);
        const Clip &clip = m_project.clips[index];
        AVFrame *canvas = (*writer)->frameToFill();

        if (clip.sourceHasVideo) {
            auto &decoder = decoders[clip.mediaPath];
            if (!decoder) {
                auto opened = VideoDecoder::open(clip.mediaPath);
                if (!opened)
                    return Error(opened.error()).with(QStringLiteral("clip"), clip.id);
                decoder = std::move(opened).value();
            }
            auto picture = decoder->frameAt(clip.inUs + (t - clipStart[index]));
            if (!picture)
                return Error(picture.error()).with(QStringLiteral("clip"), clip.id);
            if (auto composed = compositor.compose(*picture, decoder->rotation(), decoder->displaySize(),
                                                   clip.fit, clip.cropRect, canvas);
                !composed)
                return composed.error();
        } else {
            compositor.fillBackground(canvas);
        }
        if (m_hook)
            if (auto hooked = m_hook->process(canvas, t); !hooked)
                return hooked.error();
        for (qsizetype i = 0; i < sprites.size(); ++i) {
            const TextOverlay &o = m_project.overlays[i];
            if (t >= o.startUs && t < o.endUs)
                OverlayRenderer::blend(sprites[i], canvas);
        }
        if (m_project.captions.output.burnIn)
            OverlayRenderer::blend(captions.sprite(m_project.captions, t), canvas);
        if (auto written = (*writer)->writeVideo(frame); !written)
            return written.error();

        // Sound up to the end of this frame, so both streams grow together.
        const qint64 audioEnd = std::min(
            mixer.totalFrames(),
            qint64(std::llround(double(frame + 1) * audio.sampleRate * target.fpsDen / target.fpsNum)));
        const qint64 needed = audioEnd - mixer.position();
        if (needed > 0) {
            samples.resize(size_t(needed * audio.channels));
            auto mixed = mixer.mix(samples.data(), needed);
            if (!mixed)
                return mixed.error();
            if (auto written = (*writer)->writeAudio(samples.data(), *mixed); !written)
                return written.error();
        }
        if (m_progress) {
            const double elapsed = double(clock.nsecsElapsed()) / 1e9;
            const double fps = elapsed > 0 ? double(frame + 1) / elapsed : 0;
            m_progress({frame + 1, target.frameCount, fps,
                        fps > 0 ? double(target.frameCount - frame - 1) / fps : 0});
        }
    }
    if (auto finished = (*writer)->finish(); !finished)
        return finished.error();
    return ExportResult{partial, target.frameCount, 0, double(clock.nsecsElapsed()) / 1e9};
}

} // namespace montaj
