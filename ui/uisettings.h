#pragma once

#include "core/captions/captionchecks.h"
#include "core/foundation/language.h"
#include "ui/theme.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace montaj::ui {

// The studio's remembered choices (language, theme, window geometry, last page, the caption checks'
// limits) over one QSettings
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
    // Out-of-range or unreadable values fall back to the defaults, one limit at a time.
    CaptionThresholds captionThresholds() const;
    void setCaptionThresholds(const CaptionThresholds &limits);
    void sync() { m_settings.sync(); }
    QSettings &store() { return m_settings; } // for components that keep their own keys (accounts)

private:
    QSettings m_settings;
};

} // namespace montaj::ui
