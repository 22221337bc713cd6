#include "core/media/videodecoder.h"

#include "core/media/inputfile.h"

#include <algorithm>
#include <cstdlib>

namespace montaj {

VideoDecoder::~VideoDecoder() = default;

Result<std::unique_ptr<VideoDecoder>> VideoDecoder::open(const QString &path, int threads)
{
    auto format = InputFile::open(path);
    if (!format)
        return format.error();
    const int index = InputFile::bestVideoStream(format->get());
    if (index < 0)
        return InputFile::error(path, QStringLiteral("media.no_video"), tr("it holds no video."));
    AVStream *stream = (*format)->streams[index];
    auto codec = InputFile::openDecoder(path, stream, threads);
    if (!codec)
        return codec.error();
    std::unique_ptr<VideoDecoder> d(new VideoDecoder);
    d->m_path = path;
    d->m_format = std::move(format).value();
    d->m_codec = std::move(codec).value();
    d->m_stream = stream;
    d->m_streamIndex = index;
    d->m_rotation = InputFile::rotationOf(stream);
    d->m_displaySize = InputFile::displaySizeOf(d->m_format.get(), stream);
    d->m_startPts = stream->start_time != AV_NOPTS_VALUE ? stream->start_time : 0;
    const AVRational fps = stream->avg_frame_rate.num > 0 ? stream->avg_frame_rate : stream->r_frame_rate;
    if (fps.num > 0 && fps.den > 0)
        d->m_frameDuration = std::max<int64_t>(1, av_rescale_q(1, av_inv_q(fps), stream->time_base));
    // Only a container that counts its frames proves a regular grid: frames × frame duration must
    // fill the stream. Matroska/WebM report the guessed rate as the average too, so a file with
    // dropped frames would look regular and frames that stay on screen longer would be skipped.
    const bool rateAgrees = stream->avg_frame_rate.num > 0 && stream->r_frame_rate.num > 0
                            && av_cmp_q(stream->avg_frame_rate, stream->r_frame_rate) == 0;
    const bool framesFill =
        stream->nb_frames > 0 && stream->duration > 0
        && std::llabs(stream->nb_frames * d->m_frameDuration - stream->duration) <= d->m_frameDuration;
    d->m_constantRate = rateAgrees && framesFill;
    d->m_durationUs = stream->duration != AV_NOPTS_VALUE ? toMicroseconds(stream->duration, stream->time_base)
                                                         : std::max<int64_t>(0, d->m_format->duration);
    d->m_current = makeFrame();
    d->m_pending = makeFrame();
    d->m_packet = makePacket();
    return d;
}

QSize VideoDecoder::codedSize() const
{
    return QSize(m_stream->codecpar->width, m_stream->codecpar->height);
}

AVRational VideoDecoder::frameRate() const
{
    return m_stream->avg_frame_rate.num > 0 ? m_stream->avg_frame_rate : m_stream->r_frame_rate;
}

int64_t VideoDecoder::ptsOf(const AVFrame *f) const
{
    return f->best_effort_timestamp != AV_NOPTS_VALUE ? f->best_effort_timestamp : f->pts;
}

qint64 VideoDecoder::currentTimeUs() const
{
    return m_haveCurrent ? toMicrosecondsCeil(ptsOf(m_current.get()) - m_startPts, m_stream->time_base) : 0;
}

Error VideoDecoder::decodeError(int rc) const
{
    return InputFile::error(m_path, QStringLiteral("media.decode_failed"),
                            tr("decoding failed (%1); the file may be damaged.").arg(ffmpegErrorText(rc)));
}

Result<void> VideoDecoder::seekTo(int64_t targetPts)
{
    ++m_stats.seeks;
    const int rc = av_seek_frame(m_format.get(), m_streamIndex, targetPts, AVSEEK_FLAG_BACKWARD);
    if (rc < 0
        && av_seek_frame(m_format.get(), m_streamIndex, targetPts, AVSEEK_FLAG_BACKWARD | AVSEEK_FLAG_ANY)
               < 0)
        return InputFile::error(m_path, QStringLiteral("media.seek_failed"),
                                tr("cannot seek in the file (%1).").arg(ffmpegErrorText(rc)));
    avcodec_flush_buffers(m_codec.get());
    m_haveCurrent = m_havePending = m_eof = m_drained = false;
    return {};
}

Result<bool> VideoDecoder::decodeNext(AVFrame *into)
{
    int badPackets = 0;
    for (;;) {
        int rc = avcodec_receive_frame(m_codec.get(), into);
        if (rc >= 0) {
            ++m_stats.framesDecoded;
            return true;
        }
        if (rc == AVERROR_EOF) {
            m_drained = true;
            return false;
        }
        if (rc != AVERROR(EAGAIN))
            return decodeError(rc);
        if (m_eof) {
            m_drained = true;
            return false;
        }
        rc = av_read_frame(m_format.get(), m_packet.get());
        if (rc < 0) {
            m_eof = true;
            avcodec_send_packet(m_codec.get(), nullptr); // drain what the decoder still holds
            continue;
        }
        if (m_packet->stream_index == m_streamIndex) {
            // Catching up to a target: a picture that no other picture refers to, and that ends
            // before the target starts, can never be on screen — let the decoder skip it. The
            // setting travels with each packet, also with frame threads.
            const bool skippable = m_constantRate && m_packet->pts != AV_NOPTS_VALUE
                                   && m_packet->pts + m_frameDuration <= m_wantedPts;
            m_codec->skip_frame = skippable ? AVDISCARD_NONREF : AVDISCARD_DEFAULT;
            rc = avcodec_send_packet(m_codec.get(), m_packet.get());
            if (rc < 0 && rc != AVERROR(EAGAIN) && ++badPackets > 64) {
                av_packet_unref(m_packet.get());
                return decodeError(rc); // a damaged packet is skipped; a damaged file is an error
            }
        }
        av_packet_unref(m_packet.get());
    }
}

Result<const AVFrame *> VideoDecoder::decodeUpTo(int64_t targetPts)
{
    m_wantedPts = targetPts;
    if (m_havePending) {
        if (ptsOf(m_pending.get()) > targetPts)
            return m_current.get();
        std::swap(m_current, m_pending);
        m_havePending = false;
        m_haveCurrent = true;
    }
    for (;;) {
        auto got = decodeNext(m_pending.get());
        if (!got)
            return got.error();
        if (!*got) {
            if (m_haveCurrent)
                return m_current.get();
            return InputFile::error(m_path, QStringLiteral("media.no_frames"),
                                    tr("no picture could be decoded at this position."));
        }
        if (ptsOf(m_pending.get()) <= targetPts || !m_haveCurrent) {
            // Before the first frame: the first frame is what is on screen.
            const bool pastTarget = ptsOf(m_pending.get()) > targetPts;
            std::swap(m_current, m_pending);
            m_haveCurrent = true;
            // On a regular frame grid the frame covering the target is known without decoding the
            // next one (which B-frame reordering and frame threads would make us wait for).
            if (pastTarget || (m_constantRate && ptsOf(m_current.get()) + m_frameDuration > targetPts))
                return m_current.get();
            continue;
        }
        m_havePending = true;
        return m_current.get();
    }
}

bool VideoDecoder::keyframeBetween(int64_t fromPts, int64_t toPts) const
{
    const AVIndexEntry *entry =
        avformat_index_get_entry_from_timestamp(m_stream, toPts, AVSEEK_FLAG_BACKWARD);
    if (!entry) // no index: decode on for up to two seconds, seek beyond that
        return toPts - fromPts > av_rescale_q(2, AVRational{1, 1}, m_stream->time_base);
    return entry->timestamp > fromPts + 2 * m_frameDuration;
}

Result<const AVFrame *> VideoDecoder::frameAt(qint64 timeUs)
{
    return frameAtPts(m_startPts + fromMicrosecondsFloor(std::max<qint64>(0, timeUs), m_stream->time_base));
}

Result<const AVFrame *> VideoDecoder::frameAtPts(int64_t target)
{
    if (m_haveCurrent && ptsOf(m_current.get()) <= target) {
        if ((m_havePending && ptsOf(m_pending.get()) > target) || (m_drained && !m_havePending))
            return m_current.get();
        if (!keyframeBetween(ptsOf(m_current.get()), target))
            return decodeUpTo(target);
    }
    // Seek to the keyframe before the target; if the container lands after it, step further back.
    int64_t seekPts = target;
    for (int attempt = 0; attempt < 4; ++attempt) {
        if (auto sought = seekTo(seekPts); !sought)
            return sought.error();
        auto frame = decodeUpTo(target);
        if (!frame || ptsOf(*frame) <= target || seekPts <= m_startPts)
            return frame;
        seekPts -= av_rescale_q(1 << attempt, AVRational{1, 1}, m_stream->time_base);
    }
    return decodeUpTo(target);
}

Result<const AVFrame *> VideoDecoder::keyframeNear(qint64 timeUs)
{
    const int64_t target = m_startPts + fromMicroseconds(std::max<qint64>(0, timeUs), m_stream->time_base);
    if (auto sought = seekTo(target); !sought)
        return sought.error();
    auto got = decodeNext(m_current.get());
    if (!got)
        return got.error();
    if (!*got)
        return frameAt(timeUs);
    m_haveCurrent = true;
    return m_current.get();
}

Result<void> VideoDecoder::buildIndex()
{
    if (!m_index.empty())
        return {};
    if (auto sought = seekTo(m_startPts); !sought)
        return sought;
    PacketPtr packet = makePacket();
    while (av_read_frame(m_format.get(), packet.get()) >= 0) {
        if (packet->stream_index == m_streamIndex && packet->pts != AV_NOPTS_VALUE)
            m_index.push_back(packet->pts);
        av_packet_unref(packet.get());
    }
    std::sort(m_index.begin(), m_index.end());
    m_index.erase(std::unique(m_index.begin(), m_index.end()), m_index.end());
    if (auto sought = seekTo(m_startPts); !sought)
        return sought;
    if (m_index.empty())
        return InputFile::error(m_path, QStringLiteral("media.no_frames"), tr("the video holds no frames."));
    return {};
}

Result<qint64> VideoDecoder::frameCount()
{
    if (auto built = buildIndex(); !built)
        return built.error();
    return qint64(m_index.size());
}

Result<qint64> VideoDecoder::timeOfIndex(qint64 index)
{
    if (auto built = buildIndex(); !built)
        return built.error();
    if (index < 0 || index >= qint64(m_index.size()))
        return InputFile::error(
            m_path, QStringLiteral("media.frame_out_of_range"),
            tr("frame %1 does not exist (the video has %2 frames).").arg(index).arg(m_index.size()));
    return toMicrosecondsCeil(m_index[size_t(index)] - m_startPts, m_stream->time_base);
}

Result<const AVFrame *> VideoDecoder::frameAtIndex(qint64 index)
{
    auto time = timeOfIndex(index);
    if (!time)
        return time.error();
    return frameAtPts(m_index[size_t(index)]); // the exact pts, not a rounded microsecond
}

Result<QImage> VideoDecoder::toImage(Result<const AVFrame *> frame, QSize size, Qt::AspectRatioMode mode)
{
    if (!frame)
        return frame.error();
    QImage image = m_converter.toImage(*frame, m_rotation, m_displaySize, size, mode);
    if (image.isNull())
        return InputFile::error(m_path, QStringLiteral("media.convert_failed"),
                                tr("the picture could not be converted."));
    return image;
}

Result<QImage> VideoDecoder::imageAt(qint64 timeUs, QSize size, Qt::AspectRatioMode mode)
{
    return toImage(frameAt(timeUs), size, mode);
}

Result<QImage> VideoDecoder::imageAtIndex(qint64 index, QSize size, Qt::AspectRatioMode mode)
{
    return toImage(frameAtIndex(index), size, mode);
}

Result<cv::Mat> VideoDecoder::matAt(qint64 timeUs, QSize size, Qt::AspectRatioMode mode)
{
    auto frame = frameAt(timeUs);
    if (!frame)
        return frame.error();
    cv::Mat mat = m_converter.toMat(*frame, m_rotation, m_displaySize, size, mode);
    if (mat.empty())
        return InputFile::error(m_path, QStringLiteral("media.convert_failed"),
                                tr("the picture could not be converted."));
    return mat;
}

} // namespace montaj
