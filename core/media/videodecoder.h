#pragma once

#include "core/foundation/result.h"
#include "core/media/ffmpeg.h"
#include "core/media/frameconverter.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>

#include <opencv2/core/mat.hpp>

#include <vector>

namespace montaj {

// Frame-accurate access to a file's pictures, kept open for scrubbing: the frame shown at any time
// or index, as the decoder's own frame, a QImage or a cv::Mat at any size, always upright (the
// phone's rotation applied). Moving forward a little decodes on; a jump seeks to the keyframe before
// the target and decodes up to it. Not thread-safe: one decoder per thread (a preview thread, the
// render pipeline).
class VideoDecoder
{
    Q_DECLARE_TR_FUNCTIONS(VideoDecoder)

public:
    struct Stats
    {
        int seeks = 0;
        qint64 framesDecoded = 0;
    };

    // threads: decoder threads; 0 lets FFmpeg pick from the CPU count.
    static Result<std::unique_ptr<VideoDecoder>> open(const QString &path, int threads = 0);
    ~VideoDecoder();
    VideoDecoder(const VideoDecoder &) = delete;
    VideoDecoder &operator=(const VideoDecoder &) = delete;

    const QString &path() const { return m_path; }
    QSize codedSize() const;
    QSize displaySize() const { return m_displaySize; } // upright, square pixels
    int rotation() const { return m_rotation; }         // clockwise degrees applied to decoded frames
    AVRational frameRate() const;
    qint64 durationUs() const { return m_durationUs; }
    // Time (µs from the stream's first frame) of the frame with this index, using the frame index.
    Result<qint64> timeOfIndex(qint64 index);
    Result<qint64> frameCount();

    // The frame on screen at timeUs (µs from the first frame): the last one starting at or before
    // it. Before the first frame gives the first, past the end gives the last. The pointer stays
    // valid until the next call. Its pts is in the stream's time base.
    Result<const AVFrame *> frameAt(qint64 timeUs);
    Result<const AVFrame *> frameAtIndex(qint64 index);
    // Start time (µs from the first frame) of the frame frameAt() returned last.
    qint64 currentTimeUs() const;
    // The first frame at or after the keyframe before timeUs: fast, not exact (thumbnails).
    Result<const AVFrame *> keyframeNear(qint64 timeUs);

    Result<QImage> imageAt(qint64 timeUs, QSize size = {}, Qt::AspectRatioMode mode = Qt::KeepAspectRatio);
    Result<QImage> imageAtIndex(qint64 index, QSize size = {},
                                Qt::AspectRatioMode mode = Qt::KeepAspectRatio);
    Result<cv::Mat> matAt(qint64 timeUs, QSize size = {}, Qt::AspectRatioMode mode = Qt::KeepAspectRatio);

    Stats stats() const { return m_stats; }
    AVStream *stream() const { return m_stream; }

private:
    VideoDecoder() = default;
    Result<const AVFrame *> frameAtPts(int64_t targetPts);
    Result<QImage> toImage(Result<const AVFrame *> frame, QSize size, Qt::AspectRatioMode mode);
    Result<void> seekTo(int64_t targetPts);
    Result<bool> decodeNext(AVFrame *into); // false at end of stream
    Result<const AVFrame *> decodeUpTo(int64_t targetPts);
    Result<void> buildIndex();
    bool keyframeBetween(int64_t fromPts, int64_t toPts) const;
    int64_t ptsOf(const AVFrame *f) const;
    Error decodeError(int rc) const;

    QString m_path;
    InputContextPtr m_format;
    CodecContextPtr m_codec;
    AVStream *m_stream = nullptr;
    int m_streamIndex = -1;
    int m_rotation = 0;
    QSize m_displaySize;
    qint64 m_durationUs = 0;
    int64_t m_startPts = 0;
    int64_t m_frameDuration = 1; // stream time base units, best guess
    bool m_constantRate = false; // frames on a regular grid: safe to skip ones that cannot be on screen
    int64_t m_wantedPts = 0;     // the target of the decode in progress
    FramePtr m_current;          // last frame returned (pts <= target)
    FramePtr m_pending;          // first frame decoded past the target, kept for the next call
    bool m_haveCurrent = false;
    bool m_havePending = false;
    bool m_eof = false;     // the demuxer has no more packets (the decoder may still hold frames)
    bool m_drained = false; // the decoder has given its last frame
    PacketPtr m_packet;
    std::vector<int64_t> m_index; // sorted pts of every frame, built on first index access
    FrameConverter m_converter;
    Stats m_stats;
};

} // namespace montaj
