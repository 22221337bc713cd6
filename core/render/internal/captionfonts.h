#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

namespace montaj {

// The fonts burned-in captions are drawn with. Noto Sans, Noto Sans Arabic and Noto Sans Symbols2
// are loaded from their files (Debian's fonts-noto-core, or a fonts folder shipped next to the
// application) the first time a caption is drawn, so every machine shapes the same glyphs rather
// than whatever fontconfig prefers. Not a general font manager.
class CaptionFonts
{
public:
    // The fallback chain for a caption: the style's family first, then the loaded Noto families
    // (Latin, Arabic, symbols) and a colour emoji font when the system has one.
    static QStringList families(const QString &preferred);
    // A font for that chain at a pixel size, unhinted so layouts do not depend on the screen.
    static QFont font(const QString &preferred, double pixelSize, bool bold);
    // Families that could be loaded from files (empty when none of the files exists).
    static QStringList loadedFamilies();
};

} // namespace montaj
