#include "core/preview/playbackengine.h"

#include "core/preview/internal/audiooutput.h"
#include "core/preview/internal/audioring.h"
#include "core/preview/internal/playbackclock.h"
#include "core/preview/internal/playbackworker.h"
#include "core/preview/proxycache.h"

#include <QLoggingCategory>

#include <algorithm>
#include <cstdlib>

namespace montaj {
namespace {

Q_LOGGING_CATEGORY(lcPlayback, "montaj.preview.playback")

constexpr int kTickMs = 4;
constexpr qint64 kPrerollMaxMs = 2000;      // start the clock even if the first frame is this late
constexpr qint64 kSoundStartMaxMs = 300;    // … or for the sound output to start
constexpr qint64 kSoundCatchUpUs = 80'000;  // sound further behind the picture than this skips ahead
constexpr qint64 kSoundCaughtUpUs = 10'000; // … until it is this close; the picture slews the rest
constexpr int kStatsEveryMs = 250;
constexpr qsizetype kRenderWindow = 600;

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at = qsizetype(p * double(values.size() - 1) + 0.5);
    return values[std::clamp<qsizetype>(at, 0, values.size() - 1)];
}

} // namespace

PlaybackEngine::PlaybackEngine(QObject *parent)
    : QObject(parent)
    , m_ring(std::make_unique<AudioRing>(2, kSampleRate / 2))
    , m_audio(std::make_unique<AudioOutput>(m_ring.get(), kSampleRate))
    , m_clock(std::make_unique<PlaybackClock>())
    , m_worker(std::make_unique<PlaybackWorker>(m_ring.get(), kSampleRate))
{
    qRegisterMetaType<PlaybackStats>();
    connect(m_worker.get(), &PlaybackWorker::stillRendered, this, &PlaybackEngine::onStill,
            Qt::QueuedConnection);
    connect(m_worker.get(), &PlaybackWorker::renderFailed, this, &PlaybackEngine::onRenderFailed,
            Qt::QueuedConnection);
    m_tick.setTimerType(Qt::PreciseTimer);
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &PlaybackEngine::tick);
    m_frameSize = PreviewRenderer::defaultSizeFor(m_project.canvas.size);
    m_grid = FrameGrid{m_project.canvas.fpsNum, m_project.canvas.fpsDen, 0};
    m_worker->setProject(m_project);
    m_worker->setOutputSize(m_frameSize);
    m_worker->start();
    m_wall.start();
    m_statsTimer.start();
}

PlaybackEngine::~PlaybackEngine()
{
    m_tick.stop();
    m_audio->stop();
    m_worker.reset(); // joins the thread before the ring it feeds goes away
}

QList<int> PlaybackEngine::shuttleRates()
{
    return {-8, -4, -2, -1, 0, 1, 2, 4, 8};
}

void PlaybackEngine::setProject(const ProjectState &project)
{
    m_project = project;
    qint64 duration = 0;
    for (const Clip &c : project.clips)
        duration += c.durationUs();
    m_grid = FrameGrid{project.canvas.fpsNum, project.canvas.fpsDen, duration};
    m_lastError.clear();
    m_worker->setProject(project);
    const QSize size = m_bound.isEmpty() ? PreviewRenderer::defaultSizeFor(project.canvas.size)
                                         : PreviewRenderer::fitToCanvas(project.canvas.size, m_bound);
    if (size != m_frameSize) {
        m_frameSize = size;
        m_worker->setOutputSize(size);
    }
    const qint64 clamped = std::clamp<qint64>(m_position, 0, duration);
    if (clamped != m_position)
        setPosition(clamped);
    seek(m_position); // shows the changed picture; playing goes on from here
}

void PlaybackEngine::setPreviewSize(QSize bound)
{
    m_bound = bound;
    const QSize size = bound.isEmpty() ? PreviewRenderer::defaultSizeFor(m_project.canvas.size)
                                       : PreviewRenderer::fitToCanvas(m_project.canvas.size, bound);
    if (size == m_frameSize)
        return;
    m_frameSize = size;
    m_worker->setOutputSize(size);
    if (!isPlaying())
        requestStill();
}

void PlaybackEngine::setProxyCache(const ProxyCache *cache)
{
    m_worker->setProxies(cache ? cache->index() : nullptr);
}

void PlaybackEngine::setFrameFilter(PreviewFilter filter)
{
    m_worker->setFilter(std::move(filter));
    if (!isPlaying())
        requestStill();
}

void PlaybackEngine::refresh()
{
    if (!isPlaying())
        requestStill();
}

void PlaybackEngine::setAudioOutputEnabled(bool enabled)
{
    if (enabled == m_audioEnabled)
        return;
    m_audioEnabled = enabled;
    if (m_rate == 1)
        startPlaying(m_rate); // picks the clock again
}

qint64 PlaybackEngine::stepTarget(qint64 frames) const
{
    const qint64 count = m_grid.frameCount();
    if (count == 0)
        return 0;
    const qint64 current = m_position >= m_grid.durationUs ? count : m_grid.indexAt(m_position);
    const qint64 target = std::clamp<qint64>(current + frames, 0, count);
    return target == count ? m_grid.durationUs : m_grid.timeOf(target);
}

void PlaybackEngine::setPosition(qint64 us)
{
    if (us == m_position)
        return;
    m_position = us;
    Q_EMIT positionChanged(us);
}

void PlaybackEngine::requestStill()
{
    m_worker->requestStill(m_position, ++m_stillSerial);
}

void PlaybackEngine::seek(qint64 us)
{
    setPosition(std::clamp<qint64>(us, 0, m_grid.durationUs));
    if (m_rate == 0) {
        requestStill();
        return;
    }
    if (m_rate > 0 ? m_position >= m_grid.durationUs : m_position <= 0) {
        stopPlaying();
        requestStill();
        return;
    }
    startPlaying(m_rate); // plays on from the new position
}

void PlaybackEngine::play()
{
    setRate(1);
}

void PlaybackEngine::pause()
{
    setRate(0);
}

void PlaybackEngine::togglePlayPause()
{
    setRate(isPlaying() ? 0 : 1);
}

void PlaybackEngine::setRate(int rate)
{
    const QList<int> rates = shuttleRates();
    const int snapped = *std::min_element(
        rates.begin(), rates.end(), [rate](int a, int b) { return std::abs(a - rate) < std::abs(b - rate); });
    if (snapped == m_rate)
        return;
    if (snapped == 0)
        stopPlaying();
    else
        startPlaying(snapped);
}

void PlaybackEngine::shuttleForward()
{
    setRate(m_rate <= 0 ? 1 : std::min(8, m_rate * 2));
}

void PlaybackEngine::shuttleBackward()
{
    setRate(m_rate >= 0 ? -1 : std::max(-8, m_rate * 2));
}

void PlaybackEngine::stepFrames(qint64 frames)
{
    pause();
    seek(stepTarget(frames));
}

void PlaybackEngine::startPlaying(int rate)
{
    if (m_grid.frameCount() == 0)
        return;
    if (rate > 0 && m_position >= m_grid.durationUs)
        setPosition(0);                // play at the end starts over
    if (rate < 0 && m_position <= 0) { // nothing before the start
        stopPlaying();
        return;
    }
    const int previous = m_rate;
    m_rate = rate;
    ++m_epoch;
    m_audio->stop();
    m_clock->stop();
    m_audioClock = false;
    m_waitingForSound = false;
    m_soundCatchingUp = false;
    m_withAudio = rate == 1 && m_audioEnabled;
    m_playStartUs = m_position;
    m_prerolling = true;
    m_prerollTimer.start();
    m_shown = 0;
    m_dropped = 0;
    m_shownAtMs.clear();
    m_worker->startPlayback(m_epoch, m_grid.indexAt(m_position), rate, m_withAudio, m_position);
    m_worker->takeSkipped();
    m_tick.start();
    if (previous != rate)
        Q_EMIT rateChanged(rate);
    if (previous == 0)
        Q_EMIT playingChanged(true);
}

void PlaybackEngine::stopPlaying()
{
    if (m_rate == 0)
        return;
    m_rate = 0;
    ++m_epoch;
    m_prerolling = false;
    m_tick.stop();
    m_worker->stopPlayback();
    m_audio->stop();
    m_clock->stop();
    m_waitingForSound = false; // m_audioClock stays: the stats describe the playback that ended
    Q_EMIT rateChanged(0);
    Q_EMIT playingChanged(false);
    emitStats();
}

void PlaybackEngine::tick()
{
    if (m_rate == 0) {
        m_tick.stop();
        return;
    }
    if (m_prerolling) {
        // The clock starts with the first frame on screen, so a slow first seek drops nothing.
        if (!m_worker->hasFrame(m_epoch) && m_prerollTimer.elapsed() < kPrerollMaxMs)
            return;
        m_prerolling = false;
        m_audioClock = m_withAudio && m_audio->start();
        if (m_withAudio && !m_audioClock) // silent playback on the steady clock: normal without a device
            qCInfo(lcPlayback) << "playing without sound:" << m_audio->error();
        m_waitingForSound = m_audioClock;
        m_prerollTimer.restart();
        if (!m_waitingForSound)
            m_clock->start(m_playStartUs, m_rate);
    }
    if (m_audioClock)
        m_audio->pump();
    if (m_waitingForSound) {
        // A sound server takes a moment to start a stream (PulseAudio: 0.1 s, more on a busy
        // machine). The picture waits on its first frame for a while; if the sound is later
        // still, the picture goes on and the sound catches up by skipping what it missed.
        const qint64 played = m_audio->playedUs();
        if (played < 0 && m_prerollTimer.elapsed() < kSoundStartMaxMs)
            return;
        m_waitingForSound = false;
        m_soundCatchingUp = played < 0; // once heard, it catches up with the picture all the way
        m_clock->start(m_playStartUs + std::max<qint64>(played, 0), m_rate);
    } else if (m_audioClock) {
        const qint64 played = m_audio->playedUs();
        if (played >= 0) {
            const qint64 lagUs = m_clock->positionUs() - (m_playStartUs + played);
            // Started late or ran dry: the sound catches up by skipping, all the way, so the picture
            // is not left to slew a remainder of up to 80 ms at 5 % (a second and a half of
            // picture slower than real time, seen with a sound server that starts 0.3-1.6 s late).
            if (lagUs > kSoundCatchUpUs)
                m_soundCatchingUp = true;
            if (m_soundCatchingUp && lagUs > kSoundCaughtUpUs) {
                m_audio->skip(lagUs);
            } else { // the sound is the master: the picture follows it smoothly
                m_soundCatchingUp = false;
                m_clock->follow(m_playStartUs + played);
            }
        }
    }
    const qint64 now = m_clock->positionUs();
    m_worker->setClock(now);
    qint64 dropped = 0;
    const auto frame =
        m_worker->takeDue(m_epoch, m_grid.indexAt(std::clamp<qint64>(now, 0, m_grid.durationUs)), &dropped);
    m_dropped += dropped + m_worker->takeSkipped();
    if (frame) {
        m_shownIndex = frame->index;
        present(frame->image, frame->timeUs, frame->renderMs);
    }
    if (m_rate > 0 ? now >= m_grid.durationUs : now <= 0)
        finishPlayback();
    else if (m_statsTimer.elapsed() >= kStatsEveryMs)
        emitStats();
}

void PlaybackEngine::present(const QImage &image, qint64 us, double renderMs)
{
    m_frame = image;
    ++m_shown;
    const qint64 nowMs = m_wall.elapsed();
    m_shownAtMs << nowMs;
    while (!m_shownAtMs.isEmpty() && m_shownAtMs.first() <= nowMs - 1000)
        m_shownAtMs.removeFirst();
    m_renderMs << renderMs;
    if (m_renderMs.size() > kRenderWindow)
        m_renderMs.removeFirst();
    Q_EMIT frameReady(image, us);
    setPosition(us);
}

void PlaybackEngine::finishPlayback()
{
    const bool forward = m_rate > 0;
    const qint64 lastShown = m_shownIndex;
    setPosition(forward ? m_grid.durationUs : 0);
    stopPlaying();
    if (lastShown != (forward ? m_grid.lastIndex() : 0))
        requestStill(); // the picture at the end must be the last (first) frame
    Q_EMIT reachedEnd();
}

void PlaybackEngine::onStill(const QImage &frame, qint64 us, quint64 serial, double renderMs)
{
    Q_UNUSED(serial); // an older request's picture is still the newest picture there is
    if (m_rate != 0)
        return; // playback took over since it was asked for
    m_frame = frame;
    m_renderMs << renderMs;
    if (m_renderMs.size() > kRenderWindow)
        m_renderMs.removeFirst();
    Q_EMIT frameReady(frame, us);
}

void PlaybackEngine::onRenderFailed(const QString &message)
{
    if (message == m_lastError)
        return;
    m_lastError = message;
    Q_EMIT errorOccurred(message);
}

PlaybackStats PlaybackEngine::stats() const
{
    PlaybackStats s;
    const qint64 nowMs = m_wall.elapsed();
    qint64 recent = 0;
    for (qint64 at : m_shownAtMs)
        recent += at > nowMs - 1000 ? 1 : 0;
    s.fps = double(recent);
    s.shownFrames = m_shown;
    s.droppedFrames = m_dropped;
    const QList<double> last = m_renderMs.mid(std::max<qsizetype>(0, m_renderMs.size() - 30));
    double sum = 0;
    for (double ms : last)
        sum += ms;
    s.renderMs = last.isEmpty() ? 0 : sum / double(last.size());
    s.renderMsP50 = percentile(m_renderMs, 0.5);
    s.renderMsP95 = percentile(m_renderMs, 0.95);
    s.audioClock = m_audioClock;
    s.audioDriftMs = m_audioClock ? m_clock->averageErrorUs() / 1000.0 : 0.0;
    return s;
}

void PlaybackEngine::emitStats()
{
    m_statsTimer.restart();
    Q_EMIT statsChanged(stats());
}

} // namespace montaj
