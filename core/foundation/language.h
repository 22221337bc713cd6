#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace montaj {

// The interface languages Montaj ships, and how a choice ("System", "ar") maps to a QLocale.
// Not for content languages (captions, speech recognition), which are open-ended.
enum class Language { System, English, Arabic, French };

class Languages
{
public:
    static inline const QString kSettingKey = QStringLiteral("general/language");

    static QList<Language> all()
    {
        return {Language::System, Language::English, Language::Arabic, Language::French};
    }
    // "system", "en", "ar", "fr": stable codes for settings and command lines.
    static QString code(Language language);
    static std::optional<Language> fromCode(const QString &code);
    // The language's name in itself ("العربية", "Français"); empty for System (translate it in UI).
    static QString nativeName(Language language);
    // Resolves System against the given system locale; a language Montaj lacks becomes English.
    static Language resolve(Language language, const QLocale &system = QLocale::system());
    // The locale used for numbers, dates and money: the system's own when it speaks the chosen
    // language (ar_MA keeps Moroccan formats), otherwise the language's default locale.
    static QLocale locale(Language language, const QLocale &system = QLocale::system());
};

} // namespace montaj
