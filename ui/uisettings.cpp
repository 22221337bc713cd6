#include "ui/uisettings.h"

namespace montaj::ui {
namespace {
const QString kTheme = QStringLiteral("general/theme");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kLastPage = QStringLiteral("window/lastPage");
} // namespace

UiSettings::UiSettings(const QString &iniFile)
    : m_settings(iniFile, QSettings::IniFormat)
{}

Language UiSettings::language() const
{
    return Languages::fromCode(m_settings.value(Languages::kSettingKey).toString())
        .value_or(Language::System);
}

void UiSettings::setLanguage(Language language)
{
    m_settings.setValue(Languages::kSettingKey, Languages::code(language));
}

ThemeMode UiSettings::theme() const
{
    return ThemeController::fromCode(m_settings.value(kTheme).toString());
}

void UiSettings::setTheme(ThemeMode mode)
{
    m_settings.setValue(kTheme, ThemeController::code(mode));
}

QByteArray UiSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}
QByteArray UiSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void UiSettings::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    m_settings.setValue(kGeometry, geometry);
    m_settings.setValue(kState, state);
}

QString UiSettings::lastPage() const
{
    return m_settings.value(kLastPage).toString();
}
void UiSettings::setLastPage(const QString &key)
{
    m_settings.setValue(kLastPage, key);
}

} // namespace montaj::ui
