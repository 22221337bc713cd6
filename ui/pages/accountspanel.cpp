#include "ui/pages/accountspanel.h"

#include "core/platform/scopereport.h"
#include "ui/platform/platformconnection.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace montaj::ui {

AccountsPanel::AccountsPanel(PlatformConnection &connection, QWidget *parent)
    : QGroupBox(parent)
    , m_connection(connection)
    , m_platform(new QLabel(this))
    , m_account(new QLabel(this))
    , m_scopes(new QLabel(this))
    , m_storage(new QLabel(this))
    , m_error(new QLabel(this))
    , m_link(new QPushButton(this))
    , m_linkTikTok(new QPushButton(this))
    , m_unlink(new QPushButton(this))
{
    setObjectName(QStringLiteral("accountsPanel"));
    m_link->setObjectName(QStringLiteral("linkAccountButton"));
    m_linkTikTok->setObjectName(QStringLiteral("linkTikTokButton"));
    m_unlink->setObjectName(QStringLiteral("unlinkButton"));
    m_account->setObjectName(QStringLiteral("accountLabel"));
    for (QLabel *label : {m_platform, m_account, m_scopes, m_storage, m_error})
        label->setWordWrap(true);
    m_storage->setForegroundRole(QPalette::PlaceholderText);
    m_error->setForegroundRole(QPalette::Link);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_link);
    buttons->addWidget(m_linkTikTok);
    buttons->addWidget(m_unlink);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    for (QLabel *label : {m_platform, m_account, m_scopes, m_storage, m_error})
        layout->addWidget(label);
    layout->addLayout(buttons);

    connect(m_link, &QPushButton::clicked, &m_connection, &PlatformConnection::linkAccount);
    connect(m_linkTikTok, &QPushButton::clicked, this, &AccountsPanel::askForTikTokApp);
    connect(m_unlink, &QPushButton::clicked, &m_connection, &PlatformConnection::unlink);
    connect(&m_connection, &PlatformConnection::changed, this, [this] {
        m_error->clear();
        refresh();
    });
    connect(&m_connection, &PlatformConnection::failed, this, [this](const Error &error) {
        refresh();
        m_error->setText(error.message);
    });
    refresh();
}

void AccountsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QGroupBox::changeEvent(event);
}

void AccountsPanel::refresh()
{
    setTitle(tr("Accounts"));
    m_link->setText(tr("Link an account"));
    m_linkTikTok->setText(tr("Use my TikTok app…"));
    m_unlink->setText(tr("Unlink"));
    if (!m_connection.isReady())
        m_platform->setText(tr("Starting the sandbox…"));
    else if (m_connection.usesSandbox())
        m_platform->setText(
            tr("Platform: the sandbox, a practice platform on this computer. Nothing you post "
               "leaves it."));
    else
        m_platform->setText(tr("Platform: TikTok, with your own app."));

    const AccountSession session = m_connection.session();
    m_link->setEnabled(m_connection.isReady() && !session.isSignedIn() && !m_connection.isLinking());
    m_unlink->setEnabled(session.isSignedIn());
    if (m_connection.isLinking())
        m_account->setText(tr("Waiting for the browser: approve Montaj in the page that opened."));
    else if (!session.isSignedIn())
        m_account->setText(tr("No account is linked."));
    else
        // U+200E keeps "@handle" in one left-to-right piece inside an Arabic sentence.
        m_account->setText(
            tr("Linked: %1")
                .arg(QChar(0x200E)
                     + (m_connection.displayName().isEmpty() ? session.openId : m_connection.displayName())));
    if (session.isSignedIn()) {
        const ScopeReport report = ScopeReport::compare(ScopeReport::allScopes(), session.grantedScopes);
        m_scopes->setText(report.missingScopes().isEmpty() ? tr("Montaj may use everything it asked for.")
                                                           : report.explanation());
        m_scopes->show();
    } else {
        m_scopes->hide();
    }
    m_storage->setText(m_connection.tokenStore().statusMessage());
}

void AccountsPanel::askForTikTokApp()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Use my TikTok app"));
    auto *key = new QLineEdit(&dialog);
    auto *secret = new QLineEdit(&dialog);
    secret->setEchoMode(QLineEdit::Password);
    auto *note =
        new QLabel(tr("Register a desktop app on TikTok for Developers with the redirect address "
                      "http://127.0.0.1/callback/ and enter its client key and secret. The secret is "
                      "kept only while Montaj runs."),
                   &dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(note);
    form->addRow(tr("Client key:"), key);
    form->addRow(tr("Client secret:"), secret);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted && !key->text().trimmed().isEmpty())
        m_connection.linkTikTok(key->text(), secret->text());
}

} // namespace montaj::ui
