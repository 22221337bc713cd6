#pragma once

#include "core/captions/captiondocument.h"
#include "core/foundation/result.h"

#include <QCoreApplication>

namespace montaj {

// WebVTT (.vtt): reads the header ("Language:" sets the track's language), cue identifiers, cue
// timings and payloads (see VttCueText: voice spans and other tags removed, inline timestamps
// become word timing). The first cue's "line:NN%" setting becomes the style's vertical position;
// other settings, NOTE, STYLE and REGION blocks and blocks without a timing are ignored with a
// warning, as are a missing "WEBVTT" header, commas before milliseconds and cues out of order. A
// timing line that cannot be read or ends before it starts is an error naming the file and line.
// Writes "WEBVTT", the language, then each cue with words as inline timestamps and the style's
// vertical position as "line:NN%,center" when it is not the default. Not for bytes (CaptionFile).
class VttFormat
{
    Q_DECLARE_TR_FUNCTIONS(VttFormat)

public:
    static Result<CaptionDocument> parse(const QString &text, const QString &sourceName);
    static QString write(const CaptionTrack &track);
};

} // namespace montaj
