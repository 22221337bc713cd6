#pragma once

#include "core/foundation/language.h"
#include "core/foundation/result.h"

#include <QObject>
#include <QTranslator>

#include <memory>
#include <vector>

namespace montaj {

// Switches the running application's interface language: installs Montaj's own catalog and Qt's
// (qt_ar, qt_fr from the system's Qt translations) and sets the default QLocale. Widgets hear
// QEvent::LanguageChange; code that built text itself listens to languageChanged(). Layout
// direction is the UI layer's job (QGuiApplication), so core stays display-free.
class Localization : public QObject
{
    Q_OBJECT

public:
    explicit Localization(QObject *parent = nullptr);
    ~Localization() override;

    // Loads and installs the catalogs for the language. Missing Qt catalogs are logged, not fatal:
    // Montaj's own strings still switch.
    Result<void> setLanguage(Language language);

    Language choice() const { return m_choice; }
    Language effective() const { return Languages::resolve(m_choice); }
    QLocale locale() const { return Languages::locale(m_choice); }
    Qt::LayoutDirection direction() const { return locale().textDirection(); }
    // Whether Qt's own catalog (standard dialogs, QCommandLineParser) was found for this language.
    bool qtCatalogLoaded() const { return m_qtCatalogLoaded; }

Q_SIGNALS:
    void languageChanged(montaj::Language effective);

private:
    void removeTranslators();

    Language m_choice = Language::English;
    std::vector<std::unique_ptr<QTranslator>> m_installed;
    bool m_qtCatalogLoaded = false;
};

} // namespace montaj
