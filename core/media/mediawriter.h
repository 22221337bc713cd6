#pragma once

#include "core/foundation/result.h"
#include "core/media/ffmpeg.h"
#include "core/media/movtexttrack.h"

#include <QCoreApplication>
#include <QSize>

#include <vector>

namespace montaj {

// How to encode the picture: H.264 through libx264.
struct VideoEncodeSettings
{
    QSize size{1080, 1920};
    int fpsNum = 30, fpsDen = 1;
    int crf = 20;
    QString preset = QStringLiteral("medium"); // libx264 speed preset
    QString profile = QStringLiteral("high");
    QString tune; // libx264 tune ("zerolatency", "film", …); empty: none
    double keyframeSeconds = 2.0;
    int threads = 0; // 0: libx264 decides from the CPU count
};

// How to encode the sound: AAC-LC.
struct AudioEncodeSettings
{
    bool enabled = true;
    int sampleRate = 48000;
    int channels = 2;
    int bitRate = 192000;
};

// The file around the streams. Mp4Faststart (the default, for export) writes the index at the end
// and moves it to the front when finished: a file cut short has no index and does not play.
// FragmentedMp4 (empty moov, a moof + mdat fragment at each keyframe) and Matroska (a cluster at
// each keyframe) are crash-safe: what was written before a kill -9 decodes.
enum class MediaContainer { Mp4Faststart, FragmentedMp4, Matroska };

// A crash-safe container's fragment is on disk (handed to the operating system) as soon as it is
// complete: its length is the keyframe interval (VideoEncodeSettings::keyframeSeconds).
// An MP4 (faststart) may also carry a soft subtitle track.
struct ContainerSettings
{
    MediaContainer container = MediaContainer::Mp4Faststart;
    SubtitleTrackSettings subtitles; // empty: none
};

// Encodes yuv420p pictures and interleaved float sound into an MP4 (H.264 High + AAC), with the
// index moved to the front (faststart) so platforms and browsers can start playing before the end
// arrives — or, on request, into a crash-safe fragmented MP4 or Matroska file (ContainerSettings).
// Not a pipeline: the caller decides what each frame and sample is.
class MediaWriter
{
    Q_DECLARE_TR_FUNCTIONS(MediaWriter)

public:
    static Result<std::unique_ptr<MediaWriter>> create(const QString &path, const VideoEncodeSettings &video,
                                                       const AudioEncodeSettings &audio,
                                                       const ContainerSettings &container = {});
    ~MediaWriter();
    MediaWriter(const MediaWriter &) = delete;
    MediaWriter &operator=(const MediaWriter &) = delete;

    // A writable yuv420p frame of the output size, BT.709 limited range, for the caller to fill.
    AVFrame *frameToFill();
    // Encodes the filled frame as frame number `index` (its time is index / fps).
    Result<void> writeVideo(int64_t index);
    // Appends interleaved float samples (channels × frames).
    Result<void> writeAudio(const float *samples, qint64 frames);
    // Flushes both encoders and completes the file (faststart rewrites it once).
    Result<void> finish();

private:
    MediaWriter() = default;
    Result<void> drain(AVCodecContext *codec, AVStream *stream);
    Result<void> sendAudioFrame(int samples);
    Error failure(const QString &message, int rc) const;
    Result<void> writePacket(AVCodecContext *codec, AVStream *stream);

    QString m_path;
    OutputContextPtr m_format;
    CodecContextPtr m_video;
    CodecContextPtr m_audio;
    AVStream *m_videoStream = nullptr;
    AVStream *m_audioStream = nullptr;
    FramePtr m_videoFrame;
    FramePtr m_audioFrame;
    PacketPtr m_packet;
    std::vector<float> m_pendingAudio; // interleaved, fewer than one encoder frame
    int64_t m_audioSamplesSent = 0;
    bool m_finished = false;
    bool m_crashSafe = false;
    std::unique_ptr<MovTextTrack> m_subtitles;
};

} // namespace montaj
