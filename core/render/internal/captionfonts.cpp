#include "core/render/internal/captionfonts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLoggingCategory>

#include <cmath>
#include <mutex>

namespace montaj {
namespace {

Q_LOGGING_CATEGORY(lcCaptionFonts, "montaj.render.captionfonts")

// In order of preference; the family names are what the files declare.
constexpr const char *kFontFiles[] = {
    "NotoSans-Regular.ttf",         "NotoSans-Bold.ttf",
    "NotoSansArabic-Regular.ttf",   "NotoSansArabic-Bold.ttf",
    "NotoSansSymbols2-Regular.ttf",
};

QStringList fontFolders()
{
    const QString app = QCoreApplication::applicationDirPath();
    return {QDir(app).filePath(QStringLiteral("fonts")),
            QDir(app).filePath(QStringLiteral("../share/montaj/fonts")),
            QStringLiteral("/usr/share/fonts/truetype/noto")};
}

const QStringList &loadOnce()
{
    static std::once_flag once;
    static QStringList families; // process font state, written once under call_once
    std::call_once(once, [] {
        for (const char *file : kFontFiles) {
            const QString name = QLatin1String(file);
            for (const QString &folder : fontFolders()) {
                const QString path = QDir(folder).filePath(name);
                if (!QFileInfo::exists(path))
                    continue;
                const int id = QFontDatabase::addApplicationFont(path);
                if (id < 0) {
                    qCWarning(lcCaptionFonts) << "cannot load" << path;
                    continue;
                }
                for (const QString &family : QFontDatabase::applicationFontFamilies(id))
                    if (!families.contains(family))
                        families << family;
                break;
            }
        }
        if (families.isEmpty())
            qCWarning(lcCaptionFonts) << "no Noto fonts found; captions use the system's fonts";
    });
    return families;
}

} // namespace

QStringList CaptionFonts::loadedFamilies()
{
    return loadOnce();
}

QStringList CaptionFonts::families(const QString &preferred)
{
    QStringList chain;
    if (!preferred.isEmpty())
        chain << preferred;
    for (const QString &family : loadOnce())
        if (!chain.contains(family))
            chain << family;
    for (const QString &fallback : {QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic"),
                                    QStringLiteral("Noto Color Emoji")})
        if (!chain.contains(fallback))
            chain << fallback;
    return chain;
}

QFont CaptionFonts::font(const QString &preferred, double pixelSize, bool bold)
{
    QFont font;
    font.setFamilies(families(preferred));
    font.setPixelSize(std::max(4, int(std::lround(pixelSize))));
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferOutline);
    font.setKerning(true);
    return font;
}

} // namespace montaj
