#pragma once

#include <QString>

namespace montaj {

// Rules the caption writers share so that what Montaj writes, every reader — Montaj's first —
// reads back the same way. Not for reading.
class CaptionWriteRules
{
public:
    // The track's language if it looks like a BCP 47 tag ("ar", "fr-CA", "zh-Hant-TW"), else empty:
    // other text would break the header line it is written into.
    static QString languageTag(const QString &language);
    // SubRip has no escaping: "-->" inside text would read as a timing line and start a new cue,
    // so it is written as "→".
    static QString withoutTimingArrows(QString text);
};

} // namespace montaj
