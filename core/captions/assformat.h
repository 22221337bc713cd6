#pragma once

#include "core/captions/captiondocument.h"
#include "core/foundation/result.h"

#include <QCoreApplication>

namespace montaj {

// Advanced SubStation Alpha (.ass) and SubStation Alpha v4 (.ssa). Reading takes [Script Info]
// (PlayResY, Language), the style most Dialogue lines use from [V4+ Styles] or [V4 Styles] (mapped
// by AssStyle; other styles are dropped with a warning) and every Dialogue line of [Events] in the
// field order its Format line gives (AssText: \N breaks, override blocks removed, karaoke → word
// timing). Comment lines are skipped; other events, unknown sections, embedded fonts and
// override tags are ignored with a warning. A Format line without Start, End and a final Text, a
// Dialogue line with too few fields, an unreadable time or an end before the start is an error
// naming the file and line. Writing produces a V4+ script at 1080×1920 with one "Default" style and
// karaoke tags for word-timed cues. Not for bytes (CaptionFile).
class AssFormat
{
    Q_DECLARE_TR_FUNCTIONS(AssFormat)

public:
    static Result<CaptionDocument> parse(const QString &text, const QString &sourceName);
    static QString write(const CaptionTrack &track);
};

} // namespace montaj
