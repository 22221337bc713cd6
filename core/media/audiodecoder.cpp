#include "core/media/audiodecoder.h"

#include "core/media/inputfile.h"

#include <algorithm>
#include <cstring>

namespace montaj {

AudioDecoder::~AudioDecoder()
{
    av_channel_layout_uninit(&m_swrInLayout);
}

int64_t AudioDecoder::presentationStart() const
{
    // Encoders prime AAC/Opus/MP3 with samples stamped before zero, which the decoder drops; the
    // sound the listener hears starts at zero, or at the stream's start when that is later.
    const int64_t start = m_stream->start_time != AV_NOPTS_VALUE ? m_stream->start_time : 0;
    return std::max<int64_t>(0, start);
}

Result<std::unique_ptr<AudioDecoder>> AudioDecoder::open(const QString &path, int sampleRate, int channels)
{
    auto format = InputFile::open(path);
    if (!format)
        return format.error();
    const int index = InputFile::bestAudioStream(format->get());
    if (index < 0)
        return InputFile::error(path, QStringLiteral("media.no_audio"), tr("it holds no sound."));
    AVStream *stream = (*format)->streams[index];
    auto codec = InputFile::openDecoder(path, stream, 1);
    if (!codec)
        return codec.error();
    std::unique_ptr<AudioDecoder> d(new AudioDecoder);
    d->m_path = path;
    d->m_format = std::move(format).value();
    d->m_codec = std::move(codec).value();
    d->m_stream = stream;
    d->m_streamIndex = index;
    d->m_rate = sampleRate;
    d->m_channels = channels;
    d->m_durationUs = stream->duration != AV_NOPTS_VALUE ? toMicroseconds(stream->duration, stream->time_base)
                                                         : std::max<int64_t>(0, d->m_format->duration);
    d->m_packet = makePacket();
    d->m_frame = makeFrame();
    return d;
}

Result<void> AudioDecoder::seek(qint64 timeUs)
{
    // Start decoding a little early: transform codecs (AAC, MP3, Opus) need the previous frame to
    // rebuild the first one correctly. What precedes the target is dropped in decodeMore().
    constexpr qint64 kPrerollUs = 250'000;
    const int64_t start = presentationStart();
    const bool fromStart = timeUs <= kPrerollUs;
    // From the start: aim before zero so the priming packets (stamped negative) are read again.
    const int64_t target = fromStart ? start - fromMicroseconds(10'000'000, m_stream->time_base)
                                     : start + fromMicroseconds(timeUs - kPrerollUs, m_stream->time_base);
    int rc = av_seek_frame(m_format.get(), m_streamIndex, target, AVSEEK_FLAG_BACKWARD);
    if (rc < 0 && fromStart)
        rc = av_seek_frame(m_format.get(), m_streamIndex, start, AVSEEK_FLAG_BACKWARD);
    if (rc < 0)
        return InputFile::error(m_path, QStringLiteral("media.seek_failed"),
                                tr("cannot seek in the sound (%1).").arg(ffmpegErrorText(rc)));
    if (fromStart) {
        // A fresh decoder, so the encoder's priming samples are skipped exactly as on first open
        // (a flushed decoder forgets them).
        auto codec = InputFile::openDecoder(m_path, m_stream, 1);
        if (!codec)
            return codec.error();
        m_codec = std::move(codec).value();
    } else {
        avcodec_flush_buffers(m_codec.get());
    }
    m_swr.reset();
    m_buffer.clear();
    m_bufferStart = 0;
    m_eof = false;
    m_seekTarget = av_rescale(std::max<qint64>(0, timeUs), m_rate, 1000000);
    return {};
}

Result<void> AudioDecoder::convert(const AVFrame *frame)
{
    const bool sameInput = m_swr && m_swrInRate == frame->sample_rate && m_swrInFormat == frame->format
                           && av_channel_layout_compare(&m_swrInLayout, &frame->ch_layout) == 0;
    if (!sameInput) {
        AVChannelLayout out{};
        av_channel_layout_default(&out, m_channels);
        AVChannelLayout in{};
        av_channel_layout_copy(&in, &frame->ch_layout);
        SwrContext *raw = nullptr;
        int rc = swr_alloc_set_opts2(&raw, &out, AV_SAMPLE_FMT_FLT, m_rate, &in,
                                     AVSampleFormat(frame->format), frame->sample_rate, 0, nullptr);
        av_channel_layout_uninit(&out);
        const bool mono = in.nb_channels == 1;
        av_channel_layout_uninit(&in);
        SwrPtr swr(raw);
        if (mono && m_channels > 1 && rc >= 0) {
            // A mono recording plays at full level on every side (swresample would put it 3 dB down).
            std::vector<double> matrix(size_t(m_channels), 1.0);
            rc = swr_set_matrix(swr.get(), matrix.data(), 1);
        }
        if (rc >= 0)
            rc = swr_init(swr.get());
        if (rc < 0)
            return InputFile::error(m_path, QStringLiteral("media.resample_failed"),
                                    tr("the sound cannot be converted (%1).").arg(ffmpegErrorText(rc)));
        m_swr = std::move(swr);
        m_swrInRate = frame->sample_rate;
        m_swrInFormat = frame->format;
        av_channel_layout_uninit(&m_swrInLayout);
        av_channel_layout_copy(&m_swrInLayout, &frame->ch_layout);
    }
    const int capacity = swr_get_out_samples(m_swr.get(), frame ? frame->nb_samples : 0) + 32;
    const size_t at = m_buffer.size();
    m_buffer.resize(at + size_t(capacity) * size_t(m_channels));
    auto *out = reinterpret_cast<uint8_t *>(m_buffer.data() + at);
    const int got = swr_convert(m_swr.get(), &out, capacity,
                                const_cast<const uint8_t **>(frame->extended_data), frame->nb_samples);
    m_buffer.resize(at + size_t(std::max(0, got)) * size_t(m_channels));
    return {};
}

Result<bool> AudioDecoder::decodeMore()
{
    for (;;) {
        int rc = avcodec_receive_frame(m_codec.get(), m_frame.get());
        if (rc >= 0) {
            int64_t position = -1;
            if (m_seekTarget >= 0 && m_frame->best_effort_timestamp != AV_NOPTS_VALUE) {
                const int64_t start = presentationStart();
                position = av_rescale_q(m_frame->best_effort_timestamp - start, m_stream->time_base,
                                        AVRational{1, m_rate});
            }
            const size_t before = m_buffer.size();
            auto converted = convert(m_frame.get());
            av_frame_unref(m_frame.get());
            if (!converted)
                return converted.error();
            if (m_seekTarget >= 0 && position >= 0) {
                // Make the stream start exactly at the seek target: drop what precedes it, or fill
                // a gap before the first decoded sample with silence.
                const int64_t offset = m_seekTarget - position;
                const size_t channels = size_t(m_channels);
                if (offset > 0) {
                    const size_t drop = std::min(m_buffer.size() - before, size_t(offset) * channels);
                    m_buffer.erase(m_buffer.begin() + std::ptrdiff_t(before),
                                   m_buffer.begin() + std::ptrdiff_t(before + drop));
                    if (drop < size_t(offset) * channels)
                        continue; // the whole frame precedes the target: the target is in a later one
                } else if (offset < 0) {
                    m_buffer.insert(m_buffer.begin() + std::ptrdiff_t(before), size_t(-offset) * channels,
                                    0.0f);
                }
                m_seekTarget = -1;
            }
            return true;
        }
        if (rc == AVERROR_EOF) {
            m_eof = true;
            if (m_swr) { // what the resampler still holds
                const size_t at = m_buffer.size();
                m_buffer.resize(at + 4096 * size_t(m_channels));
                auto *out = reinterpret_cast<uint8_t *>(m_buffer.data() + at);
                const int got = swr_convert(m_swr.get(), &out, 4096, nullptr, 0);
                m_buffer.resize(at + size_t(std::max(0, got)) * size_t(m_channels));
            }
            return false;
        }
        if (rc != AVERROR(EAGAIN))
            return InputFile::error(m_path, QStringLiteral("media.decode_failed"),
                                    tr("decoding the sound failed (%1).").arg(ffmpegErrorText(rc)));
        rc = av_read_frame(m_format.get(), m_packet.get());
        if (rc < 0) {
            avcodec_send_packet(m_codec.get(), nullptr);
            continue;
        }
        if (m_packet->stream_index == m_streamIndex)
            avcodec_send_packet(m_codec.get(), m_packet.get()); // a damaged packet is skipped
        av_packet_unref(m_packet.get());
    }
}

Result<qint64> AudioDecoder::read(float *dst, qint64 frames)
{
    const size_t channels = size_t(m_channels);
    while (!m_eof && (m_buffer.size() - m_bufferStart) / channels < size_t(frames)) {
        auto more = decodeMore();
        if (!more)
            return more.error();
    }
    const size_t available = (m_buffer.size() - m_bufferStart) / channels;
    const size_t n = std::min(available, size_t(frames));
    std::memcpy(dst, m_buffer.data() + m_bufferStart, n * channels * sizeof(float));
    m_bufferStart += n * channels;
    if (m_bufferStart > (1u << 16) && m_bufferStart * 2 > m_buffer.size()) {
        m_buffer.erase(m_buffer.begin(), m_buffer.begin() + std::ptrdiff_t(m_bufferStart));
        m_bufferStart = 0;
    }
    return qint64(n);
}

} // namespace montaj
