#pragma once

#include "core/captions/captiontypes.h"

#include <QList>

#include <optional>

namespace montaj {

// The Text field of one ASS Dialogue line, read and written. Reading turns \N and \n into line
// breaks and \h into a no-break space, removes override blocks {…} and turns karaoke tags (\k, \K,
// \kf, \ko; centiseconds) into word timing. Writing does the reverse. ASS stores centiseconds, so
// when a cue's or a word's time is not a whole number of centiseconds the writer adds a block
// {montaj-ms:START,END[,WORD_START,WORD_END…]} with the exact milliseconds; renderers ignore it as
// a comment, and the reader uses it only where it still agrees with the line's times to the
// nearest centisecond (a retimed line keeps its new times). Not for the line's other fields
// (AssFormat).
class AssText
{
public:
    struct Parsed
    {
        QString text;
        QList<CaptionWord> words;
        bool karaoke = false;   // had karaoke tags
        bool overrides = false; // had other override tags, now removed
        // From a {montaj-ms:…} block that agrees with the line's Start and End.
        std::optional<qint64> exactStartUs;
        std::optional<qint64> exactEndUs;
    };

    static Parsed parse(QStringView field, qint64 startUs, qint64 endUs);
    // Karaoke tags are written when the cue's words can be found in its text in order.
    static QString write(const CaptionCue &cue);
    static bool canWriteKaraoke(const CaptionCue &cue);
};

} // namespace montaj
