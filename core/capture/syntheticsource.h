#pragma once

#include "core/capture/audiosource.h"
#include "core/capture/videosource.h"

#include <QCoreApplication>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace montaj {

// A deterministic stand-in for a camera and a microphone, offered when no device exists and used
// by the tests and the benchmark: a moving pattern with the frame number and timecode drawn in
// seven-segment digits (no fonts: the same pixels on every machine, no QGuiApplication needed)
// and a sine tone. The picture is asymmetric on purpose — a red bar on the left edge, a blue bar
// on the right — so a mirrored picture is easy to tell apart; a row of 16 black/white blocks near
// the bottom carries the frame number in binary (bit 0 on the left). Frames and sound chunks run
// in real time, each on a thread of its own, stamped on an exact grid from the start. Not a test
// fixture library: it is a real source the Record page may use.
class SyntheticSource : public VideoCaptureSource, public AudioCaptureSource
{
    Q_DECLARE_TR_FUNCTIONS(SyntheticSource)

public:
    struct Settings
    {
        QSize size{1080, 1920};
        double fps = 30.0;
        double toneHz = 440.0;
        double toneAmplitude = 0.5; // peak; 0.5 is -6.02 dBFS
        int sampleRate = 48000;
        int channels = 2;
        int chunkMs = 10;
    };

    SyntheticSource();
    explicit SyntheticSource(const Settings &settings);
    ~SyntheticSource() override;
    SyntheticSource(const SyntheticSource &) = delete;
    SyntheticSource &operator=(const SyntheticSource &) = delete;

    const Settings &settings() const { return m_settings; }
    // The picture of frame `number` (what the video thread delivers for it).
    QImage pattern(qint64 number) const;
    // The geometry tests read back: the code block of `bit` in an image of `size`.
    static QRect codeBlock(QSize size, int bit);
    static constexpr int kCodeBits = 16;

    QString videoName() const override;
    double frameRate() const override { return m_settings.fps; }
    Result<void> startVideo(FrameHandler onFrame, CaptureErrorHandler onError) override;
    void stopVideo() override;

    QString audioName() const override;
    Result<void> startAudio(ChunkHandler onChunk, CaptureErrorHandler onError) override;
    void stopAudio() override;

private:
    struct Runner
    {
        std::thread thread;
        std::mutex mutex;
        std::condition_variable wake;
        bool quit = false;
    };
    void runVideo(FrameHandler onFrame, qint64 startUs);
    void runAudio(ChunkHandler onChunk, qint64 startUs);
    static void stopRunner(Runner &runner);
    // Sleeps until the steady-clock time dueUs; false when asked to quit meanwhile.
    static bool waitUntil(Runner &runner, qint64 dueUs);

    Settings m_settings;
    QImage m_background;
    Runner m_video;
    Runner m_audio;
};

} // namespace montaj
