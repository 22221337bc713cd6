#pragma once

// FFmpeg in C++: the C headers, owning pointers that free with the right av_*_free, and error
// text. Only core/media and core/render include this; other modules see Montaj types.

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
#include <libavutil/channel_layout.h>
#include <libavutil/display.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libavutil/pixdesc.h>
#include <libswresample/swresample.h>
#include <libswscale/swscale.h>
}

#include <QString>

#include <memory>

namespace montaj {

struct InputContextDeleter
{
    void operator()(AVFormatContext *c) const { avformat_close_input(&c); }
};
struct OutputContextDeleter
{
    void operator()(AVFormatContext *c) const;
};
struct CodecContextDeleter
{
    void operator()(AVCodecContext *c) const { avcodec_free_context(&c); }
};
struct FrameDeleter
{
    void operator()(AVFrame *f) const { av_frame_free(&f); }
};
struct PacketDeleter
{
    void operator()(AVPacket *p) const { av_packet_free(&p); }
};
struct SwsDeleter
{
    void operator()(SwsContext *c) const { sws_freeContext(c); }
};
struct SwrDeleter
{
    void operator()(SwrContext *c) const { swr_free(&c); }
};

using InputContextPtr = std::unique_ptr<AVFormatContext, InputContextDeleter>;
using OutputContextPtr = std::unique_ptr<AVFormatContext, OutputContextDeleter>;
using CodecContextPtr = std::unique_ptr<AVCodecContext, CodecContextDeleter>;
using FramePtr = std::unique_ptr<AVFrame, FrameDeleter>;
using PacketPtr = std::unique_ptr<AVPacket, PacketDeleter>;
using SwsPtr = std::unique_ptr<SwsContext, SwsDeleter>;
using SwrPtr = std::unique_ptr<SwrContext, SwrDeleter>;

inline FramePtr makeFrame()
{
    return FramePtr(av_frame_alloc());
}
inline PacketPtr makePacket()
{
    return PacketPtr(av_packet_alloc());
}

// FFmpeg's description of an error code ("Invalid data found when processing input").
QString ffmpegErrorText(int errnum);

// Microseconds <-> stream time base, rounding to nearest.
qint64 toMicroseconds(int64_t ts, AVRational timeBase);
int64_t fromMicroseconds(qint64 us, AVRational timeBase);
// For "which frame is on screen at t": a time maps down to the tick at or before it, and a frame's
// start maps up to the first whole microsecond at or after it, so the two round-trip exactly.
int64_t fromMicrosecondsFloor(qint64 us, AVRational timeBase);
qint64 toMicrosecondsCeil(int64_t ts, AVRational timeBase);

// Quiet FFmpeg's own logging to errors only, once per process (it writes to stderr otherwise).
void initFfmpegLogging();

} // namespace montaj
