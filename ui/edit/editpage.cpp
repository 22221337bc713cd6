#include "ui/edit/editpage.h"

#include "core/deals/dealservice.h"
#include "core/edit/missingmedia.h"
#include "core/edit/projectdocument.h"
#include "core/foundation/apppaths.h"
#include "core/preview/proxycache.h"
#include "ui/captions/captionspanel.h"
#include "ui/captions/speechcaptioner.h"
#include "ui/deals/dealchecks.h"
#include "ui/deals/disclosurelabeldialog.h"
#include "ui/edit/editsession.h"
#include "ui/edit/exportdialog.h"
#include "ui/edit/inspectorpanel.h"
#include "ui/edit/mediabinactions.h"
#include "ui/edit/mediabinpanel.h"
#include "ui/edit/mediapool.h"
#include "ui/edit/previewpanel.h"
#include "ui/edit/projectcontroller.h"
#include "ui/edit/relinkdialog.h"
#include "ui/edit/timelinepanel.h"
#include "ui/edit/timelineview.h"
#include "ui/filters/filterspanel.h"
#include "ui/publish/messagebar.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace montaj::ui {
namespace {

QString defaultMontajctl()
{
    const QString name =
#ifdef Q_OS_WIN
        QStringLiteral("montajctl.exe");
#else
        QStringLiteral("montajctl");
#endif
    const QString env = qEnvironmentVariable("MONTAJ_MONTAJCTL");
    if (!env.isEmpty())
        return env;
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

} // namespace

EditPage::EditPage(const AppPaths &paths, QWidget *parent)
    : QWidget(parent)
    , m_session(std::make_unique<EditSession>())
    , m_montajctl(defaultMontajctl())
    , m_undoGroup(new QUndoGroup(this))
{
    m_projects = new ProjectController(*m_session, paths.projectsDir(), paths.recoveryDir(), this);
    m_proxies = new ProxyCache(ProxyCache::folderIn(paths), this);
    buildActions();
    buildLayout();
    connect(m_session.get(), &EditSession::documentChanged, this, &EditPage::documentReplaced);
    connect(m_projects, &ProjectController::failed, this,
            [this](const QString &message) { m_messages->showMessage(message, MessageBar::Kind::Error); });
    connect(m_projects, &ProjectController::saved, this, [this](const QString &path) {
        m_messages->showMessage(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
        refreshTitle();
    });
    connect(m_projects, &ProjectController::opened, this, [this] { offerRelink(); });
    documentReplaced();
    retranslate();
}

EditPage::~EditPage()
{
    m_session->media()->waitForIdle();
}

void EditPage::buildActions()
{
    const auto make = [this](const char *name, QKeySequence key) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_new = make("edit.new", QKeySequence::New);
    m_open = make("edit.open", QKeySequence::Open);
    m_save = make("edit.save", QKeySequence::Save);
    m_saveAs = make("edit.saveAs", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    // Own actions rather than QUndoGroup's: their words follow the studio's language.
    m_undo = make("edit.undo", QKeySequence::Undo);
    m_redo = make("edit.redo", QKeySequence::Redo);
    m_redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_undo, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
    connect(m_redo, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, this, &EditPage::refreshUndoActions);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, this, &EditPage::refreshUndoActions);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, this, &EditPage::refreshUndoActions);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, this, &EditPage::refreshUndoActions);
    connect(m_undoGroup, &QUndoGroup::activeStackChanged, this, &EditPage::refreshUndoActions);
    m_addText = make("edit.addText", QKeySequence(Qt::Key_T));
    m_addDisclosure = make("edit.addDisclosure", QKeySequence());
    m_relink = make("edit.relink", QKeySequence());
    m_export = make("edit.export", QKeySequence(Qt::CTRL | Qt::Key_E));

    connect(m_new, &QAction::triggered, m_projects, &ProjectController::newProject);
    connect(m_open, &QAction::triggered, m_projects, &ProjectController::open);
    connect(m_save, &QAction::triggered, m_projects, &ProjectController::save);
    connect(m_saveAs, &QAction::triggered, m_projects, &ProjectController::saveAs);
    connect(m_addText, &QAction::triggered, this, &EditPage::addText);
    connect(m_addDisclosure, &QAction::triggered, this, &EditPage::askDisclosureLabel);
    connect(m_relink, &QAction::triggered, this, &EditPage::showRelink);
    connect(m_export, &QAction::triggered, this, &EditPage::showExport);
}

void EditPage::buildLayout()
{
    m_toolbar = new QToolBar(this);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolbar->addActions({m_new, m_open, m_save, m_saveAs});
    m_toolbar->addSeparator();
    m_toolbar->addActions({m_undo, m_redo});
    m_toolbar->addSeparator();
    m_toolbar->addActions({m_addText, m_addDisclosure});
    m_toolbar->addActions({m_relink, m_export});
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("edit.title"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *spacer = new QWidget(m_toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolbar->addWidget(spacer);
    m_toolbar->addWidget(m_title);

    m_messages = new MessageBar(this);
    m_bin = new MediaBinPanel(m_session.get(), this);
    m_preview = new PreviewPanel(m_session.get(), this);
    m_preview->setProxyCache(m_proxies);
    m_inspector = new InspectorPanel(m_session.get(), this);
    m_history = new QUndoView(m_undoGroup, this);
    m_history->setObjectName(QStringLiteral("edit.history"));
    m_side = new QTabWidget(this);
    m_captions = new CaptionsPanel(m_session.get(), this);
    auto *captioner = new SpeechCaptioner(m_session.get(), this);
    m_captions->setTranscriber([captioner] { captioner->run(); }, captioner->unavailableReason());
    connect(captioner, &SpeechCaptioner::finished, m_captions, &CaptionsPanel::showStatus);
    m_filters = new FiltersPanel(m_session.get(), &m_filterRegistry, this);
    m_preview->setFilterRegistry(&m_filterRegistry);
    m_filters->linkPreview(m_preview);
    m_side->addTab(m_inspector, QString());
    m_side->addTab(m_filters, QString());
    m_side->addTab(m_captions, QString());
    m_side->addTab(m_history, QString());
    m_timeline = new TimelinePanel(m_session.get(), this);

    // Panels mirror in Arabic (the splitter follows the layout direction); the preview, its
    // transport and the timeline's time axis keep left to right themselves.
    m_horizontal = new QSplitter(Qt::Horizontal, this);
    m_horizontal->addWidget(m_bin);
    m_horizontal->addWidget(m_preview);
    m_horizontal->addWidget(m_side);
    m_horizontal->setStretchFactor(0, 1);
    m_horizontal->setStretchFactor(1, 3);
    m_horizontal->setStretchFactor(2, 1);
    m_horizontal->setSizes({240, 520, 540}); // a 9:16 picture is bound by height: the inspector gets the room
    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->addWidget(m_horizontal);
    m_vertical->addWidget(m_timeline);
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 2);
    m_vertical->setSizes({560, 300});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_messages);
    layout->addWidget(m_vertical, 1);

    adoptShortcuts(m_preview->actions());
    adoptShortcuts(m_timeline->actions());
}

void EditPage::adoptShortcuts(const QList<QAction *> &actions)
{
    // Keys work anywhere on the page while it is shown, and nowhere else.
    for (QAction *action : actions) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
}

QAction *EditPage::action(const QString &objectName) const
{
    for (QAction *candidate : QWidget::actions())
        if (candidate->objectName() == objectName)
            return candidate;
    return nullptr;
}

void EditPage::documentReplaced()
{
    ProjectDocument *document = m_session->document();
    m_undoGroup->addStack(document->undoStack());
    m_undoGroup->setActiveStack(document->undoStack());
    connect(document, &ProjectDocument::modifiedChanged, this, &EditPage::refreshTitle, Qt::UniqueConnection);
    connect(document, &ProjectDocument::filePathChanged, this, &EditPage::refreshTitle, Qt::UniqueConnection);
    connect(document, &ProjectDocument::changed, this, &EditPage::refreshTitle, Qt::UniqueConnection);
    refreshTitle();
    // An opened project is shown whole on the timeline.
    QTimer::singleShot(0, m_timeline->view(), &TimelineView::zoomToFit);
}

void EditPage::refreshUndoActions()
{
    const QString undoText = m_undoGroup->undoText();
    const QString redoText = m_undoGroup->redoText();
    m_undo->setEnabled(m_undoGroup->canUndo());
    m_redo->setEnabled(m_undoGroup->canRedo());
    m_undo->setText(undoText.isEmpty() ? tr("Undo") : tr("Undo %1").arg(undoText));
    m_redo->setText(redoText.isEmpty() ? tr("Redo") : tr("Redo %1").arg(redoText));
}

void EditPage::refreshTitle()
{
    const ProjectDocument *document = m_session->document();
    const QString name = m_projects->projectName();
    m_title->setText(document->isModified() ? tr("%1 (not saved)").arg(name) : name);
    m_title->setToolTip(QDir::toNativeSeparators(document->filePath()));
    m_export->setEnabled(!document->clips().isEmpty());
    m_addDisclosure->setEnabled(!document->clips().isEmpty());
}

void EditPage::offerRelink()
{
    const QStringList missing = MissingMedia::find(*m_session->document());
    if (missing.isEmpty())
        return;
    m_messages->showAction(
        tr("%n media file(s) of this project cannot be found.", nullptr, int(missing.size())), tr("Relink…"),
        [this] { showRelink(); });
}

void EditPage::showRelink()
{
    RelinkDialog dialog(*m_session->document(), m_session->media(), this);
    dialog.exec();
}

void EditPage::showExport()
{
    ExportDialog dialog(m_session->document()->state(), m_projects->projectName(), m_montajctl, this);
    dialog.exec();
}

void EditPage::addText()
{
    // A title at the playhead, three seconds long (shorter at the end of the project), selected
    // so the inspector shows it for typing.
    ProjectDocument *document = m_session->document();
    constexpr qint64 kLengthUs = 3'000'000;
    TextOverlay overlay;
    overlay.text = tr("Your text");
    const qint64 end = std::max(document->durationUs(), kLengthUs);
    overlay.startUs = std::min(m_session->playheadUs(), end - kLengthUs);
    overlay.endUs = overlay.startUs + kLengthUs;
    auto added = document->addOverlay(overlay);
    if (!added) {
        m_messages->showMessage(added.error().message, MessageBar::Kind::Error);
        return;
    }
    m_session->setSelection({*added});
}

void EditPage::setDeals(DealService *deals)
{
    m_deals = deals;
}

void EditPage::askDisclosureLabel()
{
    // The deals are read on their own thread; without them, an audience and a kind are chosen.
    if (!m_deals || !m_deals->isOpen()) {
        showDisclosureDialog({});
        return;
    }
    m_deals->run<DealsSnapshot>(
        this, [](DealStore &store) { return DealsSnapshot::read(store); },
        [this](Result<DealsSnapshot> snapshot) { showDisclosureDialog(snapshot.valueOr(DealsSnapshot())); });
}

void EditPage::showDisclosureDialog(const DealsSnapshot &snapshot)
{
    const Result<ComplianceRules> rules = ComplianceRules::builtIn();
    if (!rules) {
        m_messages->showMessage(rules.error().message, MessageBar::Kind::Error);
        return;
    }
    DisclosureLabelDialog dialog(*rules, snapshot, m_session->document()->state(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<int> added = addDisclosureLabels(dialog.input());
    if (!added)
        m_messages->showMessage(added.error().message, MessageBar::Kind::Error);
    else if (*added == 0)
        m_messages->showMessage(tr("The video already shows every disclosure label needed."));
    else
        m_messages->showMessage(tr("Added %n disclosure label(s) for the whole video.", nullptr, *added));
}

Result<int> EditPage::addDisclosureLabels(ComplianceInput input)
{
    ProjectDocument *document = m_session->document();
    const Result<ComplianceRules> rules = ComplianceRules::builtIn();
    if (!rules)
        return rules.error();
    input.project = document->state();
    input.retouched = input.retouched || DealChecks::isRetouched(document->state());
    const QList<TextOverlay> overlays = DealChecks::overlaysFor(*rules, input);
    if (overlays.isEmpty())
        return 0;
    if (document->durationUs() <= 0)
        return Error(QStringLiteral("edit.no_video"), tr("Add a clip to the timeline before adding labels."));
    // Every label in one undo step; a refused one takes the others back.
    QUndoStack *stack = document->undoStack();
    stack->beginMacro(tr("Add disclosure label"));
    for (const TextOverlay &overlay : overlays) {
        const Result<QString> added = document->addOverlay(overlay);
        if (!added) {
            stack->endMacro();
            stack->undo();
            return added.error();
        }
    }
    stack->endMacro();
    return int(overlays.size());
}

bool EditPage::openProject(const QString &path)
{
    return m_projects->openFile(path);
}

bool EditPage::openRecovered(std::unique_ptr<ProjectDocument> document, const RecoveryStore::Entry &entry)
{
    if (!m_projects->adoptRecovered(std::move(document), entry))
        return false;
    m_messages->showMessage(
        tr("The project was recovered after Montaj closed unexpectedly. Save it to keep it."),
        MessageBar::Kind::Warning);
    offerRelink();
    return true;
}

bool EditPage::maybeClose()
{
    return m_projects->maybeKeepChanges();
}

void EditPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EditPage::retranslate()
{
    m_new->setText(tr("New"));
    m_new->setToolTip(tr("Start a new project"));
    m_open->setText(tr("Open…"));
    m_open->setToolTip(tr("Open a Montaj project"));
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Save the project"));
    m_saveAs->setText(tr("Save as…"));
    m_saveAs->setToolTip(tr("Save the project under another name"));
    m_addText->setText(tr("Add text"));
    m_addText->setToolTip(tr("Put a text on the video at the playhead (T)"));
    m_addDisclosure->setText(tr("Add disclosure label…"));
    m_addDisclosure->setToolTip(
        tr("Show “Publicité”, “Ad” or another label a brand deal requires on the whole video"));
    refreshUndoActions();
    m_relink->setText(tr("Relink…"));
    m_relink->setToolTip(tr("Find media files that were moved or renamed"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Export a platform-ready video"));
    m_side->setTabText(m_side->indexOf(m_inspector), tr("Inspector"));
    m_side->setTabText(m_side->indexOf(m_filters), tr("Filters"));
    m_side->setTabText(m_side->indexOf(m_captions), tr("Captions"));
    m_side->setTabText(m_side->indexOf(m_history), tr("History"));
    m_history->setEmptyLabel(tr("Opened project"));
    m_toolbar->setWindowTitle(tr("Project"));
    refreshTitle();
}

void EditPage::addTakes(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    MediaPool *pool = m_session->media();
    for (const QString &path : paths)
        pool->request(path);
    pool->waitForIdle(); // fresh local files: probing them takes milliseconds
    ProjectDocument *doc = m_session->document();
    doc->undoStack()->beginMacro(tr("Add %n take(s)", nullptr, int(paths.size())));
    Result<void> done = doc->addMedia(paths);
    if (done)
        done = MediaBinActions::addToTimeline(*m_session, paths);
    doc->undoStack()->endMacro();
    if (!done) {
        doc->undoStack()->undo(); // all or nothing
        m_messages->showMessage(done.error().message, MessageBar::Kind::Error);
        return;
    }
    m_messages->showMessage(tr("%n take(s) added to the end of the timeline.", nullptr, int(paths.size())));
}

void EditPage::showCaptions()
{
    m_side->setCurrentWidget(m_captions);
}

} // namespace montaj::ui
