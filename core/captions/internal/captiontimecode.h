#pragma once

#include <QString>

#include <optional>

namespace montaj {

// A timestamp as written in a caption file, and what was unusual about how it was written.
struct ParsedTimecode
{
    qint64 us = 0; // whole milliseconds (extra fraction digits are cut)
    bool hasHours = true;
    int hourDigits = 0;
    bool twoDigitFields = true; // minutes and seconds both have two digits
    QChar separator;            // '.', ',' or null when there is no fraction
    int fractionDigits = 0;
};

// Reads and writes the "[h:]mm:ss[.,]fff" timestamps of SRT, WebVTT and ASS. Parsing is exact:
// no surrounding spaces, minutes and seconds 0–59, at most 6 hour digits and 9 fraction digits (a
// fraction of n digits means n decimal places: "1.5" is 1500 ms). Not for deciding what the
// formats tolerate (the format classes turn these flags into warnings).
class CaptionTimecode
{
public:
    enum class Style {
        Srt, // 00:00:01,500
        Vtt, // 00:00:01.500
        Ass, // 0:00:01.50 (centiseconds, rounded to the nearest)
    };

    static std::optional<ParsedTimecode> parse(QStringView text);
    static QString format(qint64 us, Style style);
    // Microseconds rounded to whole milliseconds (negative times become 0).
    static qint64 toMs(qint64 us);
    // Microseconds rounded to whole centiseconds, as ASS stores them.
    static qint64 toCs(qint64 us);
};

} // namespace montaj
