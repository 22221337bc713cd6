#include "ui/publish/workspaceaccountsdialog.h"

#include "core/publish/store/workspaceservice.h"
#include "ui/publish/accountcolours.h"
#include "ui/publish/publishtext.h"

#include <QColorDialog>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimeZone>
#include <QVBoxLayout>

namespace montaj::ui {
namespace {
QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(colour);
    return QIcon(pixmap);
}
} // namespace

WorkspaceAccountsDialog::WorkspaceAccountsDialog(WorkspaceService &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_list(new QListWidget(this))
    , m_colourLabel(new QLabel(this))
    , m_colourButton(new QPushButton(this))
    , m_zoneLabel(new QLabel(this))
    , m_zone(new QComboBox(this))
    , m_slotsLabel(new QLabel(this))
    , m_slots(new QLineEdit(this))
    , m_slotsHint(new QLabel(this))
    , m_error(new QLabel(this))
    , m_remove(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("workspaceAccountsDialog"));
    m_slots->setObjectName(QStringLiteral("postingSlotsEdit"));
    m_zone->setObjectName(QStringLiteral("accountZoneCombo"));
    m_save->setObjectName(QStringLiteral("saveAccountButton"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_slots->setLayoutDirection(Qt::LeftToRight);
    m_slots->setPlaceholderText(QStringLiteral("09:00, 12:30, 18:00"));
    m_slotsHint->setWordWrap(true);
    m_slotsHint->setForegroundRole(QPalette::PlaceholderText);
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::Link);
    m_list->setIconSize(QSize(16, 16));
    for (QLabel *label : {m_colourLabel, m_zoneLabel, m_slotsLabel})
        label->setBuddy(label == m_colourLabel ? static_cast<QWidget *>(m_colourButton)
                        : label == m_zoneLabel ? static_cast<QWidget *>(m_zone)
                                               : m_slots);

    auto *form = new QFormLayout;
    form->addRow(m_colourLabel, m_colourButton);
    form->addRow(m_zoneLabel, m_zone);
    form->addRow(m_slotsLabel, m_slots);
    form->addRow(m_slotsHint);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_error);
    right->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_list, 1);
    body->addLayout(right, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addLayout(buttons);
    resize(640, 360);

    connect(m_list, &QListWidget::currentRowChanged, this, &WorkspaceAccountsDialog::showAccount);
    connect(m_colourButton, &QPushButton::clicked, this, &WorkspaceAccountsDialog::chooseColour);
    connect(m_save, &QPushButton::clicked, this, &WorkspaceAccountsDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &WorkspaceAccountsDialog::remove);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    retranslate();
    load();
}

std::optional<QStringList> WorkspaceAccountsDialog::parseSlots(const QString &text)
{
    QStringList slots;
    for (const QString &part :
         text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        const QTime time = QTime::fromString(part, QStringLiteral("H:mm"));
        if (!time.isValid())
            return std::nullopt;
        const QString normal = time.toString(QStringLiteral("HH:mm"));
        if (!slots.contains(normal))
            slots << normal;
    }
    slots.sort();
    return slots;
}

void WorkspaceAccountsDialog::load()
{
    m_service.run<QList<WorkspaceAccount>>(
        this, [](WorkspaceStore &store) { return store.accounts(); },
        [this](Result<QList<WorkspaceAccount>> accounts) {
            if (!accounts) {
                m_error->setText(accounts.error().message);
                return;
            }
            const QString keep = m_wanted.isEmpty() && current() ? current()->id : m_wanted;
            m_accounts = *accounts;
            const QSignalBlocker quiet(m_list);
            m_list->clear();
            for (const WorkspaceAccount &account : m_accounts)
                m_list->addItem(
                    new QListWidgetItem(swatch(AccountColours::of(account)), PublishText::handle(account)));
            int row = 0;
            for (int i = 0; i < m_accounts.size(); ++i)
                if (m_accounts.at(i).id == keep)
                    row = i;
            m_list->setCurrentRow(m_accounts.isEmpty() ? -1 : row);
            showAccount();
        });
}

void WorkspaceAccountsDialog::selectAccount(const QString &accountId)
{
    m_wanted = accountId;
    for (int i = 0; i < m_accounts.size(); ++i)
        if (m_accounts.at(i).id == accountId)
            m_list->setCurrentRow(i);
}

WorkspaceAccount *WorkspaceAccountsDialog::current()
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_accounts.size() ? &m_accounts[row] : nullptr;
}

void WorkspaceAccountsDialog::showAccount()
{
    const WorkspaceAccount *account = current();
    for (QWidget *w : std::initializer_list<QWidget *>{m_colourButton, m_zone, m_slots, m_save, m_remove})
        w->setEnabled(account != nullptr);
    m_error->clear();
    if (!account)
        return;
    m_colour = AccountColours::of(*account);
    m_colourButton->setIcon(swatch(m_colour));
    m_colourButton->setText(m_colour.name());
    const QString zone =
        account->timeZone.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId()) : account->timeZone;
    m_zone->setCurrentIndex(m_zone->findText(zone));
    m_zone->setEditText(zone);
    m_slots->setText(account->postingSlots.join(QStringLiteral(", ")));
}

void WorkspaceAccountsDialog::chooseColour()
{
    const QColor chosen = QColorDialog::getColor(m_colour, this, tr("Account colour"));
    if (!chosen.isValid())
        return;
    m_colour = chosen;
    m_colourButton->setIcon(swatch(m_colour));
    m_colourButton->setText(m_colour.name());
}

void WorkspaceAccountsDialog::save()
{
    WorkspaceAccount *account = current();
    if (!account)
        return;
    const std::optional<QStringList> slots = parseSlots(m_slots->text());
    if (!slots) {
        m_error->setText(
            tr("Write the posting times as hours and minutes separated by commas, e.g. 09:00, 18:30."));
        return;
    }
    const QString zone = m_zone->currentText().trimmed();
    if (!QTimeZone(zone.toUtf8()).isValid()) {
        m_error->setText(tr("“%1” is not a time zone Montaj knows.").arg(zone));
        return;
    }
    WorkspaceAccount changed = *account;
    changed.colour = m_colour.name();
    changed.timeZone = zone;
    changed.postingSlots = *slots;
    m_wanted = changed.id;
    m_service.run<WorkspaceAccount>(
        this, [changed](WorkspaceStore &store) { return store.saveAccount(changed); },
        [this](Result<WorkspaceAccount> saved) {
            if (!saved) {
                m_error->setText(saved.error().message);
                return;
            }
            Q_EMIT this->saved(*saved);
            load();
        });
}

void WorkspaceAccountsDialog::remove()
{
    const WorkspaceAccount *account = current();
    if (!account)
        return;
    const QString id = account->id;
    m_wanted.clear();
    m_service.run<bool>(
        this,
        [id](WorkspaceStore &store) -> Result<bool> {
            if (Result<void> removed = store.removeAccount(id); !removed)
                return removed.error();
            return true;
        },
        [this](Result<bool> removed) {
            if (!removed) {
                m_error->setText(removed.error().message);
                return;
            }
            load();
        });
}

void WorkspaceAccountsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void WorkspaceAccountsDialog::retranslate()
{
    setWindowTitle(tr("Workspace accounts"));
    m_colourLabel->setText(tr("Colour:"));
    m_zoneLabel->setText(tr("Time zone:"));
    m_slotsLabel->setText(tr("Posting times:"));
    m_slotsHint->setText(
        tr("Local times in the account's zone. “Next free slot” in the composer picks the first of "
           "these with no post yet."));
    m_remove->setText(tr("Remove from workspace"));
    m_save->setText(tr("Save"));
    m_close->setText(tr("Close"));
}

} // namespace montaj::ui
