#pragma once

#include "core/captions/captiontypes.h"

#include <QList>

namespace montaj {

// How recognized words are grouped into cues: the usual subtitle limits.
struct CueRules
{
    int maxCharsPerLine = 42;
    int maxLines = 2;
    qint64 pauseUs = 500'000;         // a longer silence between two words starts a new cue
    qint64 phrasePauseUs = 200'000;   // so does a shorter one, once the cue holds half a line
    qint64 maxDurationUs = 7'000'000; // a cue is never longer
    qint64 minDurationUs = 800'000;   // shorter cues stay up longer when the next one allows
};

// Turns a stream of timed words into readable cues: a new cue after a pause, at the end of a
// sentence or a shorter pause once the cue holds half a line, and whenever the next word would need a line
// more than allowed or make the cue too long; lines are broken where they are most even. Words keep their
// times; each cue keeps its words for word-by-word highlighting. Not a text editor: it never
// changes the words.
class CueBuilder
{
public:
    static QList<CaptionCue> build(const QList<CaptionWord> &words, const CueRules &rules = {});
    // The cue's text in lines of at most maxCharsPerLine (as even as possible), '\n' between them;
    // the number of lines used goes to *lines.
    static QString breakLines(const QStringList &words, int maxCharsPerLine, int *lines = nullptr);
};

} // namespace montaj
