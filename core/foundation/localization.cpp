#include "core/foundation/localization.h"

#include "translations/catalogs.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>

namespace montaj {

Q_LOGGING_CATEGORY(lcI18n, "montaj.i18n")

Localization::Localization(QObject *parent)
    : QObject(parent)
{}

Localization::~Localization()
{
    removeTranslators();
}

void Localization::removeTranslators()
{
    for (auto &t : m_installed)
        QCoreApplication::removeTranslator(t.get());
    m_installed.clear();
}

Result<void> Localization::setLanguage(Language language)
{
    const Language effectiveLanguage = Languages::resolve(language);
    const QString code = Languages::code(effectiveLanguage);

    std::vector<std::unique_ptr<QTranslator>> loaded;
    auto own = std::make_unique<QTranslator>();
    const QString ownName = QStringLiteral("montaj_") + code;
    if (!own->load(ownName, catalogResourceDir()))
        return Error(QStringLiteral("i18n.catalog_missing"),
                     tr("The %1 translation of Montaj is missing from this build.")
                         .arg(Languages::nativeName(effectiveLanguage)),
                     {{QStringLiteral("file"), QString(catalogResourceDir() + QLatin1Char('/') + ownName)}});
    loaded.push_back(std::move(own));

    bool qtLoaded = effectiveLanguage == Language::English;
    if (!qtLoaded) {
        auto qt = std::make_unique<QTranslator>();
        const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        qtLoaded = qt->load(QStringLiteral("qt_") + code, dir);
        if (qtLoaded)
            loaded.push_back(std::move(qt));
        else
            qCWarning(lcI18n) << "Qt's own catalog" << QString(QStringLiteral("qt_") + code)
                              << "was not found in" << dir
                              << "- standard dialogs stay in English (install qt6-translations-l10n)";
    }

    removeTranslators();
    QLocale::setDefault(Languages::locale(language));
    for (auto &t : loaded) {
        QCoreApplication::installTranslator(t.get());
        m_installed.push_back(std::move(t));
    }
    m_choice = language;
    m_qtCatalogLoaded = qtLoaded;
    Q_EMIT languageChanged(effectiveLanguage);
    return {};
}

} // namespace montaj
