#pragma once

#include "core/capture/audiosource.h"
#include "core/capture/capturetypes.h"
#include "core/capture/videosource.h"
#include "core/foundation/result.h"
#include "core/media/mediawriter.h"

#include <QElapsedTimer>
#include <QImage>
#include <QList>
#include <QObject>
#include <QRectF>
#include <QTimer>

#include <memory>

namespace montaj {

class CaptureWorker;

// Records takes the way short-form apps do, from one video source and an optional audio source
// (camera + microphone, the screen, the synthetic pattern — any VideoCaptureSource/AudioCaptureSource). A
// session opens the sources (live preview and level meter), then: start a take (after an optional
// countdown), stop it, start again — each take is its own crash-safe file (fragmented MP4 by
// default) in the session's folder — delete the last take, and finish the session to get the
// takes as files with durations. A length limit stops a take by itself, to the frame.
//
// Encoding (H.264 + AAC through MediaWriter, constant frame rate at the output size, framed by
// centre-crop or fit) and preview scaling run on the recorder's engine thread; sources run on
// their own. The recorder itself lives on the thread that made it (the UI's) and its signals
// arrive there; nothing here blocks it. Not a project model: turning takes into clips is the
// caller's job. Not a device list: CaptureDevices.
class Recorder : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,         // no session: sources closed
        Live,         // sources open: preview and level, not recording
        CountingDown, // a take starts when the countdown reaches zero
        Recording,
        Finishing, // the take's file is being completed
    };
    Q_ENUM(State)

    struct Settings
    {
        QString folder; // where take files go (created if missing)
        QSize outputSize{1080, 1920};
        int fpsNum = 30, fpsDen = 1;
        Framing framing = Framing::CentreCrop;
        // libx264: fast enough for 1080×1920 30 fps in real time on two cores (bench_capture).
        QString x264Preset = QStringLiteral("superfast");
        QString x264Tune = QStringLiteral("zerolatency");
        int crf = 21;
        int audioBitRate = 160'000;
        MediaContainer container = MediaContainer::FragmentedMp4; // crash-safe: not Mp4Faststart
        QSize previewBound{540, 960};                             // preview pictures fit in this box
        double previewFps = 30; // at most, and never more than one waiting for the UI
    };

    // The length presets: 15 s, 60 s, 3 min, 10 min (microseconds).
    static QList<qint64> lengthPresetsUs();
    // The part of a source picture that reaches the file, in 0…1 coordinates of the source: for
    // the Record page's vertical framing guide.
    static QRectF framingGuide(QSize sourceSize, QSize outputSize, Framing framing);

    explicit Recorder(QObject *parent = nullptr);
    ~Recorder() override; // stops sources; a take in progress is completed

    // Between takes (Idle or Live).
    Result<void> setSettings(const Settings &settings);
    const Settings &settings() const { return m_settings; }
    // Sources: may change while Idle or Live (a live session restarts them). No audio source: the
    // takes have no sound track.
    Result<void> setVideoSource(std::shared_ptr<VideoCaptureSource> source);
    Result<void> setAudioSource(std::shared_ptr<AudioCaptureSource> source);
    std::shared_ptr<VideoCaptureSource> videoSource() const { return m_video; }
    std::shared_ptr<AudioCaptureSource> audioSource() const { return m_audio; }

    // Mirrors the preview pictures (a selfie camera); never the file. Any time.
    void setMirrorPreview(bool mirror);
    bool mirrorPreview() const { return m_mirror; }
    // Seconds of countdown before a take (0: none).
    void setCountdownSeconds(int seconds);
    int countdownSeconds() const { return m_countdownSeconds; }
    // The length limit of the next takes (0: none; one of lengthPresetsUs() or any length).
    void setLengthLimitUs(qint64 us);
    qint64 lengthLimitUs() const { return m_limitUs; }

    State state() const { return m_state; }
    // Opens the sources: preview frames and level readings start. Idle only. Takes recorded
    // before (in this session, e.g. before a source failed) are kept until finishSession().
    Result<void> beginSession();
    // Starts a take (after the countdown, if set). Live only.
    Result<void> startTake();
    // Back to Live without recording.
    void cancelCountdown();
    // Ends the take in progress: its file is completed on the engine thread and takeAdded follows.
    void stopTake();
    // Removes the last take's file and forgets it. Not while recording or finishing.
    Result<void> deleteLastTake();
    const QList<Take> &takes() const { return m_takes; }
    // Stops a take in progress, closes the sources and, once the last file is complete, emits
    // sessionFinished with every take. The recorder is Idle afterwards (takes are forgotten).
    void finishSession();

    qint64 elapsedUs() const;   // of the take in progress
    qint64 remainingUs() const; // to the length limit; -1 without one
    CaptureStats stats() const; // of the take in progress, or the last one

Q_SIGNALS:
    void stateChanged(montaj::Recorder::State state);
    // A preview picture (scaled to Settings::previewBound, mirrored if asked), about previewFps a second.
    void previewFrame(const QImage &frame, qint64 timeUs);
    // Microphone level in dBFS, about 20 a second while the session is open.
    void levelChanged(double peakDb, double rmsDb);
    void countdownChanged(int secondsLeft);
    // About ten a second while recording; remainingUs is -1 without a length limit.
    void timeChanged(qint64 elapsedUs, qint64 remainingUs);
    void takeAdded(const montaj::Take &take);
    void takesChanged();
    void statsChanged(const montaj::CaptureStats &stats);
    void sessionFinished(const QList<montaj::Take> &takes);
    void errorOccurred(const montaj::Error &error);

private:
    void setState(State state);
    Result<void> openSources();
    void closeSources();
    void beginRecording();
    void onCountdownTick();
    void onTick();
    void onTakeFinished(const Take &take);
    void onTakeFailed(const Error &error);
    void onSourceError(const Error &error);
    void completeSessionIfDone();
    State stateAfterTake() const;
    QString nextTakePath() const;

    Settings m_settings;
    std::shared_ptr<VideoCaptureSource> m_video;
    std::shared_ptr<AudioCaptureSource> m_audio;
    std::unique_ptr<CaptureWorker> m_worker;
    State m_state = State::Idle;
    bool m_mirror = false;
    int m_countdownSeconds = 0;
    int m_countdownLeft = 0;
    qint64 m_limitUs = 0;
    qint64 m_takeLimitUs = 0;
    qint64 m_takeStartUs = 0;
    bool m_finishingSession = false;
    bool m_sourcesOpen = false;
    bool m_takeInFlight = false; // from the start of a take until its file is reported
    QTimer m_countdown;
    QTimer m_tick;
    QList<Take> m_takes;
    CaptureStats m_lastStats;
};

} // namespace montaj
