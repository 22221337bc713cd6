#pragma once

#include "core/edit/projecttypes.h"
#include "core/preview/framegrid.h"
#include "core/preview/playbackstats.h"
#include "core/preview/previewrenderer.h"

#include <QElapsedTimer>
#include <QImage>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

namespace montaj {

class AudioOutput;
class AudioRing;
class PlaybackClock;
class PlaybackWorker;
class ProxyCache;

// Plays a project for the preview. Decoding and compositing run on its own worker thread, never on
// the caller's: a seek renders exactly the frame under the position (requests coalesce — only the
// latest one waiting is rendered); playing renders a few frames ahead and shows each when the clock
// reaches it, dropping (and counting) frames that come too late. Shuttle rates −8…8 for J/K/L;
// sound only at 1× forward, through the default audio output fed from AudioMixer, and then the
// clock follows the sound output; otherwise — or with no audio device at all (CI) — a steady
// clock. Stops at the end (or at the start in reverse). Lives on one thread (the UI's); signals
// arrive there. Not for export, not an editing model: it shows the ProjectState it is given.
class PlaybackEngine : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSampleRate = 48000;

    explicit PlaybackEngine(QObject *parent = nullptr);
    ~PlaybackEngine() override;

    // Keeps the position (clamped to the new duration); playing continues from there.
    void setProject(const ProjectState &project);
    const ProjectState &project() const { return m_project; }
    // Frames fit in this box with the canvas's aspect, never larger than the canvas; an empty box
    // gives the default preview size (short side 540).
    void setPreviewSize(QSize bound);
    QSize frameSize() const { return m_frameSize; }
    // Proxies of this cache are used once ready; the cache may be destroyed while the engine runs.
    void setProxyCache(const ProxyCache *cache);
    void setFrameFilter(PreviewFilter filter); // runs on the worker thread
    // Renders the picture at the position again when paused (what the frame filter does changed
    // without a new filter or project); playing picks it up with its next frames.
    void refresh();
    // Sound at 1× (default on; without a device playback is silent either way).
    void setAudioOutputEnabled(bool enabled);
    bool isAudioOutputEnabled() const { return m_audioEnabled; }

    qint64 position() const { return m_position; }
    qint64 durationUs() const { return m_grid.durationUs; }
    const FrameGrid &grid() const { return m_grid; }
    int rate() const { return m_rate; }
    bool isPlaying() const { return m_rate != 0; }
    QImage currentFrame() const { return m_frame; }
    PlaybackStats stats() const;

    static QList<int> shuttleRates(); // −8, −4, −2, −1, 0, 1, 2, 4, 8
    // Where stepping `frames` frames from the position lands: a frame start, or the end.
    qint64 stepTarget(qint64 frames) const;

public Q_SLOTS:
    void seek(qint64 us);
    void play();
    void pause();
    void togglePlayPause();
    // One of shuttleRates() (others snap to the nearest); 0 pauses.
    void setRate(int rate);
    // L: forward 1×, then faster (2×, 4×, 8×); from reverse, back to 1× forward.
    void shuttleForward();
    // J: reverse 1×, then faster; from forward, back to 1× reverse.
    void shuttleBackward();
    // Pauses and moves by whole frames.
    void stepFrames(qint64 frames);

Q_SIGNALS:
    // A new picture: `us` is the timeline time it shows (a seek's position, a played frame's start).
    void frameReady(const QImage &frame, qint64 us);
    void positionChanged(qint64 us);
    void playingChanged(bool playing);
    void rateChanged(int rate);
    void statsChanged(const montaj::PlaybackStats &stats);
    void reachedEnd(); // playback stopped at the end (or at the start, in reverse)
    void errorOccurred(const QString &message);

private:
    void startPlaying(int rate);
    void stopPlaying();
    void tick();
    void present(const QImage &image, qint64 us, double renderMs);
    void finishPlayback();
    void requestStill();
    void onStill(const QImage &frame, qint64 us, quint64 serial, double renderMs);
    void onRenderFailed(const QString &message);
    void setPosition(qint64 us);
    void emitStats();

    ProjectState m_project;
    FrameGrid m_grid;
    QSize m_bound;
    QSize m_frameSize;
    bool m_audioEnabled = true;
    std::unique_ptr<AudioRing> m_ring;
    std::unique_ptr<AudioOutput> m_audio;
    std::unique_ptr<PlaybackClock> m_clock;
    std::unique_ptr<PlaybackWorker> m_worker;
    QTimer m_tick;
    QElapsedTimer m_prerollTimer;
    QElapsedTimer m_statsTimer;

    qint64 m_position = 0;
    int m_rate = 0;
    quint64 m_epoch = 0;
    quint64 m_stillSerial = 0;
    bool m_prerolling = false;
    bool m_withAudio = false;
    bool m_audioClock = false;
    bool m_waitingForSound = false; // the sound output started but has played nothing yet
    bool m_soundCatchingUp = false; // the sound is skipping ahead to the picture
    qint64 m_playStartUs = 0;
    qint64 m_shownIndex = -1;
    QImage m_frame;
    QString m_lastError;

    qint64 m_shown = 0;
    qint64 m_dropped = 0;
    QList<qint64> m_shownAtMs; // presentation times within the last second
    QList<double> m_renderMs;  // the last 600 frames rendered
    QElapsedTimer m_wall;
};

} // namespace montaj
