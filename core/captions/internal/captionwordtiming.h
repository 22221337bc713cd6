#pragma once

#include "core/captions/captiontypes.h"

#include <QList>

#include <optional>

namespace montaj {

// A stretch of cue text [begin, end) spoken from startUs to endUs: a WebVTT segment between inline
// timestamps or an ASS karaoke syllable.
struct TimedSpan
{
    qsizetype begin = 0;
    qsizetype end = 0;
    qint64 startUs = 0;
    qint64 endUs = 0;
};

// Between cue text and per-word timing: words from timed spans of the text, and where each word of
// a cue lies in its text (for writers that interleave timing and text). Words are runs of
// characters between separators: spaces, tabs and line breaks, but not the no-break spaces French
// puts before « ! ? : ; ».
class CaptionWordTiming
{
public:
    static bool isSeparator(QChar c);

    // `spans` are in text order and do not overlap. Each word starts when the span holding its first
    // character starts and ends when the span holding its last character ends; words sharing one span share
    // its time in proportion to their length, cut at whole milliseconds. Characters outside every span belong
    // to no word.
    static QList<CaptionWord> fromSpans(const QString &text, const QList<TimedSpan> &spans);

    // Where each word's text occurs in `text`, searching forward from the previous word; nullopt
    // when a word is empty or cannot be found in order.
    static std::optional<QList<qsizetype>> locate(const QString &text, const QList<CaptionWord> &words);
};

} // namespace montaj
