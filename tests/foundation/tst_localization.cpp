#include "core/foundation/language.h"
#include "core/foundation/localization.h"
#include "core/foundation/money.h"

#include <QSignalSpy>
#include <QTest>

using montaj::Language;
using montaj::Languages;
using montaj::Localization;

class TestLocalization : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codesRoundTrip()
    {
        for (Language l : Languages::all())
            QCOMPARE(Languages::fromCode(Languages::code(l)), l);
        QVERIFY(!Languages::fromCode(QStringLiteral("de")));
    }

    void systemResolvesToASupportedLanguage()
    {
        QCOMPARE(Languages::resolve(Language::System, QLocale(QStringLiteral("ar_MA"))), Language::Arabic);
        QCOMPARE(Languages::resolve(Language::System, QLocale(QStringLiteral("fr_CA"))), Language::French);
        QCOMPARE(Languages::resolve(Language::System, QLocale(QStringLiteral("de_DE"))), Language::English);
        QCOMPARE(Languages::resolve(Language::French, QLocale(QStringLiteral("ar_EG"))), Language::French);
        // The system's region is kept when it speaks the chosen language.
        QCOMPARE(Languages::locale(Language::Arabic, QLocale(QStringLiteral("ar_MA"))).territory(),
                 QLocale::Morocco);
        QCOMPARE(Languages::locale(Language::French, QLocale(QStringLiteral("en_US"))).language(),
                 QLocale::French);
    }

    void switchesCatalogsAtRuntime()
    {
        Localization localization;
        QSignalSpy changed(&localization, &Localization::languageChanged);
        const char *source = "Cannot divide an amount by zero.";

        QVERIFY(localization.setLanguage(Language::Arabic).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(localization.direction(), Qt::RightToLeft);
        QCOMPARE(QLocale().language(), QLocale::Arabic);
        const QString arabic = QCoreApplication::translate("Money", source);
        QVERIFY2(arabic != QLatin1String(source), qPrintable(arabic));
        QVERIFY(arabic.contains(QRegularExpression(QStringLiteral("[\\x{0600}-\\x{06FF}]"))));
        QVERIFY2(localization.qtCatalogLoaded(), "qt_ar.qm not found: install qt6-translations-l10n");
        // Qt's own catalog flips QT_LAYOUT_DIRECTION for Arabic.
        QCOMPARE(QCoreApplication::translate("QGuiApplication", "QT_LAYOUT_DIRECTION"),
                 QStringLiteral("RTL"));

        QVERIFY(localization.setLanguage(Language::French).ok());
        QCOMPARE(localization.direction(), Qt::LeftToRight);
        const QString french = QCoreApplication::translate("Money", source);
        QVERIFY2(french != QLatin1String(source) && french != arabic, qPrintable(french));
        QVERIFY(localization.qtCatalogLoaded());

        QVERIFY(localization.setLanguage(Language::English).ok());
        QCOMPARE(QCoreApplication::translate("Money", source), QLatin1String(source));
        QCOMPARE(changed.count(), 3);
    }

    void englishPluralsComeFromTheEnglishCatalog()
    {
        Localization localization;
        QVERIFY(localization.setLanguage(Language::English).ok());
        QCOMPARE(QCoreApplication::translate("montaj::ctl::Cli", "%n secret(s) masked.", nullptr, 1),
                 QStringLiteral("1 secret masked."));
        QCOMPARE(QCoreApplication::translate("montaj::ctl::Cli", "%n secret(s) masked.", nullptr, 3),
                 QStringLiteral("3 secrets masked."));
    }

    void arabicHasSixPluralForms()
    {
        Localization localization;
        QVERIFY(localization.setLanguage(Language::Arabic).ok());
        QSet<QString> forms;
        for (int n : {0, 1, 2, 3, 11, 100})
            forms.insert(QCoreApplication::translate("montaj::ctl::Cli", "%n secret(s) masked.", nullptr, n)
                             .remove(QRegularExpression(QStringLiteral("[0-9\\x{0660}-\\x{0669}]+"))));
        QCOMPARE(forms.size(), 6);
        // The count is written in the same (Arabic-Indic) digits as every QLocale number beside it.
        const QString eleven =
            QCoreApplication::translate("montaj::ctl::Cli", "%n secret(s) masked.", nullptr, 11);
        QVERIFY2(eleven.contains(QStringLiteral("\u0661\u0661")) && !eleven.contains(QLatin1String("11")),
                 qPrintable(eleven));
        QCOMPARE(QLocale().toString(11), QStringLiteral("\u0661\u0661"));
    }

    void errorsAreTranslated()
    {
        Localization localization;
        QVERIFY(localization.setLanguage(Language::French).ok());
        const auto r = montaj::Money::fromMinor(1, QStringLiteral("ZZZ"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("ZZZ")), qPrintable(r.error().message));
        QVERIFY2(!r.error().message.contains(QStringLiteral("is not an ISO 4217")),
                 qPrintable(r.error().message));
        QVERIFY(localization.setLanguage(Language::English).ok());
    }
};

QTEST_GUILESS_MAIN(TestLocalization)
#include "tst_localization.moc"
