#pragma once

#include "core/edit/projecttypes.h"
#include "core/foundation/result.h"

#include <QJsonObject>

namespace montaj {

class JsonReader;

// Converts a ProjectState to and from the JSON of schema version 2 (the "canvas", "clips" with
// their "filters", "overlays", "music" and "captions" members; version 1 lacks the last two; ProjectFile adds
// and checks the schema header). Times are whole microseconds, colours "#aarrggbb", media paths relative to
// baseDir when they lie inside it. Decoding checks types and ranges only; ProjectValidator checks the rules.
// Not for files or I/O.
class ProjectJsonCodec
{
public:
    static QJsonObject encode(const ProjectState &state, const QString &baseDir);
    static Result<ProjectState> decode(const QJsonObject &root, const QString &baseDir,
                                       const QString &sourceName);

    // "media/a.mp4" for baseDir/media/a.mp4; the absolute path for anything outside baseDir.
    static QString storedPath(const QString &absolutePath, const QString &baseDir);
    static QString resolvedPath(const QString &storedPath, const QString &baseDir);

private:
    static Canvas decodeCanvas(const JsonReader &in);
    static Clip decodeClip(const JsonReader &in, const QString &baseDir);
    static TextOverlay decodeOverlay(const JsonReader &in);
    static MusicTrack decodeMusic(const JsonReader &in, const QString &baseDir);
};

} // namespace montaj
