#pragma once

#include "core/captions/captiontypes.h"
#include "core/foundation/result.h"

#include <QCoreApplication>

namespace montaj {

// The caption editor's verbs as pure functions: each takes a track and returns the changed copy
// (or an Error and no change), so an undo command can keep the before and after tracks. Text stays
// in logical Unicode order (bidirectional text is never reordered here). Not for undo bookkeeping
// (ProjectDocument's commands) nor for file formats (CaptionFile).
class CaptionEdits
{
    Q_DECLARE_TR_FUNCTIONS(CaptionEdits)

public:
    struct Replaced
    {
        CaptionTrack track;
        int count = 0; // occurrences replaced
    };
    struct Shifted
    {
        CaptionTrack track;
        qint64 appliedUs = 0; // the shift actually made (smaller when it would have gone below 0)
    };

    // Splits cue `index` at `atUs` (strictly inside it) into two cues. The text is cut at the word
    // boundary nearest that time: by the words' timing when the cue has word timing, otherwise at
    // the separator nearest the same fraction of the text. Fails with "captions.no_such_cue" or
    // "captions.split_outside_cue".
    static Result<CaptionTrack> split(const CaptionTrack &track, qsizetype index, qint64 atUs);
    // Joins cue `index` and the next one: from the earlier start to the later end, texts joined by a
    // line break, words kept. Fails with "captions.no_such_cue" for the last cue.
    static Result<CaptionTrack> mergeWithNext(const CaptionTrack &track, qsizetype index);
    // Moves every cue and word by `deltaUs`. A shift that would take the earliest time below 0 is
    // reduced so that it starts at 0: the cues keep their spacing.
    static Shifted shiftAll(const CaptionTrack &track, qint64 deltaUs);
    // Replaces every occurrence of `find` in the cues' text. Word timing follows when the words can
    // still be found in the new text, otherwise that cue loses its word timing.
    static Replaced findAndReplace(const CaptionTrack &track, const QString &find, const QString &replacement,
                                   Qt::CaseSensitivity sensitivity = Qt::CaseSensitive);
    // Sorted by start then end (stable), negative times made 0, ends before starts made equal to
    // the start, words sorted and kept inside their cue, spaces at line ends and empty lines
    // removed, cues left with no text removed.
    static CaptionTrack normalized(const CaptionTrack &track);
};

} // namespace montaj
