#pragma once

#include "core/capture/capturetypes.h"
#include "core/capture/internal/takeencoder.h"
#include "core/capture/levelmeter.h"
#include "core/foundation/error.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <memory>
#include <optional>

namespace montaj {

// The recorder's engine thread. Sources push frames and sound into it from their own threads
// (pushVideo/pushAudio never block on encoding: a full queue drops the frame and counts it); it
// encodes the take in progress through TakeEncoder, makes the preview pictures (scaled, mirrored
// on request, at most one waiting for the UI at a time) and measures the sound level. Control
// calls come from the Recorder's thread; signals arrive there queued. Internal to Recorder.
class CaptureWorker : public QThread
{
    Q_OBJECT

public:
    static constexpr int kQueueFrames = 8;          // about a quarter of a second at 30 fps
    static constexpr qint64 kStopGraceUs = 150'000; // wait this long for frames captured before a stop

    explicit CaptureWorker(QObject *parent = nullptr);
    ~CaptureWorker() override; // stops and waits; a take in progress is finished

    void setPreview(QSize bound, bool mirror, double maxFps);
    void previewShown(); // the UI took the last preview picture: the next may come

    // From any thread (the sources').
    void pushVideo(VideoFrame frame);
    void pushAudio(AudioChunk chunk);

    void beginTake(const TakePlan &plan);
    void endTake(qint64 stopUs);
    bool isTaking() const;
    CaptureStats stats() const;

Q_SIGNALS:
    void previewReady(const QImage &frame, qint64 timeUs);
    void levelMeasured(double peakDb, double rmsDb);
    void takeFinished(const montaj::Take &take);
    void takeFailed(const montaj::Error &error);

protected:
    void run() override;

private:
    bool previewDueLocked(qint64 now) const;
    bool stopReadyLocked(qint64 now) const;
    void resetTakeLocked();
    void finishTakeLocked(QMutexLocker<QMutex> &lock, bool autoStopped);
    void failTakeLocked(QMutexLocker<QMutex> &lock, const Error &error);
    void makePreview(VideoFrame frame, QSize bound, bool mirror, bool cheap);

    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_quit = false;

    // Preview
    QSize m_previewBound{540, 960};
    bool m_mirror = false;
    qint64 m_previewPeriodUs = 33'333;
    std::optional<VideoFrame> m_previewFrame;
    bool m_previewWaiting = false; // one picture is with the UI
    qint64 m_lastPreviewUs = 0;

    // Take: requested (m_plan), then open on the worker thread (m_encoderOpen)
    std::optional<TakePlan> m_plan;
    bool m_encoderOpen = false;
    qint64 m_stopUs = INT64_MAX;
    qint64 m_stopRequestedUs = 0;
    qint64 m_lastVideoUs = 0, m_lastAudioEndUs = 0;
    std::deque<VideoFrame> m_video;
    std::deque<AudioChunk> m_audio;
    std::unique_ptr<TakeEncoder> m_encoder; // used on the worker thread only
    CaptureStats m_stats;                   // captured and queue drops, counted on push
    CaptureStats m_encoderStats;            // the encoder's own, copied after each frame

    // Level
    QMutex m_levelMutex;
    LevelMeter m_meter;
};

} // namespace montaj
