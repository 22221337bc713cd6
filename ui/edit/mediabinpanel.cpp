#include "ui/edit/mediabinpanel.h"

#include "ui/edit/editsession.h"
#include "ui/edit/mediabinactions.h"
#include "ui/edit/mediabindelegate.h"
#include "ui/edit/mediabinmodel.h"
#include "ui/edit/mediapool.h"
#include "ui/edit/relinkdialog.h"
#include "ui/publish/messagebar.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace montaj::ui {
namespace {

const char *const kVideoPatterns = "*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.3gp";
const char *const kSoundPatterns = "*.mp3 *.m4a *.aac *.wav *.flac *.ogg *.opus";
const char *const kPicturePatterns = "*.jpg *.jpeg *.png *.webp *.bmp";

} // namespace

MediaBinPanel::MediaBinPanel(EditSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new MediaBinModel(session, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_message(new MessageBar(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_empty(new QLabel(this))
    , m_import(new QPushButton(this))
    , m_importAction(new QAction(this))
    , m_add(new QAction(this))
    , m_insert(new QAction(this))
    , m_music(new QAction(this))
    , m_remove(new QAction(this))
    , m_relinkAction(new QAction(this))
{
    setObjectName(QStringLiteral("mediaBin"));
    m_filter->setObjectName(QStringLiteral("mediaFilter"));
    m_view->setObjectName(QStringLiteral("mediaList"));
    m_empty->setObjectName(QStringLiteral("mediaEmpty"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_message->setObjectName(QStringLiteral("mediaMessage"));
    setAcceptDrops(true); // files from the desktop; the list itself only drags out

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(MediaBinModel::NameRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setIconSize(MediaBinModel::kThumbnailSize);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegate(new MediaBinDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSpacing(2);
    m_filter->setClearButtonEnabled(true);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *top = new QHBoxLayout;
    top->addWidget(m_import);
    top->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);

    for (QAction *action : {m_add, m_insert, m_music, m_remove, m_relinkAction})
        m_view->addAction(action);
    connect(m_import, &QPushButton::clicked, this, &MediaBinPanel::importByDialog);
    connect(m_importAction, &QAction::triggered, this, &MediaBinPanel::importByDialog);
    connect(m_add, &QAction::triggered, this, &MediaBinPanel::addToTimeline);
    connect(m_insert, &QAction::triggered, this, &MediaBinPanel::insertAtPlayhead);
    connect(m_music, &QAction::triggered, this, &MediaBinPanel::useAsMusic);
    connect(m_remove, &QAction::triggered, this, &MediaBinPanel::removeFromBin);
    connect(m_relinkAction, &QAction::triggered, this, &MediaBinPanel::openRelinkDialog);
    connect(m_filter, &QLineEdit::textChanged, this, &MediaBinPanel::setFilterText);
    connect(m_view, &QListView::customContextMenuRequested, this, &MediaBinPanel::showMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MediaBinPanel::updateActions);
    connect(m_model, &MediaBinModel::statusChanged, this, &MediaBinPanel::updateActions);
    connect(session, &EditSession::documentChanged, this, [this](ProjectDocument *document) {
        if (RelinkDialog *open = m_relink.data())
            open->reject(); // it edits the document that is going away
        watch(document);
        reload();
    });

    m_chooser = [this] {
        QString folder = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
        const QStringList filters{
            tr("Media files (%1)")
                .arg(QStringList{QLatin1String(kVideoPatterns), QLatin1String(kSoundPatterns),
                                 QLatin1String(kPicturePatterns)}
                         .join(QLatin1Char(' '))),
            tr("Videos (%1)").arg(QLatin1String(kVideoPatterns)),
            tr("Sound (%1)").arg(QLatin1String(kSoundPatterns)),
            tr("Pictures (%1)").arg(QLatin1String(kPicturePatterns)), tr("All files (*)")};
        return QFileDialog::getOpenFileNames(this, tr("Import media"), folder,
                                             filters.join(QStringLiteral(";;")));
    };
    watch(session->document());
    retranslate();
    reload();
}

MediaBinPanel::~MediaBinPanel() = default;

void MediaBinPanel::setImportChooser(std::function<QStringList()> chooser)
{
    m_chooser = std::move(chooser);
}

void MediaBinPanel::watch(ProjectDocument *document)
{
    if (m_watched)
        disconnect(m_watched, nullptr, this, nullptr);
    m_watched = document;
    connect(document, &ProjectDocument::changed, this, &MediaBinPanel::reload);
}

void MediaBinPanel::reload()
{
    const QStringList selected = selectedPaths();
    m_model->reload();
    selectPaths(selected); // also updates the actions and the empty state
}

QStringList MediaBinPanel::selectedPaths() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes())
        rows << m_proxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    QStringList paths;
    for (const int row : rows)
        paths << m_model->pathAt(row);
    return paths;
}

void MediaBinPanel::selectPaths(const QStringList &paths)
{
    QItemSelection selection;
    for (const QString &path : paths) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(path)));
        if (index.isValid())
            selection.select(index, index);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    updateActions();
}

void MediaBinPanel::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    m_proxy->setFilterFixedString(text);
    updateActions();
}

int MediaBinPanel::visibleCount() const
{
    return m_proxy->rowCount();
}

QString MediaBinPanel::messageText() const
{
    return m_message->text();
}

bool MediaBinPanel::report(const Result<void> &result)
{
    if (result) {
        m_message->dismiss();
        return true;
    }
    m_message->showMessage(result.error().message, MessageBar::Kind::Error);
    return false;
}

void MediaBinPanel::updateActions()
{
    bool ready = false, sound = false, inBin = false;
    const QStringList paths = selectedPaths();
    for (const QString &path : paths) {
        const auto status = m_model->statusOf(path);
        ready = ready || status == MediaBinModel::Status::Ready;
        const MediaInfo *info = m_session->media()->info(path);
        sound = sound || (info && info->hasAudio());
        inBin = inBin || m_session->document()->media().contains(path);
    }
    bool anyMissing = false;
    for (int row = 0; row < m_model->rowCount() && !anyMissing; ++row)
        anyMissing = m_model->statusOf(m_model->pathAt(row)) == MediaBinModel::Status::Missing;
    m_add->setEnabled(ready);
    m_insert->setEnabled(ready);
    m_music->setEnabled(paths.size() == 1 && sound);
    m_remove->setEnabled(inBin);
    m_relinkAction->setEnabled(anyMissing);
    if (m_model->rowCount() > 0 && m_proxy->rowCount() == 0)
        m_empty->setText(tr("No media matches “%1”.").arg(m_filter->text()));
    else
        m_empty->setText(tr("No media yet. Drop video, sound or picture files here, or click Import…"));
    m_empty->setVisible(m_proxy->rowCount() == 0);
    m_view->setVisible(m_proxy->rowCount() > 0);
}

void MediaBinPanel::showMenu(const QPoint &at)
{
    QMenu menu(this);
    menu.addAction(m_add);
    menu.addAction(m_insert);
    menu.addAction(m_music);
    menu.addSeparator();
    menu.addAction(m_remove);
    menu.addAction(m_relinkAction);
    menu.addSeparator();
    menu.addAction(m_importAction);
    menu.exec(m_view->viewport()->mapToGlobal(at));
}

Result<void> MediaBinPanel::importFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isFile()) {
            Error refused(QStringLiteral("edit.media_missing"),
                          tr("“%1” is not a file that can be imported.").arg(QDir::toNativeSeparators(path)),
                          {{QStringLiteral("file"), path}});
            report(refused);
            return refused;
        }
        files << info.absoluteFilePath();
    }
    if (files.isEmpty())
        return {};
    const auto added = m_session->document()->addMedia(files);
    if (!report(added))
        return added;
    for (const QString &file : std::as_const(files))
        m_session->media()->request(QDir::cleanPath(file));
    selectPaths(files);
    return {};
}

void MediaBinPanel::importByDialog()
{
    const QStringList files = m_chooser ? m_chooser() : QStringList();
    if (!files.isEmpty())
        (void)importFiles(files);
}

QStringList MediaBinPanel::droppedFiles(const QMimeData *mime) const
{
    QStringList files;
    if (!mime || !mime->hasUrls() || mime->hasFormat(EditSession::kMediaMimeType))
        return files; // our own drag, back onto the bin, imports nothing
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    return files;
}

void MediaBinPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (droppedFiles(event->mimeData()).isEmpty())
        return event->ignore();
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void MediaBinPanel::dragMoveEvent(QDragMoveEvent *event)
{
    if (droppedFiles(event->mimeData()).isEmpty())
        return event->ignore();
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void MediaBinPanel::dropEvent(QDropEvent *event)
{
    const QStringList files = droppedFiles(event->mimeData());
    if (files.isEmpty())
        return event->ignore();
    event->setDropAction(Qt::CopyAction);
    event->accept();
    (void)importFiles(files);
}

void MediaBinPanel::addToTimeline()
{
    report(MediaBinActions::addToTimeline(*m_session, selectedPaths()));
}

void MediaBinPanel::insertAtPlayhead()
{
    report(MediaBinActions::insertAtPlayhead(*m_session, selectedPaths()));
}

void MediaBinPanel::useAsMusic()
{
    if (const QStringList paths = selectedPaths(); paths.size() == 1)
        report(MediaBinActions::useAsMusic(*m_session, paths.first()));
}

void MediaBinPanel::removeFromBin()
{
    report(MediaBinActions::removeFromBin(*m_session, selectedPaths()));
}

void MediaBinPanel::openRelinkDialog()
{
    if (RelinkDialog *open = m_relink.data()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new RelinkDialog(*m_session->document(), m_session->media(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_relink = dialog;
    dialog->open();
}

void MediaBinPanel::retranslate()
{
    m_import->setText(tr("Import…"));
    m_import->setToolTip(tr("Add video, sound or picture files to the project"));
    m_importAction->setText(tr("Import…"));
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setAccessibleName(tr("Filter the media by name"));
    m_view->setAccessibleName(tr("Project media"));
    m_add->setText(tr("Add to timeline"));
    m_add->setToolTip(tr("Put the selected files at the end of the timeline"));
    m_insert->setText(tr("Insert at playhead"));
    m_insert->setToolTip(tr("Put the selected files on the timeline where the playhead is"));
    m_music->setText(tr("Use as music"));
    m_music->setToolTip(tr("Play this file's sound under the whole video"));
    m_remove->setText(tr("Remove from bin"));
    m_remove->setToolTip(tr("Take the files off the bin; clips that use them stay"));
    m_relinkAction->setText(tr("Relink…"));
    m_relinkAction->setToolTip(tr("Find files that were moved or renamed"));
    setAccessibleName(tr("Media bin"));
    m_model->retranslate();
    updateActions();
}

void MediaBinPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace montaj::ui
