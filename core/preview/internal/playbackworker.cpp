#include "core/preview/internal/playbackworker.h"

#include "core/preview/internal/audioring.h"
#include "core/render/audiomixer.h"

#include <QElapsedTimer>

#include <cstdlib>
#include <memory>
#include <vector>

namespace montaj {
namespace {

constexpr qint64 kAudioChunkFrames = 1024;
constexpr qint64 kAudioAheadMs = 300;

} // namespace

struct PlaybackWorker::Work
{
    std::optional<ProjectState> project;
    std::optional<QSize> size;
    std::optional<PreviewFilter> filter;
    bool proxiesChanged = false;
    std::shared_ptr<const ProxyIndex> proxies;
    std::optional<std::pair<qint64, quint64>> still;
    std::optional<qint64> playIndex;
    quint64 epoch = 0;
    bool audio = false;
    qint64 audioFromUs = 0;
};

PlaybackWorker::PlaybackWorker(AudioRing *ring, int sampleRate, QObject *parent)
    : QThread(parent)
    , m_ring(ring)
    , m_sampleRate(sampleRate)
{}

PlaybackWorker::~PlaybackWorker()
{
    {
        QMutexLocker lock(&m_mutex);
        m_quit = true;
        m_wake.wakeAll();
    }
    wait();
}

void PlaybackWorker::setProject(const ProjectState &project)
{
    QMutexLocker lock(&m_mutex);
    m_newProject = project;
    qint64 duration = 0;
    for (const Clip &c : project.clips)
        duration += c.durationUs();
    m_grid = FrameGrid{project.canvas.fpsNum, project.canvas.fpsDen, duration};
    m_wake.wakeAll();
}

void PlaybackWorker::setOutputSize(QSize size)
{
    QMutexLocker lock(&m_mutex);
    m_newSize = size;
    m_wake.wakeAll();
}

void PlaybackWorker::setFilter(PreviewFilter filter)
{
    QMutexLocker lock(&m_mutex);
    m_newFilter = std::move(filter);
    m_wake.wakeAll();
}

void PlaybackWorker::setProxies(std::shared_ptr<const ProxyIndex> proxies)
{
    QMutexLocker lock(&m_mutex);
    m_proxies = std::move(proxies);
    m_newProxies = true;
    m_wake.wakeAll();
}

void PlaybackWorker::requestStill(qint64 timelineUs, quint64 serial)
{
    QMutexLocker lock(&m_mutex);
    m_still = std::make_pair(timelineUs, serial); // replaces a request not started yet
    m_wake.wakeAll();
}

void PlaybackWorker::startPlayback(quint64 epoch, qint64 fromIndex, int step, bool withAudio, qint64 fromUs)
{
    QMutexLocker lock(&m_mutex);
    m_playing = true;
    m_epoch = epoch;
    m_next = fromIndex;
    m_step = step == 0 ? 1 : step;
    m_withAudio = withAudio;
    m_audioFromUs = fromUs;
    m_audioDone = false;
    m_clockRunning = false;
    m_queue.clear();
    m_wake.wakeAll();
}

void PlaybackWorker::stopPlayback()
{
    QMutexLocker lock(&m_mutex);
    m_playing = false;
    m_clockRunning = false;
    m_queue.clear();
}

void PlaybackWorker::setClock(qint64 positionUs)
{
    QMutexLocker lock(&m_mutex);
    m_clockUs = positionUs;
    m_clockRunning = true;
}

bool PlaybackWorker::hasFrame(quint64 epoch) const
{
    QMutexLocker lock(&m_mutex);
    for (const RenderedFrame &f : m_queue)
        if (f.epoch == epoch)
            return true;
    return false;
}

bool PlaybackWorker::audioFinished(quint64 epoch) const
{
    QMutexLocker lock(&m_mutex);
    return m_epoch == epoch && m_audioDone;
}

std::optional<RenderedFrame> PlaybackWorker::takeDue(quint64 epoch, qint64 dueIndex, qint64 *dropped)
{
    QMutexLocker lock(&m_mutex);
    m_queue.removeIf([epoch](const RenderedFrame &f) { return f.epoch != epoch; });
    std::optional<RenderedFrame> shown;
    while (!m_queue.isEmpty()) {
        const qint64 index = m_queue.first().index;
        if (m_step > 0 ? index > dueIndex : index < dueIndex)
            break;
        if (shown && dropped)
            ++*dropped; // overtaken by a later frame that is due too
        shown = m_queue.takeFirst();
    }
    if (shown)
        m_wake.wakeAll(); // room in the queue
    return shown;
}

qint64 PlaybackWorker::takeSkipped()
{
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_skipped, 0);
}

bool PlaybackWorker::hasWorkLocked() const
{
    if (m_newProject || m_newSize || m_newFilter || m_newProxies || m_still)
        return true;
    return m_playing && m_queue.size() < kQueueDepth && m_grid.frameCount() > 0 && m_next >= 0
           && m_next <= m_grid.lastIndex();
}

PlaybackWorker::Work PlaybackWorker::takeWorkLocked()
{
    Work w;
    w.project = std::exchange(m_newProject, std::nullopt);
    w.size = std::exchange(m_newSize, std::nullopt);
    w.filter = std::exchange(m_newFilter, std::nullopt);
    w.proxiesChanged = std::exchange(m_newProxies, false);
    w.proxies = m_proxies;
    w.still = std::exchange(m_still, std::nullopt);
    w.epoch = m_epoch;
    w.audio = m_playing && m_withAudio && !m_audioDone;
    w.audioFromUs = m_audioFromUs;
    if (w.still || !m_playing || m_queue.size() >= kQueueDepth || m_grid.frameCount() == 0)
        return w;
    qint64 index = m_next;
    if (m_clockRunning) {
        // Frames the clock will have passed by the time they are rendered are not worth rendering.
        const qint64 lead = qint64(m_renderUs) * std::abs(m_step);
        const qint64 due = m_grid.indexAt(m_clockUs + (m_step > 0 ? lead : -lead));
        while (m_step > 0 ? index + m_step <= due : index + m_step >= due) {
            index += m_step;
            ++m_skipped;
        }
    }
    m_next = index;
    if (index >= 0 && index <= m_grid.lastIndex()) {
        w.playIndex = index;
        m_next = index + m_step;
    }
    return w;
}

QImage PlaybackWorker::renderFrame(PreviewRenderer &renderer, qint64 timelineUs, double *ms)
{
    QElapsedTimer timer;
    timer.start();
    auto rendered = renderer.render(timelineUs);
    QImage image;
    if (rendered) {
        image = std::move(rendered).value();
    } else {
        image = renderer.placeholder(timelineUs);
        Q_EMIT renderFailed(rendered.error().message);
    }
    *ms = double(timer.nsecsElapsed()) / 1e6;
    return image;
}

void PlaybackWorker::run()
{
    PreviewRenderer renderer;
    std::unique_ptr<AudioMixer> mixer;
    quint64 audioEpoch = 0;
    std::vector<float> samples;
    for (;;) {
        Work w;
        {
            QMutexLocker lock(&m_mutex);
            const bool audioActive = m_playing && m_withAudio && !m_audioDone;
            if (!m_quit && !hasWorkLocked())
                m_wake.wait(&m_mutex,
                            audioActive ? QDeadlineTimer(10) : QDeadlineTimer(QDeadlineTimer::Forever));
            if (m_quit)
                return;
            w = takeWorkLocked();
        }
        if (w.project) {
            renderer.setProject(*w.project);
            mixer.reset();
            audioEpoch = 0;
        }
        if (w.size)
            renderer.setOutputSize(*w.size);
        if (w.filter)
            renderer.setFilter(*w.filter);
        if (w.proxiesChanged)
            renderer.setProxies(w.proxies);

        if (w.audio) { // keep the sound output fed before spending time on a picture
            if (!mixer)
                mixer = std::make_unique<AudioMixer>(renderer.project(), m_sampleRate, m_ring->channels());
            if (audioEpoch != w.epoch) {
                mixer->seek(w.audioFromUs);
                m_ring->clear();
                audioEpoch = w.epoch;
            }
            const qint64 target = m_sampleRate * kAudioAheadMs / 1000;
            bool done = false;
            while (m_ring->available() < target && m_ring->space() >= kAudioChunkFrames) {
                samples.resize(size_t(kAudioChunkFrames * m_ring->channels()));
                auto mixed = mixer->mix(samples.data(), kAudioChunkFrames);
                if (!mixed)
                    Q_EMIT renderFailed(mixed.error().message);
                if (!mixed || *mixed == 0) {
                    done = true;
                    break;
                }
                m_ring->write(samples.data(), *mixed);
            }
            if (done) {
                QMutexLocker lock(&m_mutex);
                if (m_epoch == w.epoch)
                    m_audioDone = true;
            }
        }

        if (w.still) {
            double ms = 0;
            const QImage image = renderFrame(renderer, w.still->first, &ms);
            Q_EMIT stillRendered(image, w.still->first, w.still->second, ms);
        } else if (w.playIndex) {
            RenderedFrame frame;
            FrameGrid grid;
            {
                QMutexLocker lock(&m_mutex);
                grid = m_grid;
            }
            frame.index = *w.playIndex;
            frame.timeUs = grid.timeOf(frame.index);
            frame.epoch = w.epoch;
            frame.image = renderFrame(renderer, frame.timeUs, &frame.renderMs);
            QMutexLocker lock(&m_mutex);
            m_renderUs = 0.8 * m_renderUs + 0.2 * frame.renderMs * 1000.0;
            if (m_playing && m_epoch == frame.epoch)
                m_queue.append(std::move(frame));
        }
    }
}

} // namespace montaj
