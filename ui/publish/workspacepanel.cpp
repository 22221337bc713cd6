#include "ui/publish/workspacepanel.h"

#include "core/publish/store/workspaceservice.h"
#include "ui/publish/workspacechoice.h"
#include "ui/publish/workspacesettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace montaj::ui {
namespace {
const QList<MissedPostPolicy> kPolicies{MissedPostPolicy::Ask, MissedPostPolicy::PublishNow,
                                        MissedPostPolicy::Skip};
} // namespace

WorkspacePanel::WorkspacePanel(WorkspaceService &service, WorkspaceChoice &choice, QWidget *parent)
    : QGroupBox(parent)
    , m_service(service)
    , m_choice(choice)
    , m_sqlite(new QRadioButton(this))
    , m_sqlitePath(new QLabel(this))
    , m_postgres(new QRadioButton(this))
    , m_url(new QLineEdit(this))
    , m_urlHint(new QLabel(this))
    , m_apply(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_missedLabel(new QLabel(this))
    , m_missed(new QComboBox(this))
    , m_approval(new QCheckBox(this))
{
    setObjectName(QStringLiteral("workspacePanel"));
    m_sqlite->setObjectName(QStringLiteral("workspaceSqlite"));
    m_postgres->setObjectName(QStringLiteral("workspacePostgres"));
    m_url->setObjectName(QStringLiteral("workspaceUrl"));
    m_apply->setObjectName(QStringLiteral("workspaceApply"));
    m_status->setObjectName(QStringLiteral("workspaceStatus"));
    m_missed->setObjectName(QStringLiteral("missedPolicyCombo"));
    m_approval->setObjectName(QStringLiteral("approvalCheck"));
    // U+200E keeps a path left-to-right inside an Arabic layout.
    m_sqlitePath->setText(QChar(0x200E) + QDir::toNativeSeparators(m_choice.defaultSqlitePath()));
    m_sqlitePath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sqlitePath->setIndent(24);
    m_url->setText(m_choice.postgresDisplay());
    m_url->setLayoutDirection(Qt::LeftToRight);
    m_urlHint->setWordWrap(true);
    m_urlHint->setIndent(24);
    m_urlHint->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    (m_choice.usesPostgres() ? m_postgres : m_sqlite)->setChecked(true);
    for (int i = 0; i < kPolicies.size(); ++i)
        m_missed->addItem(QString(), toString(kPolicies.at(i)));

    auto *urlRow = new QHBoxLayout;
    urlRow->addSpacing(24); // under its radio button's text, on the leading side in both directions
    urlRow->addWidget(m_url, 1);
    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_status, 1);
    applyRow->addWidget(m_apply, 0, Qt::AlignTop);
    auto *policies = new QFormLayout;
    policies->addRow(m_missedLabel, m_missed);
    policies->addRow(m_approval);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sqlite);
    layout->addWidget(m_sqlitePath);
    layout->addWidget(m_postgres);
    layout->addLayout(urlRow);
    layout->addWidget(m_urlHint);
    layout->addLayout(applyRow);
    layout->addLayout(policies);

    connect(m_sqlite, &QRadioButton::toggled, this, &WorkspacePanel::refresh);
    connect(m_url, &QLineEdit::textChanged, this, &WorkspacePanel::refresh);
    connect(m_apply, &QPushButton::clicked, this, &WorkspacePanel::apply);
    connect(m_missed, &QComboBox::activated, this, &WorkspacePanel::saveSettings);
    connect(m_approval, &QCheckBox::clicked, this, &WorkspacePanel::saveSettings);
    connect(&m_service, &WorkspaceService::opened, this, [this] {
        m_error = {};
        refresh();
        loadSettings();
    });
    retranslate();
    refresh();
    loadSettings();
}

void WorkspacePanel::apply()
{
    WorkspaceLocation location;
    if (m_sqlite->isChecked()) {
        m_choice.useSqlite();
        location = m_choice.location();
    } else {
        Result<WorkspaceLocation> chosen = m_choice.usePostgres(m_url->text());
        if (!chosen) {
            m_error = chosen.error();
            refresh();
            return;
        }
        location = *chosen;
        m_url->setText(m_choice.postgresDisplay()); // the password is not shown again
    }
    m_opening = true;
    m_error = {};
    refresh();
    m_service.open(location, [this](Result<void> opened) {
        m_opening = false;
        if (!opened)
            m_error = opened.error();
        refresh();
    });
}

void WorkspacePanel::loadSettings()
{
    m_service.run<WorkspaceSettings>(
        this, [](WorkspaceStore &store) { return WorkspaceSettings::read(store); },
        [this](Result<WorkspaceSettings> settings) {
            const bool known = settings.ok();
            m_missed->setEnabled(known);
            m_approval->setEnabled(known);
            if (!known)
                return;
            m_missed->setCurrentIndex(m_missed->findData(toString(settings->missedPolicy)));
            m_approval->setChecked(settings->approvalRequired);
        });
}

void WorkspacePanel::saveSettings()
{
    WorkspaceSettings settings;
    settings.approvalRequired = m_approval->isChecked();
    settings.missedPolicy =
        missedPostPolicyFromString(m_missed->currentData().toString()).value_or(MissedPostPolicy::Ask);
    m_service.run<bool>(
        this,
        [settings](WorkspaceStore &store) -> Result<bool> {
            if (Result<void> written = settings.write(store); !written)
                return written.error();
            return true;
        },
        [this](Result<bool> written) {
            if (!written) {
                m_error = written.error();
                refresh();
            }
        });
}

void WorkspacePanel::refresh()
{
    m_url->setEnabled(m_postgres->isChecked());
    const WorkspaceLocation current = m_service.location();
    const bool openHere = m_service.isOpen();
    if (m_opening)
        m_status->setText(tr("Opening the workspace…"));
    else if (!m_error.code.isEmpty())
        m_status->setText(m_error.message);
    else if (openHere)
        m_status->setText(tr("In use: %1").arg(QString(QChar(0x200E) + current.display())));
    else
        m_status->setText(tr("No workspace is open."));
    m_status->setForegroundRole(m_error.code.isEmpty() ? QPalette::WindowText : QPalette::Link);
    m_apply->setEnabled(!m_opening && (m_sqlite->isChecked() || !m_url->text().trimmed().isEmpty()));
}

void WorkspacePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QGroupBox::changeEvent(event);
}

void WorkspacePanel::retranslate()
{
    setTitle(tr("Workspace"));
    m_sqlite->setText(tr("On this computer (SQLite)"));
    m_postgres->setText(tr("Shared with a team (PostgreSQL)"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/montaj"));
    m_urlHint->setText(
        tr("A password typed in the address is used until Montaj closes and never shown again. To "
           "connect at start-up, keep it in your ~/.pgpass file."));
    m_apply->setText(tr("Use this workspace"));
    m_missedLabel->setText(tr("Posts missed while Montaj was closed:"));
    m_missed->setItemText(0, tr("Ask me what to do"));
    m_missed->setItemText(1, tr("Publish them as soon as possible"));
    m_missed->setItemText(2, tr("Skip them"));
    m_approval->setText(tr("Posts need approval before they are scheduled (agencies)"));
}

} // namespace montaj::ui
