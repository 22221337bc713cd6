#pragma once

#include "core/captions/captiontypes.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace montaj {

// Plain values that describe a project: the canvas, the clips on the timeline, the text overlays and
// the music track. They carry no behaviour beyond trivial queries; ProjectDocument validates and
// changes them through undo commands. Times are microseconds. Not for media facts beyond what the
// editor needs (probing is core/media's job) and not for render settings.

// How a clip's frame is placed on the canvas. Fit: letterbox the whole frame; Fill: cover the canvas
// and centre-crop the overflow; Crop: take Clip::cropRect (normalized source rectangle), then Fill.
enum class FitMode { Fit, Fill, Crop };

enum class CanvasPreset { Vertical9x16, Square1x1, Portrait4x5, Landscape16x9 };

struct Canvas
{
    QSize size{1080, 1920};
    int fpsNum = 30;
    int fpsDen = 1;
    QColor background{Qt::black};

    bool operator==(const Canvas &) const = default;
};

// One filter in a clip's stack: the core/filters registry id, its parameters by name (numbers,
// strings, booleans; the filter checks ranges and fills defaults) and whether it is switched on.
struct FilterSettings
{
    QString id;
    QVariantMap params;
    bool enabled = true;

    bool operator==(const FilterSettings &) const = default;
};

struct Clip
{
    QString id;        // stable uuid string
    QString mediaPath; // absolute at run time; relative to the project file in JSON when inside its folder
    qint64 inUs = 0;   // source range, out exclusive
    qint64 outUs = 0;  //
    qint64 sourceDurationUs = 0; // facts about the source, supplied by the caller (from probing)
    QSize sourceSize;            // upright display size (rotation applied); empty for audio-only
    bool sourceHasVideo = true;
    bool sourceHasAudio = true;
    FitMode fit = FitMode::Fill;
    QRectF cropRect{0, 0, 1, 1}; // normalized, used when fit == Crop
    double volume = 1.0;         // linear gain 0..4
    bool muted = false;
    QList<FilterSettings> filters; // applied in order to the source frame

    qint64 durationUs() const { return outUs - inUs; }
    bool operator==(const Clip &) const = default;
};

struct TextOverlay
{
    QString id;
    QString text;
    QString fontFamily{QStringLiteral("Noto Sans")};
    double fontSize = 0.045; // fraction of canvas height
    bool bold = true;
    QColor color{Qt::white};
    QColor outlineColor{Qt::black};
    double outlineWidth = 0.08; // fraction of the font size
    bool box = false;
    QColor boxColor{0, 0, 0, 160};
    QPointF position{0.5, 0.8}; // normalized centre of the text block on the canvas
    qint64 startUs = 0;         // timeline times, end exclusive
    qint64 endUs = 0;

    bool operator==(const TextOverlay &) const = default;
};

struct MusicTrack
{
    QString path;
    qint64 sourceInUs = 0; // where in the music file playback starts
    qint64 startUs = 0;    // where on the timeline it starts
    double volume = 0.8;
    qint64 fadeInUs = 0;
    qint64 fadeOutUs = 0;
    qint64 sourceDurationUs = 0;

    bool isSet() const { return !path.isEmpty(); }
    bool operator==(const MusicTrack &) const = default;
};

// Everything a project holds, as one copyable value (a render snapshot, a loaded file).
struct ProjectState
{
    Canvas canvas;
    QList<Clip> clips; // played back to back in list order
    QList<TextOverlay> overlays;
    MusicTrack music;
    CaptionTrack captions; // burned in on export when it has cues
    // The media bin: files imported into the project (absolute paths, no duplicates), whether or
    // not the timeline uses them yet. Clips and music may use files that are not listed here.
    QStringList media;

    bool operator==(const ProjectState &) const = default;
};

} // namespace montaj
