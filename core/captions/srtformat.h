#pragma once

#include "core/captions/captiondocument.h"
#include "core/foundation/result.h"

#include <QCoreApplication>

namespace montaj {

// SubRip (.srt): reads tolerantly and writes the plain form every player reads.
// Reading tolerates, each with a warning on its line: a missing blank line between cues, a dot
// instead of a comma before the milliseconds, extra spaces, timestamps with missing or extra
// digits, missing cue numbers and gaps in the numbering, coordinates after the timing, empty cues
// (skipped), cues out of order (sorted); <i>, <b>, <u>, <font> and {\…} markup is removed. A
// timing line that cannot be read, text where a cue should begin or an end before the start is
// an error naming the file and line. Writing numbers the cues from 1 and writes times as
// 00:00:01,500. Not for bytes and encodings (CaptionText, CaptionFile).
class SrtFormat
{
    Q_DECLARE_TR_FUNCTIONS(SrtFormat)

public:
    // `text` has '\n' line endings (CaptionText::normalizeLineEndings); `sourceName` names the file
    // in warnings and errors.
    static Result<CaptionDocument> parse(const QString &text, const QString &sourceName);
    static QString write(const CaptionTrack &track);
};

} // namespace montaj
