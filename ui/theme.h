#pragma once

#include <QObject>
#include <QPalette>

class QApplication;

namespace montaj::ui {

enum class ThemeMode { System, Light, Dark };

// Gives the studio a light or a dark palette (Fusion style, so it looks the same on every OS) and,
// in System mode, follows the operating system when its colour scheme changes. Not for per-widget
// styling: widgets take their colours from the palette.
class ThemeController : public QObject
{
    Q_OBJECT

public:
    explicit ThemeController(QApplication *app);

    void setMode(ThemeMode mode);
    ThemeMode mode() const { return m_mode; }
    bool isDark() const { return m_dark; }

    static QString code(ThemeMode mode);
    static ThemeMode fromCode(const QString &code);
    static QPalette lightPalette();
    static QPalette darkPalette();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool systemPrefersDark() const;
    void apply();

    QApplication *m_app;
    ThemeMode m_mode = ThemeMode::System;
    bool m_dark = false;
    bool m_applying = false;
};

} // namespace montaj::ui
