#include "ui/edit/relinkdialog.h"

#include "core/edit/missingmedia.h"
#include "core/edit/projectdocument.h"
#include "ui/edit/mediapool.h"
#include "ui/edit/panelformat.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdlib>

namespace montaj::ui {
namespace {

// A re-encoded copy may gain or lose a frame or two; more than this is another recording.
constexpr qint64 kDurationToleranceUs = 100'000;

QString startFolderFor(const QString &missingPath)
{
    QDir dir = QFileInfo(missingPath).dir();
    while (!dir.exists() && !dir.isRoot())
        if (!dir.cdUp())
            break;
    return dir.exists() && !dir.isRoot() ? dir.absolutePath()
                                         : QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
}

} // namespace

RelinkDialog::RelinkDialog(ProjectDocument &document, MediaPool *media, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_media(media)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_locate(new QPushButton(this))
    , m_search(new QPushButton(this))
    , m_apply(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("relinkDialog"));
    m_list->setObjectName(QStringLiteral("relinkList"));
    m_status->setObjectName(QStringLiteral("relinkStatus"));
    m_locate->setObjectName(QStringLiteral("locateButton"));
    m_search->setObjectName(QStringLiteral("searchFolderButton"));
    m_apply->setObjectName(QStringLiteral("relinkButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_apply->setDefault(true);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_locate);
    tools->addWidget(m_search);
    tools->addStretch(1);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(tools);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(640, 360);

    m_fileChooser = [this](const QString &missingPath) {
        return QFileDialog::getOpenFileName(this,
                                            tr("Where is “%1” now?").arg(QFileInfo(missingPath).fileName()),
                                            startFolderFor(missingPath), tr("All files (*)"));
    };
    m_folderChooser = [this] {
        return QFileDialog::getExistingDirectory(
            this, tr("Search a folder for the missing files"),
            QStandardPaths::writableLocation(QStandardPaths::MoviesLocation));
    };
    connect(m_locate, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_list->currentItem())
            locate(item->data(0, Qt::UserRole).toString());
    });
    connect(m_search, &QPushButton::clicked, this, qOverload<>(&RelinkDialog::searchFolder));
    connect(m_apply, &QPushButton::clicked, this, [this] { (void)apply(); });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RelinkDialog::updateButtons);
    if (m_media) {
        connect(m_media, &MediaPool::probed, this, &RelinkDialog::candidateRead);
        connect(m_media, &MediaPool::failed, this, &RelinkDialog::candidateFailed);
    }
    reload();
    retranslate();
}

RelinkDialog::~RelinkDialog() = default;

void RelinkDialog::setFileChooser(std::function<QString(const QString &)> chooser)
{
    m_fileChooser = std::move(chooser);
}

void RelinkDialog::setFolderChooser(std::function<QString()> chooser)
{
    m_folderChooser = std::move(chooser);
}

QString RelinkDialog::statusText() const
{
    return m_status->text();
}

void RelinkDialog::reload()
{
    m_missing = MissingMedia::find(m_document);
    m_list->clear();
    for (const QString &path : std::as_const(m_missing)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, path);
        item->setText(0, QFileInfo(path).fileName());
        item->setToolTip(0, QDir::toNativeSeparators(path));
        updateRow(path);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void RelinkDialog::updateRow(const QString &missingPath)
{
    const qsizetype index = m_missing.indexOf(missingPath);
    QTreeWidgetItem *item = index >= 0 ? m_list->topLevelItem(int(index)) : nullptr;
    if (!item)
        return;
    const Row row = m_rows.value(missingPath);
    QString status;
    if (row.candidate.isEmpty())
        status = tr("Not found yet");
    else if (!row.usable)
        status = tr("Cannot use %1: %2").arg(QDir::toNativeSeparators(row.candidate), row.warning);
    else if (!row.warning.isEmpty())
        status = tr("Will use %1. %2").arg(QDir::toNativeSeparators(row.candidate), row.warning);
    else
        status = tr("Will use %1").arg(QDir::toNativeSeparators(row.candidate));
    item->setText(1, status);
    item->setToolTip(1, status);
    if (!row.warning.isEmpty())
        item->setForeground(1, PanelFormat::alertColor(palette()));
    else
        item->setData(1, Qt::ForegroundRole, QVariant());
}

qint64 RelinkDialog::recordedDurationUs(const QString &missingPath) const
{
    for (const Clip &clip : m_document.clips())
        if (clip.mediaPath == missingPath)
            return clip.sourceDurationUs == MediaPool::kStillSourceUs ? 0 : clip.sourceDurationUs;
    if (m_document.music().isSet() && m_document.music().path == missingPath)
        return m_document.music().sourceDurationUs;
    return 0; // only in the bin: nothing recorded to compare with
}

void RelinkDialog::locate(const QString &missingPath)
{
    if (!m_missing.contains(missingPath) || !m_fileChooser)
        return;
    const QString file = m_fileChooser(missingPath);
    if (!file.isEmpty())
        setCandidate(missingPath, file);
}

void RelinkDialog::setCandidate(const QString &missingPath, const QString &file)
{
    if (!m_missing.contains(missingPath))
        return;
    Row row;
    row.candidate = QDir::cleanPath(QFileInfo(file).absoluteFilePath());
    row.usable = QFileInfo(row.candidate).isFile();
    if (!row.usable)
        row.warning = tr("the file does not exist");
    m_rows.insert(missingPath, row);
    updateRow(missingPath);
    if (row.usable)
        checkCandidate(missingPath);
    updateButtons();
}

void RelinkDialog::checkCandidate(const QString &missingPath)
{
    if (!m_media)
        return;
    const QString candidate = m_rows.value(missingPath).candidate;
    if (m_media->info(candidate))
        candidateRead(candidate);
    else if (const Error *error = m_media->error(candidate))
        candidateFailed(candidate, error->message);
    else
        m_media->request(candidate);
}

void RelinkDialog::candidateRead(const QString &path)
{
    const MediaInfo *info = m_media ? m_media->info(path) : nullptr;
    if (!info)
        return;
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        if (it->candidate != path)
            continue;
        const qint64 recorded = recordedDurationUs(it.key());
        const bool still = info->video() && info->video()->stillImage;
        it->warning.clear();
        if (recorded > 0 && !still && std::abs(info->durationUs - recorded) > kDurationToleranceUs)
            it->warning =
                tr("It lasts %1 but the missing file lasted %2: check that it is the same recording.")
                    .arg(PanelFormat::seconds(info->durationUs), PanelFormat::seconds(recorded));
        updateRow(it.key());
    }
    updateButtons();
}

void RelinkDialog::candidateFailed(const QString &path, const QString &message)
{
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        if (it->candidate != path)
            continue;
        it->usable = false;
        it->warning = message;
        updateRow(it.key());
    }
    updateButtons();
}

void RelinkDialog::searchFolder()
{
    const QString folder = m_folderChooser ? m_folderChooser() : QString();
    if (!folder.isEmpty())
        searchFolder(folder);
}

void RelinkDialog::searchFolder(const QString &folder)
{
    if (m_searching)
        return;
    m_searching = true;
    m_status->setText(tr("Searching %1…").arg(QDir::toNativeSeparators(folder)));
    updateButtons();
    auto *watcher = new QFutureWatcher<QHash<QString, QString>>(this);
    connect(watcher, &QFutureWatcher<QHash<QString, QString>>::finished, this, [this, watcher, folder] {
        watcher->deleteLater();
        m_searching = false;
        const QHash<QString, QString> found = watcher->result();
        int used = 0;
        for (auto it = found.cbegin(); it != found.cend(); ++it) {
            if (!m_missing.contains(it.key()) || !m_rows.value(it.key()).candidate.isEmpty())
                continue; // a file the user located by hand keeps their choice
            setCandidate(it.key(), it.value());
            ++used;
        }
        m_status->setText(tr("Found %1 of %n missing file(s) in %2.", nullptr, int(m_missing.size()))
                              .arg(QLocale().toString(int(found.size())), QDir::toNativeSeparators(folder)));
        updateButtons();
        Q_EMIT searchFinished(used);
    });
    // The search reads the disk, so it runs on a worker with its own copy of the project.
    watcher->setFuture(QtConcurrent::run([state = m_document.state(), folder] {
        auto copy = ProjectDocument::fromState(state);
        return copy ? MissingMedia::searchFolder(**copy, folder) : QHash<QString, QString>();
    }));
}

Result<void> RelinkDialog::apply()
{
    QList<QPair<QString, QString>> pairs;
    for (const QString &path : std::as_const(m_missing))
        if (const Row row = m_rows.value(path); row.usable && !row.candidate.isEmpty())
            pairs.append({path, row.candidate});
    if (pairs.isEmpty()) {
        Error none(QStringLiteral("edit.relink_nothing"),
                   tr("Choose where at least one missing file is now."));
        m_status->setText(none.message);
        return none;
    }
    QUndoStack *stack = m_document.undoStack();
    stack->beginMacro(tr("Relink media"));
    Result<void> outcome;
    for (const auto &[from, to] : std::as_const(pairs))
        if (auto r = m_document.relinkMedia(from, to); !r) {
            outcome = r;
            break;
        }
    stack->endMacro();
    if (!outcome) {
        stack->undo(); // all or nothing
        m_status->setText(outcome.error().message);
        return outcome;
    }
    if (m_media)
        for (const auto &[from, to] : std::as_const(pairs)) {
            m_media->forget(from);
            m_media->request(to);
        }
    accept();
    return {};
}

void RelinkDialog::updateButtons()
{
    bool any = false;
    for (const Row &row : std::as_const(m_rows))
        any = any || row.usable;
    m_apply->setEnabled(any && !m_searching);
    m_locate->setEnabled(m_list->currentItem() != nullptr && !m_searching);
    m_search->setEnabled(!m_missing.isEmpty() && !m_searching);
}

void RelinkDialog::retranslate()
{
    setWindowTitle(tr("Relink media"));
    m_intro->setText(m_missing.isEmpty()
                         ? tr("Every file the project uses is where it should be.")
                         : tr("%n file(s) used by this project cannot be found. Show where each one is now, "
                              "or search a folder for files with the same names.",
                              nullptr, int(m_missing.size())));
    m_list->setHeaderLabels({tr("File"), tr("Status")});
    m_list->setAccessibleName(tr("Missing files"));
    m_locate->setText(tr("Locate…"));
    m_locate->setToolTip(tr("Choose the file that replaces the selected one"));
    m_search->setText(tr("Search folder…"));
    m_search->setToolTip(tr("Look in a folder and its subfolders for files with the same names"));
    m_apply->setText(tr("Relink"));
    m_apply->setToolTip(tr("Use the chosen files; one undo step puts everything back"));
    m_cancel->setText(tr("Cancel"));
    for (const QString &path : std::as_const(m_missing)) {
        if (const QString chosen = m_rows.value(path).candidate; !chosen.isEmpty())
            setCandidate(path, chosen); // makes its warning again, in the new language
        else
            updateRow(path);
    }
}

void RelinkDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace montaj::ui
