#include "ui/edit/previewpanel.h"

#include "core/edit/projectdocument.h"
#include "core/filters/filterregistry.h"
#include "core/preview/playbackengine.h"
#include "core/preview/previewrenderer.h"
#include "core/preview/proxycache.h"
#include "ui/edit/editsession.h"
#include "ui/edit/previewview.h"
#include "ui/edit/transportbar.h"
#include "ui/filters/previewfilters.h"

#include <QAction>
#include <QEvent>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace montaj::ui {
namespace {

QString withShortcut(const QString &text, const QAction *action)
{
    const QKeySequence key = action->shortcut();
    if (key.isEmpty())
        return text;
    //: A tooltip: what the button does, then its keyboard shortcut in brackets.
    return PreviewPanel::tr("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText));
}

} // namespace

PreviewPanel::PreviewPanel(EditSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_engine(new PlaybackEngine(this))
    , m_view(new PreviewView(this))
    , m_resize(new QTimer(this))
{
    setObjectName(QStringLiteral("preview.panel"));
    buildActions();
    m_transport = new TransportBar({m_goToStart, m_stepBack, m_shuttleBack, m_playPause, m_shuttleForward,
                                    m_stepForward, m_goToEnd, m_markIn, m_markOut, m_safeArea},
                                   this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_transport);

    // The engine renders no larger than the picture on screen, and no larger than a proxy.
    m_resize->setSingleShot(true);
    m_resize->setInterval(80);
    connect(m_view, &PreviewView::pictureSizeChanged, m_resize, qOverload<>(&QTimer::start));
    connect(m_resize, &QTimer::timeout, this, [this] {
        const QSize canvas = m_engine->project().canvas.size;
        const QSize cap = PreviewRenderer::defaultSizeFor(canvas);
        m_engine->setPreviewSize(m_view->pictureDeviceSize().boundedTo(cap));
    });

    connect(m_engine, &PlaybackEngine::frameReady, m_view, [this](const QImage &frame) {
        m_view->setFrame(frame);
        showFilterProblem();
    });
    connect(m_view, &PreviewView::splitPositionDragged, this, &PreviewPanel::applySplit);
    connect(m_engine, &PlaybackEngine::positionChanged, this, [this](qint64 us) {
        m_session->playbackReached(us);
        refreshTime();
    });
    connect(m_engine, &PlaybackEngine::playingChanged, this, &PreviewPanel::refreshPlayAction);
    connect(m_engine, &PlaybackEngine::rateChanged, m_transport, &TransportBar::setRate);
    connect(m_engine, &PlaybackEngine::statsChanged, m_transport, &TransportBar::setStats);
    connect(m_engine, &PlaybackEngine::errorOccurred, m_view, &PreviewView::setMessage);

    connect(m_session, &EditSession::seekRequested, m_engine, &PlaybackEngine::seek);
    connect(m_session, &EditSession::playheadChanged, this, &PreviewPanel::refreshTime);
    connect(m_session, &EditSession::documentChanged, this, &PreviewPanel::attach);
    attach(m_session->document());
    m_engine->seek(m_session->playheadUs());
    retranslate();
}

PreviewPanel::~PreviewPanel() = default;

void PreviewPanel::buildActions()
{
    const auto make = [this](const char *name, QKeySequence key) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        return action;
    };
    m_playPause = make("preview.playPause", QKeySequence(Qt::Key_Space));
    m_shuttleBack = make("preview.shuttleBackward", QKeySequence(Qt::Key_J));
    m_shuttleStop = make("preview.shuttleStop", QKeySequence(Qt::Key_K));
    m_shuttleForward = make("preview.shuttleForward", QKeySequence(Qt::Key_L));
    m_stepBack = make("preview.stepBackward", QKeySequence(Qt::Key_Left));
    m_stepForward = make("preview.stepForward", QKeySequence(Qt::Key_Right));
    m_goToStart = make("preview.goToStart", QKeySequence(Qt::Key_Home));
    m_goToEnd = make("preview.goToEnd", QKeySequence(Qt::Key_End));
    m_markIn = make("preview.markIn", QKeySequence(Qt::Key_I));
    m_markOut = make("preview.markOut", QKeySequence(Qt::Key_O));
    m_safeArea = make("preview.safeAreas", QKeySequence(Qt::CTRL | Qt::Key_Apostrophe));
    m_safeArea->setCheckable(true);
    m_beforeAfter = make("preview.beforeAfter", QKeySequence());
    m_beforeAfter->setCheckable(true);

    QStyle *s = style();
    m_goToStart->setIcon(s->standardIcon(QStyle::SP_MediaSkipBackward));
    m_goToEnd->setIcon(s->standardIcon(QStyle::SP_MediaSkipForward));
    m_shuttleBack->setIcon(s->standardIcon(QStyle::SP_MediaSeekBackward));
    m_shuttleForward->setIcon(s->standardIcon(QStyle::SP_MediaSeekForward));
    m_shuttleStop->setIcon(s->standardIcon(QStyle::SP_MediaStop));
    m_stepBack->setIcon(s->standardIcon(QStyle::SP_ArrowLeft));
    m_stepForward->setIcon(s->standardIcon(QStyle::SP_ArrowRight));

    connect(m_playPause, &QAction::triggered, m_engine, &PlaybackEngine::togglePlayPause);
    connect(m_shuttleBack, &QAction::triggered, m_engine, &PlaybackEngine::shuttleBackward);
    connect(m_shuttleStop, &QAction::triggered, m_engine, &PlaybackEngine::pause);
    connect(m_shuttleForward, &QAction::triggered, m_engine, &PlaybackEngine::shuttleForward);
    connect(m_stepBack, &QAction::triggered, this, [this] { seekBy(-1); });
    connect(m_stepForward, &QAction::triggered, this, [this] { seekBy(1); });
    connect(m_goToStart, &QAction::triggered, this, [this] {
        m_engine->pause();
        m_session->seek(0);
    });
    connect(m_goToEnd, &QAction::triggered, this, [this] {
        m_engine->pause();
        m_session->seek(m_engine->durationUs());
    });
    connect(m_markIn, &QAction::triggered, this, [this] { m_session->setMarkIn(m_session->playheadUs()); });
    connect(m_markOut, &QAction::triggered, this, [this] { m_session->setMarkOut(m_session->playheadUs()); });
    connect(m_safeArea, &QAction::toggled, m_view, &PreviewView::setSafeAreaVisible);
    connect(m_beforeAfter, &QAction::toggled, this, [this](bool on) {
        m_view->setSplitVisible(on);
        applySplit();
    });
}

QList<QAction *> PreviewPanel::actions() const
{
    return {m_playPause, m_shuttleBack, m_shuttleStop, m_shuttleForward, m_stepBack, m_stepForward,
            m_goToStart, m_goToEnd,     m_markIn,      m_markOut,        m_safeArea};
}

QAction *PreviewPanel::action(const QString &objectName) const
{
    for (QAction *a : actions())
        if (a->objectName() == objectName)
            return a;
    return nullptr;
}

void PreviewPanel::setProxyCache(ProxyCache *cache)
{
    m_proxies = cache;
    m_engine->setProxyCache(cache);
    documentEdited(); // asks for the proxies this project needs
}

void PreviewPanel::setFilterRegistry(const FilterRegistry *registry)
{
    if (!registry) {
        m_filters.reset();
        m_engine->setFrameFilter({});
        m_filterProblem.clear();
        showFilterProblem();
        return;
    }
    m_filters = std::make_shared<PreviewFilters>(*registry);
    if (m_document)
        m_filters->setProject(m_document->state());
    m_filters->setSplit(isSplitView() ? std::optional<double>(m_view->splitPosition()) : std::nullopt);
    m_engine->setFrameFilter(m_filters->function());
}

void PreviewPanel::setFilterDraft(const QString &clipId, const QList<FilterSettings> &filters)
{
    if (!m_filters)
        return;
    m_filters->setDraft(clipId, filters);
    m_engine->refresh();
}

void PreviewPanel::setSplitView(bool on)
{
    m_beforeAfter->setChecked(on);
}

bool PreviewPanel::isSplitView() const
{
    return m_beforeAfter->isChecked();
}

void PreviewPanel::setSplitPosition(double fraction)
{
    m_view->setSplitPosition(fraction);
    applySplit();
}

double PreviewPanel::splitPosition() const
{
    return m_view->splitPosition();
}

void PreviewPanel::applySplit()
{
    if (!m_filters)
        return;
    const std::optional<double> split =
        isSplitView() ? std::optional<double>(m_view->splitPosition()) : std::nullopt;
    if (split == m_filters->split())
        return;
    m_filters->setSplit(split);
    m_engine->refresh();
}

void PreviewPanel::showFilterProblem()
{
    const QString problem = m_filters ? m_filters->problem() : QString();
    if (problem == m_filterProblem)
        return;
    const QString shown = m_filterProblem.isEmpty() ? QString() : tr("Filters: %1").arg(m_filterProblem);
    m_filterProblem = problem;
    // Replaces only a filter message of its own (or none): a decoding error stays in view.
    if (m_view->message().isEmpty() || m_view->message() == shown)
        m_view->setMessage(problem.isEmpty() ? QString() : tr("Filters: %1").arg(problem));
}

void PreviewPanel::seekBy(qint64 frames)
{
    m_engine->pause();
    m_session->seek(m_engine->stepTarget(frames));
}

void PreviewPanel::attach(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &ProjectDocument::changed, this, &PreviewPanel::documentEdited);
    m_view->setMessage({});
    m_filterProblem.clear();
    documentEdited();
}

void PreviewPanel::documentEdited()
{
    if (!m_document)
        return;
    const ProjectState &state = m_document->state();
    m_view->setCanvasSize(state.canvas.size);
    if (m_filters) // before the engine renders the changed project
        m_filters->setProject(state);
    m_engine->setProject(state);
    m_resize->start();
    if (m_proxies)
        for (const Clip &clip : state.clips)
            if (clip.sourceHasVideo)
                m_proxies->request(clip.mediaPath);
    refreshTime();
}

void PreviewPanel::refreshTime()
{
    const Canvas &canvas = m_engine->project().canvas;
    m_transport->setTime(m_session->playheadUs(), m_engine->durationUs(), canvas.fpsNum, canvas.fpsDen);
}

void PreviewPanel::refreshPlayAction()
{
    const bool playing = m_engine->isPlaying();
    m_playPause->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_playPause->setText(playing ? tr("Pause") : tr("Play"));
    m_playPause->setToolTip(
        withShortcut(playing ? tr("Pause playback") : tr("Play from the playhead"), m_playPause));
}

void PreviewPanel::retranslate()
{
    const auto set = [](QAction *a, const QString &text, const QString &tip) {
        a->setText(text);
        a->setToolTip(withShortcut(tip, a));
    };
    set(m_shuttleBack, tr("Play Backward"), tr("Play backward; press again to go faster"));
    set(m_shuttleStop, tr("Stop"), tr("Stop playing"));
    set(m_shuttleForward, tr("Play Forward"), tr("Play forward; press again to go faster"));
    set(m_stepBack, tr("Previous Frame"), tr("Go back one frame"));
    set(m_stepForward, tr("Next Frame"), tr("Go forward one frame"));
    set(m_goToStart, tr("Go to Start"), tr("Go to the start of the project"));
    set(m_goToEnd, tr("Go to End"), tr("Go to the end of the project"));
    set(m_markIn, tr("Mark In"), tr("Set the in mark at the playhead"));
    set(m_markOut, tr("Mark Out"), tr("Set the out mark at the playhead"));
    set(m_safeArea, tr("Safe Areas"), tr("Show where TikTok's buttons, tabs and caption cover the video"));
    set(m_beforeAfter, tr("Before/After"),
        tr("Compare with and without filters: drag the divider over the picture; the original is on the "
           "left"));
    refreshPlayAction();
}

void PreviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace montaj::ui
