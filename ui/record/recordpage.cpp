#include "ui/record/recordpage.h"

#include "core/capture/levelmeter.h"
#include "ui/record/levelmeterbar.h"
#include "ui/record/recordoptions.h"
#include "ui/record/recordpreview.h"
#include "ui/record/recordtransport.h"
#include "ui/record/sourcechooser.h"
#include "ui/record/takerecoverybar.h"
#include "ui/record/takespanel.h"

#include <QDir>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace montaj::ui {

RecordPage::RecordPage(const AppPaths &paths, QWidget *parent)
    : QWidget(parent)
    , m_recorder(std::make_unique<Recorder>())
    , m_takesFolder(QDir(paths.projectsDir()).filePath(QStringLiteral("Takes")))
    , m_sources(new SourceChooser(this))
    , m_options(new RecordOptions(this))
    , m_takes(new TakesPanel(this))
    , m_recovery(new TakeRecoveryBar(this))
    , m_problemBar(new QFrame(this))
    , m_problem(new QLabel(m_problemBar))
    , m_retry(new QPushButton(m_problemBar))
    , m_preview(new RecordPreview(this))
    , m_transport(new RecordTransport(this))
{
    setObjectName(QStringLiteral("record.page"));
    m_problem->setObjectName(QStringLiteral("record.problem"));
    m_retry->setObjectName(QStringLiteral("record.retry"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemBar->setAutoFillBackground(true);
    m_problemBar->setVisible(false);
    auto *problemLayout = new QHBoxLayout(m_problemBar);
    problemLayout->setContentsMargins(8, 6, 8, 6);
    problemLayout->addWidget(m_problem, 1);
    problemLayout->addWidget(m_retry, 0, Qt::AlignTop);

    // The panels (mirrored in a right-to-left interface) beside the video column (never mirrored).
    auto *panel = new QWidget;
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(8, 8, 8, 8);
    panelLayout->setSpacing(6);
    panelLayout->addWidget(m_sources);
    panelLayout->addSpacing(8);
    panelLayout->addWidget(m_options);
    panelLayout->addSpacing(8);
    panelLayout->addWidget(m_takes, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("record.panel"));
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(300);
    scroll->setMaximumWidth(420);

    auto *video = new QVBoxLayout;
    video->setSpacing(4);
    video->addWidget(m_recovery);
    video->addWidget(m_problemBar);
    video->addWidget(m_preview, 1);
    video->addWidget(m_transport);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(video, 2);

    connect(m_sources, &SourceChooser::videoChanged, this, &RecordPage::applyVideo);
    connect(m_sources, &SourceChooser::audioChanged, this, &RecordPage::applyAudio);
    connect(m_options, &RecordOptions::lengthChanged, this, &RecordPage::refresh);
    connect(m_options, &RecordOptions::mirrorChanged, this, [this](bool mirror) {
        m_recorder->setMirrorPreview(mirror);
        m_preview->setMirrored(mirror);
    });
    connect(m_transport, &RecordTransport::recordClicked, this, &RecordPage::recordClicked);
    connect(m_preview, &RecordPreview::clicked, this, [this] {
        if (m_recorder->state() == Recorder::State::CountingDown)
            m_recorder->cancelCountdown();
    });
    connect(m_takes, &TakesPanel::deleteLastClicked, this, &RecordPage::deleteLast);
    connect(m_takes, &TakesPanel::doneClicked, this, &RecordPage::done);
    connect(m_retry, &QPushButton::clicked, this, &RecordPage::openSession);
    connect(m_recovery, &TakeRecoveryBar::recoverRequested, this, &RecordPage::recoverSession);
    connect(m_recovery, &TakeRecoveryBar::dismissRequested, this, &RecordPage::dismissSession);
    connectRecorder();
    retranslate();
    refresh();
}

RecordPage::~RecordPage()
{
    disconnect(m_recorder.get(), nullptr, this, nullptr);
    m_recorder.reset(); // completes a take in progress
    if (!m_sessionFolder.isEmpty())
        QDir().rmdir(m_sessionFolder); // only when nothing was recorded in it
}

void RecordPage::connectRecorder()
{
    Recorder *r = m_recorder.get();
    connect(r, &Recorder::stateChanged, this, &RecordPage::onStateChanged);
    connect(r, &Recorder::previewFrame, this, [this](const QImage &frame) {
        if (m_recorder->state() == Recorder::State::Idle)
            return; // a picture still on its way from sources just closed
        m_preview->setOutputFormat(m_recorder->settings().outputSize, m_recorder->settings().framing);
        m_preview->setFrame(frame);
    });
    connect(r, &Recorder::levelChanged, m_sources->levelMeter(), &LevelMeterBar::setLevel);
    connect(r, &Recorder::countdownChanged, m_preview, &RecordPreview::setCountdown);
    connect(r, &Recorder::timeChanged, this, [this](qint64 elapsedUs) {
        m_transport->setTimes(recordedUs() + elapsedUs, m_options->lengthUs());
    });
    connect(r, &Recorder::takeAdded, this, &RecordPage::onTakeAdded);
    connect(r, &Recorder::takesChanged, this, [this] {
        m_takes->setTakes(m_recorder->takes());
        refresh();
    });
    connect(r, &Recorder::statsChanged, m_takes, &TakesPanel::setStats);
    connect(r, &Recorder::sessionFinished, this, &RecordPage::onSessionFinished);
    connect(r, &Recorder::errorOccurred, this, &RecordPage::onError);
}

void RecordPage::setTakesFolder(const QString &folder)
{
    m_takesFolder = folder;
    if (m_recorder->takes().isEmpty())
        m_sessionFolder.clear();
}

void RecordPage::setTestPatternSettings(const SyntheticSource::Settings &settings)
{
    m_sourceFactory.setTestPatternSettings(settings);
    applyVideo();
    applyAudio();
}

QString RecordPage::problemText() const
{
    return m_problemBar->isVisibleTo(this) ? m_problem->text() : QString();
}

bool RecordPage::isProblemShown() const
{
    return m_problemBar->isVisibleTo(this);
}

void RecordPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    offerRecovery();
    if (m_recorder->state() == Recorder::State::Idle)
        openSession();
}

void RecordPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    suspend();
}

void RecordPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

void RecordPage::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_recorder->state() == Recorder::State::CountingDown) {
        m_recorder->cancelCountdown();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void RecordPage::retranslate()
{
    m_retry->setText(tr("Try again"));
    refresh();
}

void RecordPage::refresh()
{
    using State = Recorder::State;
    const State state = m_recorder->state();
    const bool between = state == State::Idle || state == State::Live;
    const bool hasTakes = !m_recorder->takes().isEmpty();
    m_sources->setChangesAllowed(between);
    m_options->setChangesAllowed(between);
    m_takes->setDeleteEnabled(between && hasTakes);
    m_takes->setDoneEnabled(state != State::Finishing && (hasTakes || state == State::Recording));
    m_transport->setState(state);
    m_transport->setCanRecord(leftUs() >= kShortestTakeUs);
    if (state != State::Recording)
        m_transport->setTimes(recordedUs(), m_options->lengthUs());
    m_preview->setRecording(state == State::Recording);
    m_preview->setMessage(state == State::Idle ? tr("No picture. Choose what to record, then press Record.")
                                               : tr("Waiting for the first picture…"));
    m_retry->setVisible(state == State::Idle);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPalette tint = m_problemBar->palette();
    tint.setColor(QPalette::Window, dark ? QColor(96, 36, 36) : QColor(253, 228, 224));
    m_problemBar->setPalette(tint);
}

void RecordPage::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problemBar->setVisible(true);
    refresh();
}

void RecordPage::clearProblem()
{
    m_problem->clear();
    m_problemBar->setVisible(false);
}

} // namespace montaj::ui
