#pragma once

#include "core/foundation/apppaths.h"
#include "core/foundation/language.h"
#include "ui/pagecatalog.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace montaj {
class CollaborationsPage;
class Localization;
class WorkspaceService;
} // namespace montaj

namespace montaj::ui {

class EditPage;
class RecordPage;
class PlatformConnection;
class PublishPage;
class ReachPage;
class PublisherHost;
class SettingsPage;
class ThemeController;
class UiSettings;
class WorkspaceChoice;

// The studio's main window: a navigation list to every part of the product and the page stack.
// It applies language and theme choices, mirrors the layout for right-to-left languages, and
// remembers its geometry and last page. Pages do the work; this class only arranges them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Localization &localization, ThemeController &theme, UiSettings &settings,
               const AppPaths &paths, PlatformConnection *platform = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(PageId id);
    PageId currentPage() const;
    QWidget *page(PageId id) const;
    PublishPage *publishPage() const { return m_publishPage; }
    EditPage *editPage() const { return m_editPage; }
    ReachPage *reachPage() const { return m_reachPage; }
    CollaborationsPage *collaborationsPage() const { return m_collaborationsPage; }
    // The publishing workspace (SQLite in the data folder unless Settings name a PostgreSQL URL).
    WorkspaceService &workspace() const { return *m_workspace; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildNavigation();
    void retranslate();
    void refreshIcons();
    void applyLanguage(Language language);
    void applyLayoutDirection();

    Localization &m_localization;
    ThemeController &m_theme;
    UiSettings &m_settings;
    void refreshBadge();

    PlatformConnection *m_platform;
    QLabel *m_sandboxBadge;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    SettingsPage *m_settingsPage = nullptr;
    WorkspaceService *m_workspace;
    std::unique_ptr<WorkspaceChoice> m_workspaceChoice;
    PublishPage *m_publishPage = nullptr;
    EditPage *m_editPage = nullptr;
    RecordPage *m_recordPage = nullptr;
    CollaborationsPage *m_collaborationsPage = nullptr;
    ReachPage *m_reachPage = nullptr;
    PublisherHost *m_publisherHost = nullptr;
    QString m_publisherProfile; // the platform profile the running publisher was started for
    void startPublisher();
    void offerEditProjectToReach();
    QString m_publisherCacheDir;
};

} // namespace montaj::ui
