#include "ui/uisettings.h"

namespace montaj::ui {
namespace {
const QString kTheme = QStringLiteral("general/theme");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kLastPage = QStringLiteral("window/lastPage");
const QString kCharsPerSecond = QStringLiteral("captions/maxCharsPerSecond");
const QString kCharsPerLine = QStringLiteral("captions/maxCharsPerLine");
const QString kMinDuration = QStringLiteral("captions/minDurationMs");
const QString kMaxDuration = QStringLiteral("captions/maxDurationMs");

double number(const QSettings &settings, const QString &key, double fallback, double low, double high)
{
    bool ok = false;
    const double value = settings.value(key).toDouble(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}
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

CaptionThresholds UiSettings::captionThresholds() const
{
    // The same ranges as the Limits dialog offers.
    const CaptionThresholds d;
    CaptionThresholds t;
    t.maxCharsPerSecond = number(m_settings, kCharsPerSecond, d.maxCharsPerSecond, 5, 40);
    t.maxCharsPerLine = int(number(m_settings, kCharsPerLine, d.maxCharsPerLine, 10, 100));
    t.minDurationUs =
        qint64(number(m_settings, kMinDuration, double(d.minDurationUs / 1000), 100, 10000)) * 1000;
    t.maxDurationUs =
        qint64(number(m_settings, kMaxDuration, double(d.maxDurationUs / 1000), 1000, 60000)) * 1000;
    if (t.minDurationUs >= t.maxDurationUs) {
        t.minDurationUs = d.minDurationUs;
        t.maxDurationUs = d.maxDurationUs;
    }
    return t;
}

void UiSettings::setCaptionThresholds(const CaptionThresholds &limits)
{
    m_settings.setValue(kCharsPerSecond, limits.maxCharsPerSecond);
    m_settings.setValue(kCharsPerLine, limits.maxCharsPerLine);
    m_settings.setValue(kMinDuration, limits.minDurationUs / 1000);
    m_settings.setValue(kMaxDuration, limits.maxDurationUs / 1000);
}

} // namespace montaj::ui
