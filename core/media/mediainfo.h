#pragma once

#include <QJsonObject>
#include <QList>
#include <QSize>
#include <QString>

#include <optional>

namespace montaj {

// One video stream as Montaj sees it: coded size, the upright display size (sample aspect and the
// phone's rotation applied), frame rate, colour facts.
struct VideoStreamInfo
{
    int index = -1;
    QString codec;       // "h264", "hevc", "vp9", "av1", "mjpeg", "png", …
    QString profile;     // "High", "Main 10", … (may be empty)
    QString pixelFormat; // "yuv420p", "yuv420p10le", …
    int bitDepth = 8;
    QSize codedSize;            // as stored
    int sarNum = 1, sarDen = 1; // sample (pixel) aspect ratio
    int rotation = 0;           // clockwise degrees to turn the stored picture upright: 0, 90, 180, 270
    QSize displaySize;          // upright, square pixels: what every preview and export shows
    int fpsNum = 0, fpsDen = 1; // average frame rate (0 when unknown, e.g. a still)
    bool variableFrameRate = false;
    qint64 frameCount = 0;   // from the container when known, else estimated from duration
    bool stillImage = false; // a single picture (JPEG/PNG/WebP)
    QString colorRange, colorPrimaries, colorTransfer, colorSpace;
    double fps() const { return fpsDen ? double(fpsNum) / fpsDen : 0.0; }
};

// One audio stream.
struct AudioStreamInfo
{
    int index = -1;
    QString codec; // "aac", "opus", "mp3", "pcm_s16le", …
    int sampleRate = 0;
    int channels = 0;
    QString channelLayout; // "stereo", "mono", "5.1", …
    QString sampleFormat;
};

// What a media file holds: container, duration and its streams. Produced by MediaProbe; plain
// data, cheap to copy, serialisable to JSON for `montajctl probe`.
struct MediaInfo
{
    QString path;
    QString container; // demuxer name: "mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm", "png_pipe", …
    qint64 durationUs = 0;
    qint64 bitRate = 0;
    qint64 fileSize = 0;
    QList<VideoStreamInfo> videoStreams;
    QList<AudioStreamInfo> audioStreams;

    bool hasVideo() const { return !videoStreams.isEmpty(); }
    bool hasAudio() const { return !audioStreams.isEmpty(); }
    // The stream Montaj uses: the container's best video / audio stream.
    const VideoStreamInfo *video() const { return videoStreams.isEmpty() ? nullptr : &videoStreams.first(); }
    const AudioStreamInfo *audio() const { return audioStreams.isEmpty() ? nullptr : &audioStreams.first(); }

    QJsonObject toJson() const;
};

} // namespace montaj
