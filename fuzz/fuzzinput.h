#pragma once

#include "core/captions/assformat.h"
#include "core/captions/captionchecks.h"
#include "core/captions/captionedits.h"
#include "core/captions/captiontext.h"
#include "core/captions/srtformat.h"
#include "core/captions/vttformat.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace montaj {

// What the caption fuzzers share: the input as text (UTF-8, line endings as CaptionFile gives
// them to the parsers), writing a parsed track in every format and reading it back, and a pass of
// the checks and edit verbs over it.
class FuzzInput
{
public:
    static QByteArray bytes(const uint8_t *data, size_t size)
    {
        return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    }

    static QString text(const uint8_t *data, size_t size)
    {
        return CaptionText::normalizeLineEndings(QString::fromUtf8(bytes(data, size)));
    }

    // What any writer writes from a parsed track, its reader must read without an error.
    static void writeAndReadBack(const CaptionTrack &track)
    {
        const QString name = QStringLiteral("again");
        if (!SrtFormat::parse(SrtFormat::write(track), name).ok()
            || !VttFormat::parse(VttFormat::write(track), name).ok()
            || !AssFormat::parse(AssFormat::write(track), name).ok())
            std::abort();
    }

    // Runs the checks and each edit verb once; aborts when an edit breaks an invariant.
    static void exercise(const CaptionTrack &track)
    {
        (void)CaptionChecks::check(track);
        if (track.cues.isEmpty())
            return;
        const CaptionCue &first = track.cues.first();
        if (first.endUs - first.startUs >= 2) {
            const auto split =
                CaptionEdits::split(track, 0, first.startUs + (first.endUs - first.startUs) / 2);
            if (!split.ok() || split->cues.size() != track.cues.size() + 1)
                std::abort();
        }
        if (track.cues.size() >= 2 && !CaptionEdits::mergeWithNext(track, 0).ok())
            std::abort();
        const auto shifted = CaptionEdits::shiftAll(track, -first.startUs - 1000);
        for (const CaptionCue &cue : shifted.track.cues)
            if (cue.startUs < 0 || cue.endUs < cue.startUs)
                std::abort();
        (void)CaptionEdits::findAndReplace(track, QStringLiteral("a"), QStringLiteral("bb"),
                                           Qt::CaseInsensitive);
        (void)CaptionEdits::normalized(track);
    }
};

} // namespace montaj
