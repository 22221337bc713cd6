#pragma once

#include "core/captions/captiontypes.h"

#include <QByteArray>
#include <QList>

namespace montaj {

// Reads what whisper.cpp writes: its JSON (-oj: "transcription" segments with "offsets" in
// milliseconds and "text") or an SRT file, into timed words (with -ml 1 -sow each segment is a
// word). Bracketed non-speech marks such as "[BLANK_AUDIO]" or "(music)" are dropped.
class WhisperOutput
{
public:
    static QList<CaptionWord> fromJson(const QByteArray &json, bool *ok = nullptr);
    static QList<CaptionWord> fromSrt(const QByteArray &srt);
    // The percentage in a "whisper_print_progress_callback: progress =  45%" line, -1 when none.
    static int progressIn(const QByteArray &line);
};

} // namespace montaj
