#include "bench/libavseek.h"

#include "core/media/ffmpeg.h"

#include <QElapsedTimer>

namespace montaj::bench {

LibavSeekRun libavSeeks(const QString &file, const QList<qint64> &positionsUs, int threads)
{
    LibavSeekRun run;
    AVFormatContext *rawFormat = nullptr;
    if (avformat_open_input(&rawFormat, file.toUtf8().constData(), nullptr, nullptr) < 0) {
        run.error = QStringLiteral("cannot open %1").arg(file);
        return run;
    }
    InputContextPtr format(rawFormat);
    avformat_find_stream_info(format.get(), nullptr);
    const int index = av_find_best_stream(format.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (index < 0) {
        run.error = QStringLiteral("no video in %1").arg(file);
        return run;
    }
    AVStream *stream = format->streams[index];
    const AVCodec *decoder = avcodec_find_decoder(stream->codecpar->codec_id);
    CodecContextPtr codec(avcodec_alloc_context3(decoder));
    avcodec_parameters_to_context(codec.get(), stream->codecpar);
    codec->thread_count = threads;
    codec->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
    if (avcodec_open2(codec.get(), decoder, nullptr) < 0) {
        run.error = QStringLiteral("cannot open the decoder");
        return run;
    }
    const int64_t frameDuration = av_rescale_q(1, av_inv_q(stream->avg_frame_rate), stream->time_base);
    PacketPtr packet(av_packet_alloc());
    FramePtr frame(av_frame_alloc());
    qint64 frames = 0;
    QElapsedTimer timer;
    for (const qint64 us : positionsUs) {
        timer.start();
        const int64_t target = av_rescale_q(us, AVRational{1, 1'000'000}, stream->time_base);
        av_seek_frame(format.get(), index, target, AVSEEK_FLAG_BACKWARD);
        avcodec_flush_buffers(codec.get());
        bool draining = false;
        bool found = false;
        while (!found) {
            if (avcodec_receive_frame(codec.get(), frame.get()) >= 0) {
                ++frames;
                found = frame->best_effort_timestamp + frameDuration > target;
                continue;
            }
            if (draining || av_read_frame(format.get(), packet.get()) < 0)
                break;
            if (packet->stream_index == index) {
                if (packet->dts != AV_NOPTS_VALUE && packet->dts > target) {
                    avcodec_send_packet(codec.get(), nullptr);
                    draining = true;
                } else {
                    codec->skip_frame =
                        packet->pts + frameDuration <= target ? AVDISCARD_NONREF : AVDISCARD_DEFAULT;
                    avcodec_send_packet(codec.get(), packet.get());
                }
            }
            av_packet_unref(packet.get());
        }
        run.ms << double(timer.nsecsElapsed()) / 1e6;
        if (!found) {
            run.error = QStringLiteral("no frame at %1 µs").arg(us);
            return run;
        }
    }
    run.framesPerSeek = double(frames) / double(std::max<qsizetype>(1, positionsUs.size()));
    return run;
}

} // namespace montaj::bench
