#pragma once

#include "core/foundation/language.h"
#include "ui/theme.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace montaj::ui {

// The studio's remembered choices (language, theme, window geometry, last page) over one QSettings
// file, with the keys in one place. Not for workspace data, which lives in the workspace store.
class UiSettings
{
public:
    explicit UiSettings(const QString &iniFile);

    Language language() const;
    void setLanguage(Language language);
    ThemeMode theme() const;
    void setTheme(ThemeMode mode);
    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state);
    QString lastPage() const;
    void setLastPage(const QString &key);
    void sync() { m_settings.sync(); }
    QSettings &store() { return m_settings; } // for components that keep their own keys (accounts)

private:
    QSettings m_settings;
};

} // namespace montaj::ui
