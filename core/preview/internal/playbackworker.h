#pragma once

#include "core/edit/projecttypes.h"
#include "core/preview/framegrid.h"
#include "core/preview/previewrenderer.h"

#include <QImage>
#include <QList>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <memory>
#include <optional>

namespace montaj {

class AudioRing;
class ProxyIndex;

// One rendered playback frame on its way to the screen.
struct RenderedFrame
{
    QImage image;
    qint64 index = 0;  // on the canvas's frame grid
    qint64 timeUs = 0; // its start on the timeline
    quint64 epoch = 0; // which start of playback it belongs to
    double renderMs = 0;
};

// The playback thread: renders the frame a seek asks for (only the latest request: requests that
// arrive while it works replace each other), renders ahead into a short queue while playing —
// skipping frames the clock has already passed — and mixes the sound ahead into the AudioRing.
// Every decode and composite of the preview happens here. Its methods are called from the
// engine's thread; the signals arrive there queued. Internal to PlaybackEngine.
class PlaybackWorker : public QThread
{
    Q_OBJECT

public:
    static constexpr int kQueueDepth = 3;

    PlaybackWorker(AudioRing *ring, int sampleRate, QObject *parent = nullptr);
    ~PlaybackWorker() override; // stops and waits

    void setProject(const ProjectState &project);
    void setOutputSize(QSize size);
    void setFilter(PreviewFilter filter);
    void setProxies(std::shared_ptr<const ProxyIndex> proxies);

    void requestStill(qint64 timelineUs, quint64 serial);
    // Renders from `fromIndex` on, `step` frames apart (the shuttle rate), until stopped; mixes the
    // sound from `fromUs` when withAudio.
    void startPlayback(quint64 epoch, qint64 fromIndex, int step, bool withAudio, qint64 fromUs);
    void stopPlayback();
    // Where the playback clock is, so frames it has passed are skipped instead of rendered.
    void setClock(qint64 positionUs);

    bool hasFrame(quint64 epoch) const;
    // The latest frame due at dueIndex (in play order), if any; overtaken frames count in *dropped.
    std::optional<RenderedFrame> takeDue(quint64 epoch, qint64 dueIndex, qint64 *dropped);
    qint64 takeSkipped();                    // frames skipped as late since the last call
    bool audioFinished(quint64 epoch) const; // the mix reached the end of the project

Q_SIGNALS:
    void stillRendered(const QImage &frame, qint64 timelineUs, quint64 serial, double renderMs);
    void renderFailed(const QString &message);

protected:
    void run() override;

private:
    struct Work;
    bool hasWorkLocked() const;
    Work takeWorkLocked();
    QImage renderFrame(PreviewRenderer &renderer, qint64 timelineUs, double *ms);

    AudioRing *m_ring;
    const int m_sampleRate;

    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_quit = false;
    std::optional<ProjectState> m_newProject;
    std::optional<QSize> m_newSize;
    std::optional<PreviewFilter> m_newFilter;
    std::shared_ptr<const ProxyIndex> m_proxies;
    bool m_newProxies = false;
    FrameGrid m_grid;
    std::optional<std::pair<qint64, quint64>> m_still; // time, serial
    bool m_playing = false;
    quint64 m_epoch = 0;
    qint64 m_next = 0;
    int m_step = 1;
    bool m_withAudio = false;
    qint64 m_audioFromUs = 0;
    bool m_audioDone = false;
    qint64 m_clockUs = 0;
    bool m_clockRunning = false;
    double m_renderUs = 20'000; // recent render time, to aim past frames that would be late anyway
    qint64 m_skipped = 0;
    QList<RenderedFrame> m_queue;
};

} // namespace montaj
