#include "tests/capture/capturetestsupport.h"

#include "core/media/ffmpeg.h"

#include <QFile>

#include <QtGlobal>
#include <cstring>

namespace montaj::test {
namespace {

struct Decoding
{
    InputContextPtr input;
    CodecContextPtr codec;
    int stream = -1;
    bool audio = false;

    bool open(const QString &path)
    {
        AVFormatContext *raw = nullptr;
        if (avformat_open_input(&raw, QFile::encodeName(path).constData(), nullptr, nullptr) < 0)
            return false;
        input.reset(raw);
        if (avformat_find_stream_info(raw, nullptr) < 0)
            return false;
        stream = av_find_best_stream(raw, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
        audio = av_find_best_stream(raw, AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0) >= 0;
        if (stream < 0)
            return false;
        const AVCodec *dec = avcodec_find_decoder(raw->streams[stream]->codecpar->codec_id);
        codec.reset(avcodec_alloc_context3(dec));
        avcodec_parameters_to_context(codec.get(), raw->streams[stream]->codecpar);
        codec->thread_count = 1;
        return avcodec_open2(codec.get(), dec, nullptr) >= 0;
    }

    // Calls f(frame) for each decoded picture until f returns false or the file ends.
    template<typename F>
    void each(F f)
    {
        PacketPtr packet = makePacket();
        FramePtr frame = makeFrame();
        bool draining = false;
        for (;;) {
            if (!draining) {
                if (av_read_frame(input.get(), packet.get()) < 0) {
                    draining = true; // the end, or the place where a killed file stops
                } else {
                    if (packet->stream_index == stream && avcodec_send_packet(codec.get(), packet.get()) < 0)
                        draining = true;
                    av_packet_unref(packet.get());
                }
                if (draining)
                    avcodec_send_packet(codec.get(), nullptr);
            }
            int rc = 0;
            while ((rc = avcodec_receive_frame(codec.get(), frame.get())) >= 0)
                if (!f(frame.get()))
                    return;
            if (rc == AVERROR_EOF || draining)
                return;
        }
    }
};

QImage toImage(const AVFrame *f)
{
    // swscale may write past a line's end: convert into FFmpeg's padded buffer, then copy.
    FramePtr rgb = makeFrame();
    rgb->format = AV_PIX_FMT_BGRA;
    rgb->width = f->width;
    rgb->height = f->height;
    if (av_frame_get_buffer(rgb.get(), 64) < 0)
        return {};
    SwsContext *sws = sws_getContext(f->width, f->height, AVPixelFormat(f->format), f->width, f->height,
                                     AV_PIX_FMT_BGRA, SWS_POINT, nullptr, nullptr, nullptr);
    sws_scale(sws, f->data, f->linesize, 0, f->height, rgb->data, rgb->linesize);
    sws_freeContext(sws);
    QImage image(f->width, f->height, QImage::Format_RGB32);
    for (int y = 0; y < f->height; ++y)
        memcpy(image.scanLine(y), rgb->data[0] + y * rgb->linesize[0], size_t(f->width) * 4);
    return image;
}

} // namespace

DecodeCount countDecodableFrames(const QString &path)
{
    av_log_set_level(AV_LOG_QUIET);
    Decoding d;
    DecodeCount out;
    if (!d.open(path))
        return out;
    out.audio = d.audio;
    const AVRational tb = d.input->streams[d.stream]->time_base;
    d.each([&](const AVFrame *f) {
        ++out.frames;
        if (f->best_effort_timestamp != AV_NOPTS_VALUE)
            out.lastPtsUs = av_rescale_q(f->best_effort_timestamp, tb, AVRational{1, 1'000'000});
        return true;
    });
    return out;
}

QImage decodedFrame(const QString &path, int index)
{
    Decoding d;
    if (!d.open(path))
        return {};
    QImage out;
    int n = 0;
    d.each([&](const AVFrame *f) {
        if (n++ < index)
            return true;
        out = toImage(f);
        return false;
    });
    return out;
}

int readFrameCode(const QImage &image)
{
    int number = 0;
    for (int bit = 0; bit < SyntheticSource::kCodeBits; ++bit) {
        const QRect r = SyntheticSource::codeBlock(image.size(), bit);
        if (qGray(image.pixel(r.center())) > 128)
            number |= 1 << bit;
    }
    return number;
}

char colourClass(QRgb c)
{
    const int r = qRed(c), g = qGreen(c), b = qBlue(c);
    if (r > 180 && g > 180 && b > 180)
        return 'w';
    if (r < 50 && g < 50 && b < 50)
        return 'k';
    if (r > 150 && g < 100 && b < 100)
        return 'r';
    if (g > 150 && r < 100 && b < 100)
        return 'g';
    if (b > 150 && r < 100 && g < 120)
        return 'b';
    return '?';
}

} // namespace montaj::test
