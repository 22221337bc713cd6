// Opens the studio the way montaj does, visits every page in English, Arabic and French (switching
// at runtime through the Settings page), checks mirroring and that nothing is left in English, and
// saves a screenshot of each page to build/screenshots/<lang>/<page>.png.

#include "core/edit/projectdocument.h"
#include "core/foundation/apppaths.h"
#include "core/foundation/localization.h"
#include "ui/edit/editpage.h"
#include "ui/edit/editsession.h"
#include "ui/mainwindow.h"
#include "ui/pagecatalog.h"
#include "ui/reach/reachdraftpanel.h"
#include "ui/reach/reachpage.h"
#include "ui/theme.h"
#include "ui/uisettings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace montaj;
using namespace montaj::ui;

namespace {

// Text shown on screen, keyed by the widget (and item) that shows it.
using Texts = QMap<QString, QString>;

QString key(const QObject *o, int index = -1)
{
    return QString::number(reinterpret_cast<quintptr>(o), 16) + u'#' + QString::number(index);
}

Texts visibleTexts(QWidget *root)
{
    Texts texts;
    texts.insert(key(root), root->windowTitle());
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            texts.insert(key(w), label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts.insert(key(w), button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            texts.insert(key(w), box->title());
        if (auto *combo = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                texts.insert(key(w, i), combo->itemText(i));
        if (auto *list = qobject_cast<QListWidget *>(w))
            for (int i = 0; i < list->count(); ++i)
                texts.insert(key(w, i), list->item(i)->text());
    }
    for (auto it = texts.begin(); it != texts.end();)
        it = it.value().trimmed().isEmpty() ? texts.erase(it) : std::next(it);
    return texts;
}

// Text that is the same in every language on purpose: the brand, language names, file paths,
// ISO 4217 currency codes.
bool languageNeutral(const QString &text, const QString &language)
{
    // Words French spells as English does.
    static const QStringList kSameInFrench{QStringLiteral("Source")};
    // Text encodings are named the same in every language.
    static const QRegularExpression kEncoding(
        QStringLiteral("^(UTF-(8|16LE|16BE)|windows-125[0-9]|ISO-8859-[0-9]+)$"));
    if ((language == QLatin1String("fr") && kSameInFrench.contains(text)) || kEncoding.match(text).hasMatch())
        return true;
    static const QStringList kNeutral{QStringLiteral("Montaj"), QStringLiteral("English"),
                                      QStringLiteral("العربية"), QStringLiteral("Français")};
    static const QRegularExpression kCurrencyCode(QStringLiteral("^[A-Z]{3}$"));
    // Timecodes, colour codes, frame rates and SI durations read the same in every language.
    static const QRegularExpression kNumbersOnly(
        QStringLiteral("^([0-9\\s:/.,×]*( fps| s| min)?|#[0-9A-Fa-f]{6,8})$"));
    return kNeutral.contains(text) || text.startsWith(QChar(0x200E)) || kCurrencyCode.match(text).hasMatch()
           || kNumbersOnly.match(text).hasMatch();
}

} // namespace

class TestStudioSmoke : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<AppPaths> m_paths;
    std::unique_ptr<UiSettings> m_settings;
    std::unique_ptr<Localization> m_localization;
    std::unique_ptr<ThemeController> m_theme;
    std::unique_ptr<MainWindow> m_window;
    QMap<QString, Texts> m_english; // page key → texts

    void visitAndShoot(const QString &language)
    {
        const QString dir = QDir(QStringLiteral(MONTAJ_SCREENSHOT_DIR)).filePath(language);
        QVERIFY(QDir().mkpath(dir));
        for (const PageInfo &page : PageCatalog::pages()) {
            m_window->showPage(page.id);
            QCoreApplication::processEvents();
            QCOMPARE(m_window->findChild<QStackedWidget *>()->currentWidget(), m_window->page(page.id));
            const QString file = QDir(dir).filePath(QLatin1String(page.key) + QStringLiteral(".png"));
            QVERIFY2(m_window->grab().save(file), qPrintable(file));
            const Texts texts = visibleTexts(m_window.get());
            if (language == QLatin1String("en")) {
                m_english.insert(QLatin1String(page.key), texts);
                continue;
            }
            const Texts &english = m_english.value(QLatin1String(page.key));
            QStringList leftovers;
            for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
                if (languageNeutral(it.value(), language))
                    continue;
                if (english.value(it.key()) == it.value())
                    leftovers << it.value();
                if (language == QLatin1String("ar")
                    && !it.value().contains(QRegularExpression(QStringLiteral("[\\x{0600}-\\x{06FF}]"))))
                    leftovers << it.value();
            }
            QVERIFY2(leftovers.isEmpty(), qPrintable(QStringLiteral("%1/%2 still shows: %3")
                                                         .arg(language, QLatin1String(page.key),
                                                              leftovers.join(QStringLiteral(" | ")))));
        }
    }

    void switchThroughSettings(Language language)
    {
        m_window->showPage(PageId::Settings);
        auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        const int index = combo->findData(Languages::code(language));
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index); // what a click on the item does
        QCoreApplication::processEvents();
        QCOMPARE(m_localization->choice(), language);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("MONTAJ_COLOR_SCHEME", "light");
        m_paths = std::make_unique<AppPaths>(AppPaths::underRoot(m_home.path()));
        QVERIFY(m_paths->ensureExists().ok());
        m_settings = std::make_unique<UiSettings>(m_paths->settingsFile());
        m_localization = std::make_unique<Localization>();
        QVERIFY(m_localization->setLanguage(Language::English).ok());
        m_theme = std::make_unique<ThemeController>(qApp);
        m_theme->setMode(ThemeMode::System);
        m_window = std::make_unique<MainWindow>(*m_localization, *m_theme, *m_settings, *m_paths);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void everyPageInEnglish()
    {
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(m_window->findChild<QListWidget *>(QStringLiteral("navigation"))->count(),
                 PageCatalog::pages().size());
        visitAndShoot(QStringLiteral("en"));
        QCOMPARE(m_english.size(), 8);
    }

    void arabicMirrorsAndTranslatesEverything()
    {
        switchThroughSettings(Language::Arabic);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(m_window->layoutDirection(), Qt::RightToLeft);
        // Mirrored: the navigation now sits on the right of the pages.
        auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *stack = m_window->findChild<QStackedWidget *>();
        QVERIFY(nav->mapTo(m_window.get(), QPoint()).x() > stack->mapTo(m_window.get(), QPoint()).x());
        QCOMPARE(m_window->windowTitle(), QStringLiteral("مونتاج"));
        visitAndShoot(QStringLiteral("ar"));
    }

    void frenchIsLeftToRightAndTranslated()
    {
        switchThroughSettings(Language::French);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *stack = m_window->findChild<QStackedWidget *>();
        QVERIFY(nav->mapTo(m_window.get(), QPoint()).x() < stack->mapTo(m_window.get(), QPoint()).x());
        visitAndShoot(QStringLiteral("fr"));
    }

    // The project open on the Edit page is offered as a draft on the Reach page once it has
    // something on its timeline, and the draft follows its edits and their undo.
    void theEditPagesProjectIsAReachDraft()
    {
        switchThroughSettings(Language::English);
        ProjectDocument *document = m_window->editPage()->session().document();
        ReachDraftPanel *panel = m_window->reachPage()->draftPanel();
        auto *source = panel->findChild<QComboBox *>(QStringLiteral("reachDraftSource"));
        const auto offered = [source] {
            for (int i = 0; i < source->count(); ++i)
                if (source->itemText(i).startsWith(QStringLiteral("Project on the Edit page: ")))
                    return i;
            return -1;
        };
        QCOMPARE(offered(), -1); // a new empty untitled project
        Clip clip;
        clip.mediaPath = QDir(m_home.path()).filePath(QStringLiteral("take.mp4"));
        clip.outUs = 33'000'000;
        clip.sourceDurationUs = 60'000'000;
        clip.sourceSize = QSize(1080, 1920);
        QVERIFY(document->addClip(clip));
        const int i = offered();
        QVERIFY(i > 0);
        QCOMPARE(source->itemText(i), QStringLiteral("Project on the Edit page: Untitled"));
        source->setCurrentIndex(i);
        Q_EMIT source->activated(i);
        QCOMPARE(panel->draft().durationSec, 33);
        QVERIFY(document->addClip(clip));
        QCOMPARE(panel->draft().durationSec, 66);
        // "Untitled" follows the language.
        switchThroughSettings(Language::French);
        QVERIFY2(!source->currentText().contains(QStringLiteral("Untitled")),
                 qPrintable(source->currentText()));
        switchThroughSettings(Language::English);
        QCOMPARE(source->currentText(), QStringLiteral("Project on the Edit page: Untitled"));
        document->undoStack()->undo();
        QCOMPARE(panel->draft().durationSec, 33);
        document->undoStack()->undo();
        QCOMPARE(offered(), -1);
        QCOMPARE(source->currentIndex(), 0); // typed values, as they were
    }

    void darkPalette()
    {
        switchThroughSettings(Language::English);
        m_theme->setMode(ThemeMode::Dark);
        QCoreApplication::processEvents();
        QVERIFY(m_theme->isDark());
        QVERIFY(m_window->palette().color(QPalette::Window).lightness() < 80);
        // Navigation icons are re-tinted: light strokes on the dark background.
        auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        const QImage icon = nav->item(0)->icon().pixmap(24, 24).toImage();
        int brightest = 0;
        for (int y = 0; y < icon.height(); ++y)
            for (int x = 0; x < icon.width(); ++x)
                if (qAlpha(icon.pixel(x, y)) > 200)
                    brightest = std::max(brightest, QColor(icon.pixel(x, y)).lightness());
        QVERIFY2(brightest > 180, qPrintable(QString::number(brightest)));
        m_window->showPage(PageId::Edit);
        QCoreApplication::processEvents();
        const QString file =
            QDir(QStringLiteral(MONTAJ_SCREENSHOT_DIR)).filePath(QStringLiteral("en/edit-dark.png"));
        QVERIFY(m_window->grab().save(file));
        // Back to "follow the system": the platform's own (light, offscreen) palette is read
        // again, not the dark one we installed.
        qunsetenv("MONTAJ_COLOR_SCHEME");
        m_theme->setMode(ThemeMode::System);
        QVERIFY(!m_theme->isDark());
        qputenv("MONTAJ_COLOR_SCHEME", "dark");
        m_theme->setMode(ThemeMode::System);
        QVERIFY(m_theme->isDark());
        qputenv("MONTAJ_COLOR_SCHEME", "light");
        m_theme->setMode(ThemeMode::Light);
    }

    void remembersGeometryLanguageAndLastPage()
    {
        switchThroughSettings(Language::French);
        m_window->showPage(PageId::Earnings);
        m_window->resize(1100, 700);
        QCoreApplication::processEvents();
        m_window->close();
        m_window.reset();

        UiSettings reread(m_paths->settingsFile());
        QCOMPARE(reread.language(), Language::French);
        QCOMPARE(reread.lastPage(), QStringLiteral("earnings"));
        MainWindow again(*m_localization, *m_theme, reread, *m_paths);
        QCOMPARE(again.currentPage(), PageId::Earnings);
        QCOMPARE(again.size(), QSize(1100, 700));
    }
};

QTEST_MAIN(TestStudioSmoke)
#include "tst_studio_smoke.moc"
