#pragma once

#include "core/capture/capturetypes.h"
#include "core/foundation/result.h"

#include <functional>

namespace montaj {

// Where sound comes from for the Recorder: a microphone or a synthetic tone. Delivers float PCM
// AudioChunks (any rate and channel count; the recorder converts) to a handler on a thread of its
// own until stopped; a failure after a good start goes to the error handler, once. Not a mixer and
// not a level meter (LevelMeter).
class AudioCaptureSource
{
public:
    using ChunkHandler = std::function<void(AudioChunk chunk)>;

    virtual ~AudioCaptureSource() = default;

    virtual QString audioName() const = 0;
    virtual Result<void> startAudio(ChunkHandler onChunk, CaptureErrorHandler onError) = 0;
    // When it returns, no handler is running or will run. Safe to call twice.
    virtual void stopAudio() = 0;
};

} // namespace montaj
