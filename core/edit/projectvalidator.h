#pragma once

#include "core/edit/projecttypes.h"
#include "core/foundation/result.h"

#include <QCoreApplication>

namespace montaj {

// The rules a project's values must obey (ranges inside their source, positive lengths, volumes,
// normalized rectangles, unique ids), shared by ProjectDocument's verbs and by loading a file so
// that a document never holds an invalid value. Not for checks that need the disk (missing media is
// MissingMedia's job) nor for lookups by id.
class ProjectValidator
{
    Q_DECLARE_TR_FUNCTIONS(ProjectValidator)

public:
    static constexpr double kMaxVolume = 4.0;
    static constexpr int kMaxCanvasSide = 8192;
    static constexpr int kMinCanvasSide = 16;
    static constexpr double kMaxFps = 240.0;

    static Result<void> checkClip(const Clip &clip);
    // Only the source range: in ≥ 0, out ≤ source duration, out > in.
    static Result<void> checkRange(const Clip &clip);
    static Result<void> checkVolume(double volume);
    static Result<void> checkCrop(const QRectF &cropRect);
    static Result<void> checkOverlay(const TextOverlay &overlay);
    static Result<void> checkMusic(const MusicTrack &music); // an unset track is valid
    static Result<void> checkCaptions(const CaptionTrack &track);
    static Result<void> checkCanvas(const Canvas &canvas);
    // Every item, plus ids present and unique across clips and overlays. Errors name the item
    // ("field": "clips[2]").
    static Result<void> checkState(const ProjectState &state);

    static Error duplicateId(const QString &id);
};

} // namespace montaj
