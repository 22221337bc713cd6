#pragma once

#include "core/captions/captiontypes.h"
#include "core/captions/internal/captionwordtiming.h"

namespace montaj {

// The payload of one WebVTT cue, read and written: tags (<v Name>, <c.x>, <i>, <b>, <u>, <lang>,
// <ruby>) are removed and ruby text (<rt>) dropped, character references (&amp; &lt; &gt; &nbsp;
// &lrm; &rlm; &#…;) decoded, and inline timestamps (<00:00:01.500>) become per-word timing.
// Not for cue timing lines or blocks (VttFormat).
class VttCueText
{
public:
    struct Parsed
    {
        QString text;
        QList<CaptionWord> words;   // empty when the cue has no inline timestamps
        int rejectedTimestamps = 0; // out of order or outside the cue, ignored
        bool voice = false;         // had <v …> spans
    };

    static Parsed parse(const QString &payload, qint64 startUs, qint64 endUs);
    // Escapes &, < and >; writes each word's start as an inline timestamp when the words can be
    // found in the text in order.
    static QString write(const CaptionCue &cue);
};

} // namespace montaj
