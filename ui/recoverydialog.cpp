#include "ui/recoverydialog.h"

#include "core/edit/projectfile.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace montaj::ui {

RecoveryDialog::RecoveryDialog(const RecoveryStore &store, QString projectsDir, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_projectsDir(std::move(projectsDir))
    , m_intro(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_open(new QPushButton(this))
    , m_recover(new QPushButton(this))
    , m_discard(new QPushButton(this))
    , m_later(new QPushButton(this))
{
    setObjectName(QStringLiteral("recoveryDialog"));
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("recoveryList"));
    m_open->setObjectName(QStringLiteral("openButton"));
    m_open->setVisible(false);
    m_recover->setObjectName(QStringLiteral("recoverButton"));
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_later->setObjectName(QStringLiteral("laterButton"));
    m_recover->setDefault(true);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_open, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_recover, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_discard, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_later, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, 340);

    m_chooser = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save the recovered project"), suggested,
                                            tr("Montaj projects (*.montaj)"));
    };
    connect(m_open, &QPushButton::clicked, this, &RecoveryDialog::openSelected);
    connect(m_recover, &QPushButton::clicked, this, &RecoveryDialog::recoverSelected);
    connect(m_discard, &QPushButton::clicked, this, &RecoveryDialog::discardSelected);
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    reload();
    retranslate();
}

void RecoveryDialog::setSaveLocationChooser(std::function<QString(const QString &)> chooser)
{
    m_chooser = std::move(chooser);
}

void RecoveryDialog::setOpenHandler(OpenHandler handler)
{
    m_openHandler = std::move(handler);
    m_open->setVisible(bool(m_openHandler));
    m_open->setDefault(bool(m_openHandler));
    m_recover->setDefault(!m_openHandler);
}

void RecoveryDialog::openSelected()
{
    const RecoveryStore::Entry *entry = selected();
    if (!entry || !m_openHandler)
        return;
    auto document = m_store.recover(*entry);
    if (!document) {
        m_status->setText(document.error().toString());
        return;
    }
    const RecoveryStore::Entry chosen = *entry;
    if (m_openHandler(std::move(document).value(), chosen))
        accept(); // one project is open in the editor; the others stay for the next start
}

int RecoveryDialog::remaining() const
{
    return int(m_entries.size());
}

void RecoveryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RecoveryDialog::reload()
{
    m_entries = m_store.pending();
    const int row = std::max(0, m_list->currentRow());
    m_list->clear();
    for (int i = 0; i < m_entries.size(); ++i)
        m_list->addItem(QString());
    retranslate();
    m_list->setCurrentRow(std::min(row, int(m_entries.size()) - 1));
    m_open->setEnabled(!m_entries.isEmpty());
    m_recover->setEnabled(!m_entries.isEmpty());
    m_discard->setEnabled(!m_entries.isEmpty());
}

void RecoveryDialog::retranslate()
{
    setWindowTitle(tr("Recover unsaved work"));
    m_intro->setText(tr("Montaj closed before %n project(s) could be saved. The latest changes were kept "
                        "automatically: open a project in the editor, save it to keep it, or discard it.",
                        nullptr, int(m_entries.size())));
    m_open->setText(tr("Open in editor"));
    m_recover->setText(tr("Save recovered project…"));
    m_discard->setText(tr("Discard"));
    m_later->setText(tr("Decide later"));
    const QLocale locale;
    for (int i = 0; i < m_entries.size() && i < m_list->count(); ++i) {
        const RecoveryStore::Entry &e = m_entries[i];
        const QString name =
            e.originalPath.isEmpty() ? tr("Untitled project") : QFileInfo(e.originalPath).fileName();
        m_list->item(i)->setText(
            tr("%1 — changes from %2")
                .arg(name, locale.toString(e.savedAt.toLocalTime(), QLocale::ShortFormat)));
    }
}

const RecoveryStore::Entry *RecoveryDialog::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

QString RecoveryDialog::suggestedPath(const RecoveryStore::Entry &entry) const
{
    if (!entry.originalPath.isEmpty())
        return entry.originalPath;
    return QDir(m_projectsDir).filePath(tr("Recovered project") + QStringLiteral(".montaj"));
}

void RecoveryDialog::recoverSelected()
{
    const RecoveryStore::Entry *entry = selected();
    if (!entry)
        return;
    auto document = m_store.recover(*entry);
    if (!document) {
        m_status->setText(document.error().toString());
        return;
    }
    QString path = m_chooser(suggestedPath(*entry));
    if (path.isEmpty())
        return; // the user changed their mind: keep the autosave
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".montaj");
    if (const auto saved = ProjectFile::save(**document, path); !saved) {
        m_status->setText(saved.error().toString());
        return;
    }
    m_store.discard(*entry);
    m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    reload();
    if (m_entries.isEmpty())
        accept();
}

void RecoveryDialog::discardSelected()
{
    if (const RecoveryStore::Entry *entry = selected()) {
        m_store.discard(*entry);
        reload();
        if (m_entries.isEmpty())
            accept();
    }
}

} // namespace montaj::ui
