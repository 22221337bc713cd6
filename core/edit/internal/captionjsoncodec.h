#pragma once

#include "core/captions/captiontypes.h"

#include <QJsonObject>

namespace montaj {

class JsonReader;

// Converts a project's CaptionTrack to and from the "captions" member of the project JSON (schema
// version 2): language, style (preset by name, colours "#aarrggbb") and cues with optional word
// timing, times in whole microseconds. Decoding checks types and ranges; errors go to the reader.
class CaptionJsonCodec
{
public:
    static QJsonObject encode(const CaptionTrack &track);
    static CaptionTrack decode(const JsonReader &in);
};

} // namespace montaj
