#pragma once

#include "core/captions/captiontypes.h"

#include <QList>
#include <QString>

namespace montaj {

// The caption file formats Montaj reads and writes.
enum class CaptionFormat { Srt, WebVtt, Ass };

// Something a caption reader tolerated or ignored. `line` is 1-based in the file, 0 for the file
// as a whole; `code` is stable ("captions.srt_numbering_gap"), `message` translated.
struct CaptionWarning
{
    int line = 0;
    QString code;
    QString message;

    bool operator==(const CaptionWarning &) const = default;
};

// A caption file as read: the track plus how it was read and what the reader noticed. Not the
// project's caption state (that is the CaptionTrack in the project document).
struct CaptionDocument
{
    CaptionTrack track;
    CaptionFormat format = CaptionFormat::Srt;
    QString encoding; // what the bytes were decoded with: "UTF-8", "windows-1256"…; empty for text
    QList<CaptionWarning> warnings;
};

// How CaptionFile writes bytes. Montaj writes UTF-8 without a byte order mark and '\n' line
// endings by default (what every current player and editor reads); a BOM and CRLF help old Windows
// players read SRT files with non-ASCII text.
struct CaptionWriteOptions
{
    bool byteOrderMark = false;
    bool crlf = false;
};

} // namespace montaj
