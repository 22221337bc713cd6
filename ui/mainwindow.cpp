#include "ui/mainwindow.h"

#include "core/earnings/earningsledger.h"
#include "core/edit/projectdocument.h"
#include "core/foundation/localization.h"
#include "core/platform/platformprofile.h"
#include "core/publish/publisher/publisher.h"
#include "core/publish/store/workspaceservice.h"
#include "core/reach/projectdraft.h"
#include "ui/captions/captionspanel.h"
#include "ui/deals/collaborationspage.h"
#include "ui/earnings/earningspage.h"
#include "ui/edit/editpage.h"
#include "ui/edit/editsession.h"
#include "ui/edit/projectcontroller.h"
#include "ui/iconprovider.h"
#include "ui/pages/emptystatepage.h"
#include "ui/pages/settingspage.h"
#include "ui/platform/platformconnection.h"
#include "ui/platform/publisherhost.h"
#include "ui/publish/messagebar.h"
#include "ui/publish/publishpage.h"
#include "ui/publish/workspacechoice.h"
#include "ui/reach/reachdraftpanel.h"
#include "ui/reach/reachpage.h"
#include "ui/record/recordpage.h"
#include "ui/theme.h"
#include "ui/uisettings.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace montaj::ui {

Q_LOGGING_CATEGORY(lcWindow, "montaj.ui.window")

MainWindow::MainWindow(Localization &localization, ThemeController &theme, UiSettings &settings,
                       const AppPaths &paths, PlatformConnection *platform, QWidget *parent)
    : QMainWindow(parent)
    , m_localization(localization)
    , m_theme(theme)
    , m_settings(settings)
    , m_platform(platform)
    , m_sandboxBadge(new QLabel(this))
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_workspace(new WorkspaceService(this))
    , m_workspaceChoice(std::make_unique<WorkspaceChoice>(settings.store(), paths.workspaceDatabase()))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(IconProvider::appIcon());
    setMinimumSize(800, 560);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(210);
    m_navigation->setSpacing(2);
    m_navigation->setBackgroundRole(QPalette::AlternateBase);
    m_navigation->setAutoFillBackground(true);

    for (const PageInfo &info : PageCatalog::pages()) {
        QWidget *pageWidget = nullptr;
        if (info.id == PageId::Settings) {
            m_settingsPage = new SettingsPage(paths, m_localization.choice(), m_theme.mode(), m_stack);
            pageWidget = m_settingsPage;
        } else if (info.id == PageId::Earnings) {
            auto *earnings = new EarningsPage(m_stack);
            earnings->openLedger(EarningsLedger::defaultPath(paths));
            if (m_platform) {
                earnings->setPlatform(m_platform->api());
                connect(m_platform, &PlatformConnection::changed, earnings,
                        [this, earnings] { earnings->setPlatform(m_platform->api()); });
            }
            pageWidget = earnings;
        } else if (info.id == PageId::Collaborations) {
            auto *deals = new CollaborationsPage(*m_workspace, m_stack);
            m_collaborationsPage = deals;
            if (m_platform) {
                deals->setPlatform(m_platform->api());
                connect(m_platform, &PlatformConnection::changed, deals,
                        [this, deals] { deals->setPlatform(m_platform->api()); });
            }
            pageWidget = deals;
        } else if (info.id == PageId::Reach) {
            m_reachPage = new ReachPage(*m_workspace, m_platform, paths, m_stack);
            pageWidget = m_reachPage;
        } else if (info.id == PageId::Edit) {
            m_editPage = new EditPage(paths, m_stack);
            pageWidget = m_editPage;
        } else if (info.id == PageId::Record) {
            m_recordPage = new RecordPage(paths, m_stack);
            pageWidget = m_recordPage;
        } else if (info.id == PageId::Captions) {
            // Captions are edited on the Edit page, next to the preview they follow: this section
            // shows the Edit page with its Captions tab in front (see the navigation below).
            pageWidget = new QWidget(m_stack);
        } else if (info.id == PageId::Publish) {
            m_publishPage = new PublishPage(*m_workspace, m_platform, m_stack);
            pageWidget = m_publishPage;
        } else {
            pageWidget = new EmptyStatePage(info, m_stack);
        }
        m_stack->addWidget(pageWidget);
    }
    buildNavigation();
    if (m_recordPage && m_editPage)
        connect(m_recordPage, &RecordPage::takesReady, this, [this](const QList<Take> &takes) {
            QStringList files;
            for (const Take &take : takes)
                files << take.path;
            showPage(PageId::Edit);
            m_editPage->addTakes(files);
        });
    if (m_editPage) {
        // The caption checks' limits are the creator's, not the project's: kept in the settings.
        m_editPage->captions()->setThresholds(m_settings.captionThresholds());
        connect(m_editPage->captions(), &CaptionsPanel::thresholdsChanged, this,
                [this](const CaptionThresholds &limits) { m_settings.setCaptionThresholds(limits); });
    }
    if (m_reachPage && m_editPage) {
        // The project open on the Edit page is a draft on the Reach page, followed as it is edited.
        const auto follow = [this](ProjectDocument *document) {
            connect(document, &ProjectDocument::changed, this, &MainWindow::offerEditProjectToReach);
            connect(document, &ProjectDocument::filePathChanged, this, &MainWindow::offerEditProjectToReach);
            offerEditProjectToReach();
        };
        connect(&m_editPage->session(), &EditSession::documentChanged, this, follow);
        follow(m_editPage->session().document());
    }
    if (m_collaborationsPage && m_publishPage && m_editPage) {
        // One set of deals for the studio: the Publish page's windows and composer, the Edit page's
        // disclosure labels; a posting window clicked on the calendar opens its deal.
        m_publishPage->setDeals(&m_collaborationsPage->deals());
        m_editPage->setDeals(&m_collaborationsPage->deals());
        connect(m_publishPage, &PublishPage::dealRequested, this, [this](const QString &dealId) {
            showPage(PageId::Collaborations);
            m_collaborationsPage->showDeal(dealId);
        });
    }

    // Whenever the sandbox is in use, say so where it is always visible.
    m_sandboxBadge->setObjectName(QStringLiteral("sandboxBadge"));
    m_sandboxBadge->setAlignment(Qt::AlignCenter);
    m_sandboxBadge->setAutoFillBackground(true);
    m_sandboxBadge->setBackgroundRole(QPalette::Highlight);
    m_sandboxBadge->setForegroundRole(QPalette::HighlightedText);
    m_sandboxBadge->setContentsMargins(8, 6, 8, 6);
    m_sandboxBadge->setWordWrap(true);
    auto *side = new QWidget(this);
    side->setFixedWidth(210);
    side->setBackgroundRole(QPalette::AlternateBase);
    side->setAutoFillBackground(true);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 8);
    sideLayout->addWidget(m_navigation, 1);
    sideLayout->addWidget(m_sandboxBadge);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(side);
    layout->addWidget(m_stack, 1);
    // The workspace opens on its own thread; the Publish page fills in when it is ready.
    m_workspace->open(m_workspaceChoice->location(), [](Result<void> opened) {
        if (!opened)
            qCWarning(lcWindow) << "the workspace did not open:" << opened.error().toString();
    });
    if (m_platform) {
        m_settingsPage->addAccounts(*m_platform);
        connect(m_platform, &PlatformConnection::changed, this, &MainWindow::refreshBadge);
        // The studio publishes the workspace's due posts itself (one creator, or the accounts signed
        // in here), on a thread of its own; it restarts when the workspace or the platform changes.
        m_publisherHost = new PublisherHost(&m_platform->tokenStore(), this);
        m_publisherCacheDir = paths.cacheDir() + QStringLiteral("/publish");
        connect(m_publisherHost, &PublisherHost::started, m_publishPage, &PublishPage::setPublisher);
        connect(m_publisherHost, &PublisherHost::startFailed, this, [this](const Error &error) {
            m_publishPage->messageBar()->showMessage(error.message, MessageBar::Kind::Warning);
        });
        connect(m_workspace, &WorkspaceService::opened, this, &MainWindow::startPublisher);
        connect(m_platform, &PlatformConnection::changed, this, [this] {
            if (m_platform->isReady() && m_platform->profileId() != m_publisherProfile
                && m_workspace->isOpen())
                startPublisher();
        });
    }
    m_settingsPage->addWorkspace(*m_workspace, *m_workspaceChoice);
    refreshBadge();
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        if (PageCatalog::pages().at(row).id == PageId::Captions && m_editPage) {
            m_stack->setCurrentWidget(m_editPage);
            m_editPage->showCaptions();
        } else {
            m_stack->setCurrentIndex(row);
        }
        m_settings.setLastPage(QLatin1String(PageCatalog::pages().at(row).key));
    });
    connect(m_settingsPage, &SettingsPage::languageRequested, this, &MainWindow::applyLanguage);
    connect(m_settingsPage, &SettingsPage::themeRequested, this, [this](ThemeMode mode) {
        m_theme.setMode(mode);
        m_settings.setTheme(mode);
    });
    connect(&m_localization, &Localization::languageChanged, this, &MainWindow::applyLayoutDirection);

    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1280, 800);
    restoreState(m_settings.windowState());
    const PageInfo *last = PageCatalog::byKey(m_settings.lastPage());
    showPage(last ? last->id : PageId::Edit);
    applyLayoutDirection();
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::offerEditProjectToReach()
{
    const ProjectDocument *document = m_editPage->session().document();
    const ProjectReachFacts facts = ProjectReachFacts::of(document->state());
    // A new empty untitled project is nothing to estimate yet.
    const bool nothing = document->filePath().isEmpty() && facts.isEmpty();
    m_reachPage->draftPanel()->setEditProject(nothing ? QString() : m_editPage->projects().projectName(),
                                              facts);
}

void MainWindow::startPublisher()
{
    if (!m_publisherHost || !m_platform->isReady())
        return;
    m_publisherProfile = m_platform->profileId();
    PlatformApp app{m_platform->api()->profile(), m_platform->credentials()};
    const QString profileId = m_publisherProfile;
    m_publishPage->setPublisher(nullptr);
    m_publisherHost->start(
        m_workspace->location(),
        [app, profileId](const QString &wanted) -> Result<PlatformApp> {
            if (wanted == profileId)
                return app;
            return Error(QStringLiteral("publish.no_app"),
                         QCoreApplication::translate("montaj::ui::MainWindow",
                                                     "This computer is not connected to %1: link an account "
                                                     "of that platform in Settings → Accounts.")
                             .arg(wanted));
        },
        m_publisherCacheDir);
}

void MainWindow::refreshBadge()
{
    m_sandboxBadge->setVisible(m_platform && m_platform->usesSandbox());
}

void MainWindow::buildNavigation()
{
    for (const PageInfo &info : PageCatalog::pages()) {
        auto *item = new QListWidgetItem(m_navigation);
        item->setData(Qt::UserRole, QLatin1String(info.key));
        item->setSizeHint(QSize(0, 40));
    }
    refreshIcons();
}

void MainWindow::refreshIcons()
{
    const QColor color = palette().color(QPalette::WindowText);
    const QColor selected = palette().color(QPalette::HighlightedText);
    for (int row = 0; row < m_navigation->count(); ++row)
        m_navigation->item(row)->setIcon(
            IconProvider::icon(QLatin1String(PageCatalog::pages().at(row).icon), color, selected));
}

void MainWindow::showPage(PageId id)
{
    const auto &pages = PageCatalog::pages();
    for (int row = 0; row < pages.size(); ++row)
        if (pages.at(row).id == id)
            m_navigation->setCurrentRow(row);
}

PageId MainWindow::currentPage() const
{
    return PageCatalog::pages().at(std::max(0, m_navigation->currentRow())).id;
}

QWidget *MainWindow::page(PageId id) const
{
    if (id == PageId::Captions && m_editPage)
        return m_editPage; // the Captions section is the Edit page with its Captions tab in front
    const auto &pages = PageCatalog::pages();
    for (int row = 0; row < pages.size(); ++row)
        if (pages.at(row).id == id)
            return m_stack->widget(row);
    return nullptr;
}

void MainWindow::applyLanguage(Language language)
{
    const Result<void> switched = m_localization.setLanguage(language);
    if (!switched) {
        qCWarning(lcWindow) << switched.error().toString();
        m_settingsPage->setLanguage(m_localization.choice());
        return;
    }
    m_settings.setLanguage(language);
}

void MainWindow::applyLayoutDirection()
{
    // Set on every switch: after one explicit call Qt stops following the catalogs by itself.
    QGuiApplication::setLayoutDirection(m_localization.direction());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_reachPage && m_editPage)
            offerEditProjectToReach(); // "Untitled" in the new language
    } else if (event->type() == QEvent::PaletteChange)
        refreshIcons(); // light/dark switch: icons are tinted with the palette's text colour
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Montaj"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_sandboxBadge->setText(tr("Sandbox: practice platform on this computer"));
    const auto &pages = PageCatalog::pages();
    for (int row = 0; row < m_navigation->count(); ++row)
        m_navigation->item(row)->setText(PageCatalog::title(pages.at(row)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_editPage && !m_editPage->maybeClose()) {
        event->ignore();
        return;
    }
    m_settings.setWindow(saveGeometry(), saveState());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace montaj::ui
