#pragma once

#include "core/foundation/result.h"

struct AVFrame;

namespace montaj {

// A step the export pipeline runs on every composed canvas frame (yuv420p, canvas size) before the
// text overlays are drawn: where the OpenCV filter stack plugs in. The pipeline's default is no
// hook (identity). Not for overlays or audio.
class FrameHook
{
public:
    virtual ~FrameHook() = default;
    virtual Result<void> process(AVFrame *canvasFrame, qint64 timelineUs) = 0;
};

} // namespace montaj
