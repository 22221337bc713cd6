#include "ui/pages/settingspage.h"
#include "core/foundation/version.h"
#include "ui/pages/aboutdialog.h"
#include "ui/pages/accountspanel.h"
#include "ui/publish/workspacepanel.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace montaj::ui {
namespace {
const QList<ThemeMode> kThemes{ThemeMode::System, ThemeMode::Light, ThemeMode::Dark};
} // namespace

SettingsPage::SettingsPage(const AppPaths &paths, Language language, ThemeMode theme, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_languageBox(new QGroupBox(this))
    , m_language(new QComboBox(this))
    , m_languageHint(new QLabel(this))
    , m_appearanceBox(new QGroupBox(this))
    , m_theme(new QComboBox(this))
    , m_storageBox(new QGroupBox(this))
    , m_aboutBox(new QGroupBox(this))
    , m_about(new QLabel(this))
    , m_aboutMore(new QPushButton(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("pageTitle"));

    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (Language l : Languages::all())
        m_language->addItem(Languages::nativeName(l), Languages::code(l));
    m_languageHint->setWordWrap(true);
    m_languageHint->setForegroundRole(QPalette::PlaceholderText);
    m_languageForm = new QFormLayout(m_languageBox);
    m_languageForm->addRow(formLabel(), m_language);
    m_languageForm->addRow(m_languageHint);

    m_theme->setObjectName(QStringLiteral("themeCombo"));
    for (ThemeMode mode : kThemes)
        m_theme->addItem(QString(), ThemeController::code(mode));
    m_appearanceForm = new QFormLayout(m_appearanceBox);
    m_appearanceForm->addRow(formLabel(), m_theme);

    m_storageForm = new QFormLayout(m_storageBox);
    for (const QString &path : {paths.dataDir(), paths.projectsDir(), paths.logDir()})
        m_storageForm->addRow(formLabel(), pathLabel(path));

    m_about->setWordWrap(true);
    auto *aboutLayout = new QVBoxLayout(m_aboutBox);
    aboutLayout->addWidget(m_about);
    m_aboutMore->setObjectName(QStringLiteral("settings.about"));
    aboutLayout->addWidget(m_aboutMore, 0, Qt::AlignLeading);
    connect(m_aboutMore, &QPushButton::clicked, this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });

    // The sections scroll when the window is shorter than they are.
    auto *content = new QWidget(this);
    m_layout = new QVBoxLayout(content);
    m_layout->setContentsMargins(32, 24, 32, 24);
    m_layout->setSpacing(16);
    m_layout->addWidget(m_title);
    for (QGroupBox *box : {m_languageBox, m_appearanceBox, m_storageBox, m_aboutBox}) {
        box->setMaximumWidth(720);
        m_layout->addWidget(box);
    }
    m_layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->viewport()->setBackgroundRole(QPalette::Window);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    setLanguage(language);
    setTheme(theme);
    retranslate();

    connect(m_language, &QComboBox::activated, this, [this](int index) {
        if (auto l = Languages::fromCode(m_language->itemData(index).toString()))
            Q_EMIT languageRequested(*l);
    });
    connect(m_theme, &QComboBox::activated, this, [this](int index) {
        Q_EMIT themeRequested(ThemeController::fromCode(m_theme->itemData(index).toString()));
    });
}

void SettingsPage::addAccounts(PlatformConnection &connection)
{
    auto *accounts = new AccountsPanel(connection, this);
    accounts->setMaximumWidth(720);
    m_layout->insertWidget(3, accounts); // after language and appearance
}

void SettingsPage::addWorkspace(WorkspaceService &service, WorkspaceChoice &choice)
{
    auto *workspace = new WorkspacePanel(service, choice, this);
    workspace->setMaximumWidth(720);
    m_layout->insertWidget(m_layout->indexOf(m_storageBox), workspace); // before Storage
}

QLabel *SettingsPage::formLabel()
{
    auto *label = new QLabel(this);
    m_formLabels.append(label);
    return label;
}

QLabel *SettingsPage::pathLabel(const QString &path)
{
    // U+200E keeps a path left-to-right inside an Arabic layout.
    auto *label = new QLabel(QChar(0x200E) + QDir::toNativeSeparators(path), this);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void SettingsPage::setLanguage(Language language)
{
    m_language->setCurrentIndex(m_language->findData(Languages::code(language)));
}

void SettingsPage::setTheme(ThemeMode theme)
{
    m_theme->setCurrentIndex(m_theme->findData(ThemeController::code(theme)));
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_title->setText(tr("Settings"));
    m_languageBox->setTitle(tr("Language"));
    const Language system = Languages::resolve(Language::System);
    m_language->setItemText(0, tr("System language (%1)").arg(Languages::nativeName(system)));
    m_formLabels[0]->setText(tr("Interface language:"));
    m_languageHint->setText(tr("The change applies at once; Montaj does not need to restart."));

    m_appearanceBox->setTitle(tr("Appearance"));
    m_formLabels[1]->setText(tr("Theme:"));
    m_theme->setItemText(0, tr("Follow the system"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));

    m_storageBox->setTitle(tr("Storage"));
    m_formLabels[2]->setText(tr("Data and settings:"));
    m_formLabels[3]->setText(tr("Projects:"));
    m_formLabels[4]->setText(tr("Logs:"));

    m_aboutBox->setTitle(tr("About"));
    m_about->setText(tr("Montaj %1, a creator studio for short-form video. Built with Qt %2.")
                         .arg(QString::fromLatin1(kVersion), QString::fromLatin1(qVersion())));
    m_aboutMore->setText(tr("Components and licences…"));
}

} // namespace montaj::ui
