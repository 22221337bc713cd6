#pragma once

#include "core/captions/captiontypes.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace montaj {

// One ASS/SSA Style line mapped onto CaptionStyle and back. Sizes are relative to the script's
// PlayResY. Reading: Fontname, Fontsize, Bold, PrimaryColour (the text; with karaoke the
// highlighted text and SecondaryColour the text before it is sung), OutlineColour (SSA:
// TertiaryColour), Outline (width relative to the font size), BorderStyle 3 → a box in the outline
// colour, BackColour → the box colour otherwise, Alignment with MarginV → the vertical centre
// (one line high). Colours are &HAABBGGRR (alpha 00 is opaque) or decimal. Not for events
// (AssFormat).
class AssStyle
{
public:
    static constexpr int kPlayResX = 1080;
    static constexpr int kPlayResY = 1920;

    // `fields` by lower-case Format name ("fontname", "primarycolour"…). `legacyAlignment`: SSA
    // (V4) numbering, 1–3 bottom, 5–7 top, 9–11 middle.
    static CaptionStyle toCaptionStyle(const QHash<QString, QString> &fields, double playResY, bool karaoke,
                                       bool legacyAlignment);
    // The V4+ Format line's field names and one Style line named "Default" for kPlayResY.
    static QString formatLine();
    static QString styleLine(const CaptionStyle &style, bool karaoke);
    static QStringList defaultFormat(); // lower case, V4+

    static std::optional<QColor> parseColour(QStringView text);
    static QString colourText(const QColor &colour);
};

} // namespace montaj
