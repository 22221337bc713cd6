#include "core/capture/recorder.h"

#include "core/capture/internal/captureworker.h"
#include "core/capture/internal/yuvframer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

namespace montaj {
namespace {

Q_LOGGING_CATEGORY(lcRecorder, "montaj.capture.recorder")

Error notNow(const QString &message)
{
    return Error(QStringLiteral("capture.wrong_state"), message);
}

} // namespace

QList<qint64> Recorder::lengthPresetsUs()
{
    return {15'000'000, 60'000'000, 180'000'000, 600'000'000};
}

QRectF Recorder::framingGuide(QSize sourceSize, QSize outputSize, Framing framing)
{
    if (sourceSize.isEmpty())
        return {};
    const QRect r = YuvFramer::sourceRect(sourceSize, outputSize, framing);
    return QRectF(double(r.x()) / sourceSize.width(), double(r.y()) / sourceSize.height(),
                  double(r.width()) / sourceSize.width(), double(r.height()) / sourceSize.height());
}

Recorder::Recorder(QObject *parent)
    : QObject(parent)
    , m_worker(std::make_unique<CaptureWorker>())
{
    qRegisterMetaType<montaj::Take>();
    qRegisterMetaType<montaj::CaptureStats>();
    qRegisterMetaType<montaj::Error>();
    m_worker->setPreview(m_settings.previewBound, m_mirror, m_settings.previewFps);
    connect(m_worker.get(), &CaptureWorker::previewReady, this, [this](const QImage &frame, qint64 timeUs) {
        Q_EMIT previewFrame(frame, timeUs);
        m_worker->previewShown();
    });
    connect(m_worker.get(), &CaptureWorker::levelMeasured, this, [this](double peak, double rms) {
        if (m_state != State::Idle)
            Q_EMIT levelChanged(peak, rms);
    });
    connect(m_worker.get(), &CaptureWorker::takeFinished, this, &Recorder::onTakeFinished);
    connect(m_worker.get(), &CaptureWorker::takeFailed, this, &Recorder::onTakeFailed);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &Recorder::onCountdownTick);
    m_tick.setInterval(100);
    connect(&m_tick, &QTimer::timeout, this, &Recorder::onTick);
    m_worker->start();
}

Recorder::~Recorder()
{
    closeSources();
    m_worker.reset(); // completes a take in progress
}

Result<void> Recorder::setSettings(const Settings &settings)
{
    if (m_state != State::Idle && m_state != State::Live)
        return notNow(tr("The recording settings cannot change during a take."));
    if (settings.outputSize.isEmpty() || settings.outputSize.width() % 2 || settings.outputSize.height() % 2
        || settings.fpsNum <= 0 || settings.fpsDen <= 0)
        return Error(QStringLiteral("capture.bad_settings"),
                     tr("The recording needs an even output size and a frame rate."));
    m_settings = settings;
    m_worker->setPreview(m_settings.previewBound, m_mirror, m_settings.previewFps);
    return {};
}

Result<void> Recorder::setVideoSource(std::shared_ptr<VideoCaptureSource> source)
{
    if (m_state != State::Idle && m_state != State::Live)
        return notNow(tr("The camera or screen cannot change during a take."));
    const bool live = m_state == State::Live;
    if (live)
        closeSources();
    m_video = std::move(source);
    if (live) {
        if (auto opened = openSources(); !opened) {
            setState(State::Idle);
            return opened;
        }
        m_sourcesOpen = true;
    }
    return {};
}

Result<void> Recorder::setAudioSource(std::shared_ptr<AudioCaptureSource> source)
{
    if (m_state != State::Idle && m_state != State::Live)
        return notNow(tr("The microphone cannot change during a take."));
    const bool live = m_state == State::Live;
    if (live)
        closeSources();
    m_audio = std::move(source);
    if (live) {
        if (auto opened = openSources(); !opened) {
            setState(State::Idle);
            return opened;
        }
        m_sourcesOpen = true;
    }
    return {};
}

void Recorder::setMirrorPreview(bool mirror)
{
    m_mirror = mirror;
    m_worker->setPreview(m_settings.previewBound, m_mirror, m_settings.previewFps);
}

void Recorder::setCountdownSeconds(int seconds)
{
    m_countdownSeconds = std::max(0, seconds);
}

void Recorder::setLengthLimitUs(qint64 us)
{
    m_limitUs = std::max<qint64>(0, us);
}

void Recorder::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

Result<void> Recorder::openSources()
{
    if (!m_video)
        return Error(QStringLiteral("capture.no_video_source"),
                     tr("Choose a camera, the screen or the test pattern first."));
    CaptureWorker *worker = m_worker.get();
    const auto onError = [this](const Error &error) {
        QMetaObject::invokeMethod(
            this, [this, error] { onSourceError(error); }, Qt::QueuedConnection);
    };
    if (auto started =
            m_video->startVideo([worker](VideoFrame f) { worker->pushVideo(std::move(f)); }, onError);
        !started)
        return started;
    if (m_audio) {
        if (auto started =
                m_audio->startAudio([worker](AudioChunk c) { worker->pushAudio(std::move(c)); }, onError);
            !started) {
            m_video->stopVideo();
            return started;
        }
    }
    return {};
}

void Recorder::closeSources()
{
    m_sourcesOpen = false;
    if (m_video)
        m_video->stopVideo();
    if (m_audio)
        m_audio->stopAudio();
}

Result<void> Recorder::beginSession()
{
    if (m_state != State::Idle)
        return notNow(tr("A recording session is already open."));
    if (m_settings.folder.isEmpty() || !QDir().mkpath(m_settings.folder))
        return Error(QStringLiteral("capture.folder_unwritable"),
                     tr("The folder for the takes cannot be created."),
                     {{QStringLiteral("file"), m_settings.folder}});
    if (auto opened = openSources(); !opened)
        return opened;
    m_sourcesOpen = true;
    setState(State::Live);
    return {};
}

Result<void> Recorder::startTake()
{
    if (m_state == State::Finishing)
        return notNow(tr("The last take is still being saved; try again in a moment."));
    if (m_state != State::Live)
        return notNow(tr("Open the camera or screen before recording."));
    if (m_countdownSeconds > 0) {
        m_countdownLeft = m_countdownSeconds;
        setState(State::CountingDown);
        Q_EMIT countdownChanged(m_countdownLeft);
        m_countdown.start();
        return {};
    }
    beginRecording();
    return {};
}

void Recorder::onCountdownTick()
{
    if (m_state != State::CountingDown) {
        m_countdown.stop();
        return;
    }
    --m_countdownLeft;
    Q_EMIT countdownChanged(m_countdownLeft);
    if (m_countdownLeft <= 0) {
        m_countdown.stop();
        beginRecording();
    }
}

void Recorder::cancelCountdown()
{
    if (m_state != State::CountingDown)
        return;
    m_countdown.stop();
    setState(State::Live);
}

void Recorder::beginRecording()
{
    TakePlan plan;
    plan.path = nextTakePath();
    plan.video.size = m_settings.outputSize;
    plan.video.fpsNum = m_settings.fpsNum;
    plan.video.fpsDen = m_settings.fpsDen;
    plan.video.crf = m_settings.crf;
    plan.video.preset = m_settings.x264Preset;
    plan.video.tune = m_settings.x264Tune;
    plan.video.keyframeSeconds = 1.0; // one fragment a second: what a kill can lose
    plan.audio.enabled = m_audio != nullptr;
    plan.audio.bitRate = m_settings.audioBitRate;
    plan.container.container = m_settings.container;
    plan.framing = m_settings.framing;
    plan.startUs = captureClockUs();
    plan.limitUs = m_limitUs;
    m_takeStartUs = plan.startUs;
    m_takeLimitUs = m_limitUs;
    qCInfo(lcRecorder) << "take" << plan.path << "limit" << plan.limitUs;
    m_takeInFlight = true;
    m_worker->beginTake(plan);
    setState(State::Recording);
    m_tick.start();
    onTick();
}

void Recorder::stopTake()
{
    if (m_state == State::CountingDown) {
        cancelCountdown();
        return;
    }
    if (m_state != State::Recording)
        return;
    m_worker->endTake(captureClockUs());
    m_tick.stop();
    setState(State::Finishing);
}

qint64 Recorder::elapsedUs() const
{
    if (m_state != State::Recording)
        return 0;
    const qint64 elapsed = captureClockUs() - m_takeStartUs;
    return m_takeLimitUs > 0 ? std::min(elapsed, m_takeLimitUs) : elapsed;
}

qint64 Recorder::remainingUs() const
{
    if (m_takeLimitUs <= 0 && m_state == State::Recording)
        return -1;
    if (m_state != State::Recording)
        return m_limitUs > 0 ? m_limitUs : -1;
    return std::max<qint64>(0, m_takeLimitUs - elapsedUs());
}

CaptureStats Recorder::stats() const
{
    return m_worker->isTaking() ? m_worker->stats() : m_lastStats;
}

void Recorder::onTick()
{
    if (m_state != State::Recording)
        return;
    Q_EMIT timeChanged(elapsedUs(), remainingUs());
    Q_EMIT statsChanged(m_worker->stats());
}

void Recorder::onTakeFinished(const Take &take)
{
    m_takeInFlight = false;
    m_tick.stop();
    m_lastStats = take.stats;
    m_takes.append(take);
    qCInfo(lcRecorder) << "take done" << take.path << take.durationUs << "captured"
                       << take.stats.framesCaptured << "encoded" << take.stats.framesEncoded << "dropped"
                       << take.stats.framesDropped;
    if (m_state == State::Recording || m_state == State::Finishing)
        setState(stateAfterTake());
    Q_EMIT statsChanged(take.stats);
    Q_EMIT takeAdded(take);
    Q_EMIT takesChanged();
    completeSessionIfDone();
}

void Recorder::onTakeFailed(const Error &error)
{
    m_takeInFlight = false;
    m_tick.stop();
    if (m_state == State::Recording || m_state == State::Finishing)
        setState(stateAfterTake());
    Q_EMIT errorOccurred(error);
    completeSessionIfDone();
}

Recorder::State Recorder::stateAfterTake() const
{
    if (m_finishingSession)
        return State::Finishing;
    return m_sourcesOpen ? State::Live : State::Idle; // Idle: a source failed during the take
}

void Recorder::onSourceError(const Error &error)
{
    if (m_state == State::Idle)
        return;
    // A source that failed delivers nothing more: keep what was recorded and close the session's sources.
    if (m_state == State::Recording)
        stopTake();
    m_countdown.stop();
    closeSources();
    Q_EMIT errorOccurred(error);
    if (m_state == State::Live || m_state == State::CountingDown)
        setState(State::Idle);
}

Result<void> Recorder::deleteLastTake()
{
    if (m_state == State::Recording || m_state == State::Finishing)
        return notNow(tr("Stop recording before deleting a take."));
    if (m_takes.isEmpty())
        return Error(QStringLiteral("capture.no_take"), tr("There is no take to delete."));
    const Take last = m_takes.constLast();
    if (QFileInfo::exists(last.path) && !QFile::remove(last.path))
        return Error(QStringLiteral("capture.delete_failed"), tr("The take's file could not be deleted."),
                     {{QStringLiteral("file"), last.path}});
    m_takes.removeLast();
    Q_EMIT takesChanged();
    return {};
}

void Recorder::finishSession()
{
    if (m_state == State::Idle && !m_finishingSession) {
        Q_EMIT sessionFinished(m_takes);
        m_takes.clear();
        return;
    }
    m_finishingSession = true;
    m_countdown.stop();
    if (m_state == State::Recording)
        stopTake();
    closeSources();
    if (m_state != State::Finishing)
        setState(State::Finishing);
    completeSessionIfDone();
}

void Recorder::completeSessionIfDone()
{
    if (!m_finishingSession || m_takeInFlight)
        return;
    m_finishingSession = false;
    setState(State::Idle);
    const QList<Take> takes = m_takes;
    m_takes.clear();
    Q_EMIT sessionFinished(takes);
}

QString Recorder::nextTakePath() const
{
    const QString extension =
        m_settings.container == MediaContainer::Matroska ? QStringLiteral("mkv") : QStringLiteral("mp4");
    const QDir dir(m_settings.folder);
    for (int n = 1;; ++n) {
        const QString name = QStringLiteral("take-%1.%2").arg(n, 3, 10, QLatin1Char('0')).arg(extension);
        bool used = QFileInfo::exists(dir.filePath(name));
        for (const Take &t : m_takes)
            used = used || QFileInfo(t.path).fileName() == name;
        if (!used)
            return dir.filePath(name);
    }
}

} // namespace montaj
