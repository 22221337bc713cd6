#pragma once

#include "core/capture/videosource.h"

#include <QCoreApplication>
#include <QRect>

#include <atomic>
#include <memory>
#include <thread>

struct AVFormatContext;

namespace montaj {

// What part of the screen to record.
struct ScreenTarget
{
    QString display;      // X11: the display (":0", ":97"); empty: $DISPLAY. Others: the screen index.
    QRect region;         // empty: the whole screen; otherwise this rectangle of it
    quint64 windowId = 0; // non-zero: only this window (X11 window id; Windows: HWND)
    double fps = 30.0;
    bool drawMouse = true;
};

// The screen, a region of it or one window, through FFmpeg's capture devices (libavdevice): x11grab
// on Linux (an X11 session, or XWayland windows under Wayland), gdigrab on Windows, avfoundation on
// macOS — one input-format choice, everything else shared. A reading thread delivers each grabbed
// picture as it comes (the device paces itself at the frame rate). Only the Linux branch is built
// and tested here; the others are written to FFmpeg's documented options and untested. Not a
// window picker: the caller passes the window id.
class ScreenSource : public VideoCaptureSource
{
    Q_DECLARE_TR_FUNCTIONS(ScreenSource)

public:
    explicit ScreenSource(ScreenTarget target = {});
    ~ScreenSource() override;
    ScreenSource(const ScreenSource &) = delete;
    ScreenSource &operator=(const ScreenSource &) = delete;

    const ScreenTarget &target() const { return m_target; }
    // Whether this build has a screen capture device at all (libavdevice with x11grab/gdigrab/avfoundation).
    static bool isAvailable();

    QString videoName() const override;
    double frameRate() const override { return m_target.fps; }
    // Opens the device now, so a missing display, a closed window or a refused grab is an Error here.
    Result<void> startVideo(FrameHandler onFrame, CaptureErrorHandler onError) override;
    void stopVideo() override;
    // The grabbed size, known once started.
    QSize grabSize() const { return m_size; }

private:
    struct InputCloser
    {
        void operator()(AVFormatContext *c) const;
    };
    void run(FrameHandler onFrame, CaptureErrorHandler onError);

    ScreenTarget m_target;
    std::unique_ptr<AVFormatContext, InputCloser> m_input;
    QSize m_size;
    int m_format = -1; // AVPixelFormat of the grabbed pictures
    std::atomic<bool> m_quit{false};
    std::thread m_thread;
};

} // namespace montaj
