#pragma once

#include "core/foundation/apppaths.h"
#include "core/foundation/language.h"
#include "ui/theme.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace montaj {
class WorkspaceService;
}

namespace montaj::ui {

class PlatformConnection;
class WorkspaceChoice;

// The Settings page: interface language and theme (applied at once, no restart), accounts, the
// publishing workspace, where Montaj keeps its files, and what this build is. It asks for changes through
// signals; MainWindow applies and remembers them.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(const AppPaths &paths, Language language, ThemeMode theme, QWidget *parent = nullptr);
    // Adds Settings → Accounts for this connection.
    void addAccounts(PlatformConnection &connection);
    // Adds Settings → Workspace: where scheduled posts live and the workspace-wide publishing rules.
    void addWorkspace(WorkspaceService &service, WorkspaceChoice &choice);

    void setLanguage(Language language);
    void setTheme(ThemeMode theme);

Q_SIGNALS:
    void languageRequested(montaj::Language language);
    void themeRequested(montaj::ui::ThemeMode mode);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *formLabel();
    QLabel *pathLabel(const QString &path);

    QLabel *m_title;
    QGroupBox *m_languageBox;
    QComboBox *m_language;
    QLabel *m_languageHint;
    QGroupBox *m_appearanceBox;
    QComboBox *m_theme;
    QGroupBox *m_storageBox;
    QGroupBox *m_aboutBox;
    QLabel *m_about;
    QPushButton *m_aboutMore;
    QFormLayout *m_languageForm;
    QFormLayout *m_appearanceForm;
    QFormLayout *m_storageForm;
    QVBoxLayout *m_layout;
    QList<QLabel *> m_formLabels; // language, theme, data, projects, logs
};

} // namespace montaj::ui
