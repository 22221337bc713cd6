#pragma once

#include "core/foundation/result.h"
#include "core/media/ffmpeg.h"

#include <QCoreApplication>

#include <vector>

namespace montaj {

// A file's sound as a stream of interleaved float samples at the rate and channel count the caller
// asks for (resampled and remixed by libswresample), with sample-exact seeking. Used for export
// mixing and waveforms; not a player.
class AudioDecoder
{
    Q_DECLARE_TR_FUNCTIONS(AudioDecoder)

public:
    static Result<std::unique_ptr<AudioDecoder>> open(const QString &path, int sampleRate, int channels);
    ~AudioDecoder();
    AudioDecoder(const AudioDecoder &) = delete;
    AudioDecoder &operator=(const AudioDecoder &) = delete;

    int sampleRate() const { return m_rate; }
    int channels() const { return m_channels; }
    qint64 durationUs() const { return m_durationUs; }

    // The next read starts at timeUs (µs from the stream's start), exactly.
    Result<void> seek(qint64 timeUs);
    // Reads up to `frames` sample frames (each `channels` floats) into dst; returns how many were
    // read, 0 at the end of the stream.
    Result<qint64> read(float *dst, qint64 frames);

private:
    AudioDecoder() = default;
    Result<bool> decodeMore(); // false at end of stream
    int64_t presentationStart() const;
    Result<void> convert(const AVFrame *frame);

    QString m_path;
    InputContextPtr m_format;
    CodecContextPtr m_codec;
    AVStream *m_stream = nullptr;
    int m_streamIndex = -1;
    int m_rate = 48000;
    int m_channels = 2;
    qint64 m_durationUs = 0;
    SwrPtr m_swr;
    int m_swrInRate = 0;
    int m_swrInFormat = -1;
    AVChannelLayout m_swrInLayout{};
    std::vector<float> m_buffer; // decoded, converted samples not yet read
    size_t m_bufferStart = 0;    // first unread float in m_buffer
    qint64 m_skipFrames = 0;     // sample frames still to drop after a seek
    qint64 m_seekTarget = -1;    // output-sample position wanted after a seek, -1 when none
    bool m_eof = false;
    PacketPtr m_packet;
    FramePtr m_frame;
};

} // namespace montaj
