#pragma once

#include <QLocale>
#include <QString>

namespace montaj {

// Times as people read them in the player: HH:MM:SS:FF of the frame on screen (the last one
// starting at or before the time), non-drop-frame — FF counts up to the rate rounded up, 0…29 at
// 29.97 — like the Edit page's other timecodes, with the locale's digits (Arabic-Indic where the
// locale uses them). Not machine text: files use QLocale::c() elsewhere.
class Timecode
{
public:
    static QString format(qint64 us, int fpsNum, int fpsDen, const QLocale &locale = QLocale());
};

} // namespace montaj
