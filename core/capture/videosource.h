#pragma once

#include "core/capture/capturetypes.h"
#include "core/foundation/result.h"

#include <functional>

namespace montaj {

// Where pictures come from for the Recorder: a camera, the screen, a synthetic pattern. A source
// delivers VideoFrames to a handler on a thread of its own (never assume the caller's) until
// stopped; a failure after a good start (device unplugged, grab failed) goes to the error
// handler, once. Not a recorder and not a preview: it knows nothing of files or the UI.
class VideoCaptureSource
{
public:
    using FrameHandler = std::function<void(VideoFrame frame)>;

    virtual ~VideoCaptureSource() = default;

    // A short name for people ("Built-in camera", "Screen :0.0"), translated where it is ours.
    virtual QString videoName() const = 0;
    // Pictures per second the source aims at (a camera's chosen format, the grab rate).
    virtual double frameRate() const = 0;
    // Starts delivering; a clear Error (no device, permission denied, device busy) otherwise.
    // Calling it while started restarts with the new handlers.
    virtual Result<void> startVideo(FrameHandler onFrame, CaptureErrorHandler onError) = 0;
    // Stops delivering; when it returns, no handler is running or will run. Safe to call twice.
    virtual void stopVideo() = 0;
};

} // namespace montaj
