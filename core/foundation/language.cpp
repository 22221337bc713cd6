#include "core/foundation/language.h"

namespace montaj {
namespace {

QLocale::Language qtLanguage(Language language)
{
    switch (language) {
    case Language::Arabic: return QLocale::Arabic;
    case Language::French: return QLocale::French;
    case Language::English:
    case Language::System: break;
    }
    return QLocale::English;
}

} // namespace

QString Languages::code(Language language)
{
    switch (language) {
    case Language::System: return QStringLiteral("system");
    case Language::English: return QStringLiteral("en");
    case Language::Arabic: return QStringLiteral("ar");
    case Language::French: return QStringLiteral("fr");
    }
    return QStringLiteral("system");
}

std::optional<Language> Languages::fromCode(const QString &code)
{
    for (Language l : all())
        if (Languages::code(l).compare(code, Qt::CaseInsensitive) == 0)
            return l;
    return std::nullopt;
}

QString Languages::nativeName(Language language)
{
    switch (language) {
    case Language::English: return QStringLiteral("English");
    case Language::Arabic: return QStringLiteral("العربية");
    case Language::French: return QStringLiteral("Français");
    case Language::System: break;
    }
    return {};
}

Language Languages::resolve(Language language, const QLocale &system)
{
    if (language != Language::System)
        return language;
    for (const QString &tag : system.uiLanguages()) {
        const QLocale::Language l = QLocale(tag).language();
        if (l == QLocale::Arabic)
            return Language::Arabic;
        if (l == QLocale::French)
            return Language::French;
        if (l == QLocale::English)
            return Language::English;
    }
    return Language::English;
}

QLocale Languages::locale(Language language, const QLocale &system)
{
    const Language resolved = resolve(language, system);
    if (system.language() == qtLanguage(resolved))
        return system;
    return QLocale(qtLanguage(resolved));
}

} // namespace montaj
