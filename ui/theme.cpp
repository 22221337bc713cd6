#include "ui/theme.h"

#include <QApplication>
#include <QEvent>
#include <QSettings>
#include <QStyleFactory>

namespace montaj::ui {

ThemeController::ThemeController(QApplication *app)
    : QObject(app)
    , m_app(app)
{
    m_app->setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_app->installEventFilter(this);
}

QString ThemeController::code(ThemeMode mode)
{
    switch (mode) {
    case ThemeMode::Light: return QStringLiteral("light");
    case ThemeMode::Dark: return QStringLiteral("dark");
    case ThemeMode::System: break;
    }
    return QStringLiteral("system");
}

ThemeMode ThemeController::fromCode(const QString &code)
{
    if (code == QLatin1String("light"))
        return ThemeMode::Light;
    if (code == QLatin1String("dark"))
        return ThemeMode::Dark;
    return ThemeMode::System;
}

void ThemeController::setMode(ThemeMode mode)
{
    m_mode = mode;
    apply();
}

bool ThemeController::systemPrefersDark() const
{
    const QString forced = qEnvironmentVariable("MONTAJ_COLOR_SCHEME");
    if (!forced.isEmpty())
        return forced == QLatin1String("dark");
#ifdef Q_OS_WIN
    const QSettings personalize(
        QStringLiteral(
            "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize"),
        QSettings::NativeFormat);
    if (personalize.contains(QStringLiteral("AppsUseLightTheme")))
        return personalize.value(QStringLiteral("AppsUseLightTheme")).toInt() == 0;
#endif
    if (qEnvironmentVariable("GTK_THEME").endsWith(QLatin1String(":dark"), Qt::CaseInsensitive))
        return true;
    // The platform's own palette (macOS, KDE, GNOME through the platform theme) tells the rest.
    const QPalette platform = QPalette();
    return platform.color(QPalette::Window).lightness() < 128;
}

void ThemeController::apply()
{
    m_applying = true;
    if (m_mode == ThemeMode::System)
        m_app->setPalette(QPalette()); // back to the platform's palette, so we can read it
    m_dark = m_mode == ThemeMode::Dark || (m_mode == ThemeMode::System && systemPrefersDark());
    m_app->setPalette(m_dark ? darkPalette() : lightPalette());
    m_applying = false;
}

bool ThemeController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_app && event->type() == QEvent::ThemeChange && !m_applying
        && m_mode == ThemeMode::System)
        apply();
    return QObject::eventFilter(watched, event);
}

QPalette ThemeController::lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf5, 0xf5, 0xf7));
    p.setColor(QPalette::WindowText, QColor(0x1d, 0x1d, 0x1f));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xee, 0xee, 0xf0));
    p.setColor(QPalette::Text, QColor(0x1d, 0x1d, 0x1f));
    p.setColor(QPalette::Button, QColor(0xfb, 0xfb, 0xfd));
    p.setColor(QPalette::ButtonText, QColor(0x1d, 0x1d, 0x1f));
    p.setColor(QPalette::PlaceholderText, QColor(0x6e, 0x6e, 0x73));
    p.setColor(QPalette::ToolTipBase, QColor(0x1d, 0x1d, 0x1f));
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0xe0, 0x2d, 0x5a));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0xc2, 0x18, 0x4a));
    p.setColor(QPalette::Mid, QColor(0xc7, 0xc7, 0xcc));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0x9a, 0x9f));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0x9a, 0x9f));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0x9a, 0x9f));
    return p;
}

QPalette ThemeController::darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x1c, 0x1c, 0x1e));
    p.setColor(QPalette::WindowText, QColor(0xf2, 0xf2, 0xf7));
    p.setColor(QPalette::Base, QColor(0x12, 0x12, 0x14));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x29));
    p.setColor(QPalette::Text, QColor(0xf2, 0xf2, 0xf7));
    p.setColor(QPalette::Button, QColor(0x2c, 0x2c, 0x2e));
    p.setColor(QPalette::ButtonText, QColor(0xf2, 0xf2, 0xf7));
    p.setColor(QPalette::PlaceholderText, QColor(0x98, 0x98, 0x9d));
    p.setColor(QPalette::ToolTipBase, QColor(0xf2, 0xf2, 0xf7));
    p.setColor(QPalette::ToolTipText, QColor(0x1c, 0x1c, 0x1e));
    p.setColor(QPalette::Highlight, QColor(0xff, 0x3b, 0x6b));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0xff, 0x6b, 0x8e));
    p.setColor(QPalette::Mid, QColor(0x48, 0x48, 0x4a));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3a, 0x3c));
    p.setColor(QPalette::Dark, QColor(0x0e, 0x0e, 0x10));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x6e, 0x73));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x6e, 0x73));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x6e, 0x73));
    return p;
}

} // namespace montaj::ui
