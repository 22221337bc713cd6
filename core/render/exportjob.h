#pragma once

#include "core/edit/projecttypes.h"
#include "core/foundation/result.h"
#include "core/media/mediainfo.h"
#include "core/render/exportcheck.h"
#include "core/render/exportpreset.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace montaj {

class FrameHook;

struct ExportProgress
{
    qint64 frame = 0; // frames written so far
    qint64 totalFrames = 0;
    double fps = 0;        // encoding speed so far
    double etaSeconds = 0; // at that speed
};

struct ExportResult
{
    QString outputPath;
    qint64 frames = 0;
    qint64 bytes = 0;
    double seconds = 0;
};

// One export: checks the project against the preset's platform rules, then decodes each clip,
// composes the canvas, runs the frame hook, draws the text overlays, mixes the sound and encodes
// H.264 + AAC into an MP4 written under a temporary name and renamed when complete. Cancelling or
// failing leaves nothing behind. Runs on the calling thread; cancel() may come from any thread.
class ExportJob
{
    Q_DECLARE_TR_FUNCTIONS(ExportJob)

public:
    ExportJob(ProjectState project, ExportPreset preset, QString outputPath);

    void setCreatorMaxDurationUs(qint64 us) { m_creatorMaxUs = us; }
    void setFrameHook(FrameHook *hook) { m_hook = hook; }
    void setProgressCallback(std::function<void(const ExportProgress &)> callback)
    {
        m_progress = std::move(callback);
    }
    void cancel() { m_cancelled.store(true); }

    Result<ExportResult> run();

    // Where the file is written until it is complete: next to the output, so the rename is atomic.
    static QString partialPathFor(const QString &outputPath);
    // A one-clip project that makes a single media file platform-ready: upright, on the preset's
    // canvas (keep-source: the file's own size and rate), fitted (letterboxed) or filled (cropped).
    static ProjectState projectForMedia(const MediaInfo &media, const ExportPreset &preset, FitMode fit);

private:
    Result<ExportResult> encode(const ExportTarget &target, const QString &partial);

    ProjectState m_project;
    ExportPreset m_preset;
    QString m_output;
    qint64 m_creatorMaxUs = 0;
    FrameHook *m_hook = nullptr;
    std::function<void(const ExportProgress &)> m_progress;
    std::atomic<bool> m_cancelled{false};
};

} // namespace montaj
