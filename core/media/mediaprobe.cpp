#include "core/media/mediaprobe.h"

#include "core/media/ffmpeg.h"
#include "core/media/inputfile.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <vector>

namespace montaj {
namespace {

QString nameOr(const char *name)
{
    return name ? QString::fromUtf8(name) : QString();
}

QString profileName(const AVCodecParameters *p)
{
    return nameOr(avcodec_profile_name(p->codec_id, p->profile));
}

bool isStillCodec(AVCodecID id)
{
    return id == AV_CODEC_ID_MJPEG || id == AV_CODEC_ID_PNG || id == AV_CODEC_ID_WEBP || id == AV_CODEC_ID_BMP
           || id == AV_CODEC_ID_TIFF || id == AV_CODEC_ID_GIF;
}

// Reads up to `limit` packets of the stream and tells whether their spacing varies (VFR).
bool looksVariable(AVFormatContext *format, int streamIndex, int limit)
{
    std::vector<int64_t> pts;
    PacketPtr packet = makePacket();
    while (int(pts.size()) < limit && av_read_frame(format, packet.get()) >= 0) {
        if (packet->stream_index == streamIndex && packet->pts != AV_NOPTS_VALUE)
            pts.push_back(packet->pts);
        av_packet_unref(packet.get());
    }
    av_seek_frame(format, streamIndex, 0, AVSEEK_FLAG_BACKWARD);
    if (pts.size() < 8)
        return false;
    std::sort(pts.begin(), pts.end());
    int64_t smallest = INT64_MAX, largest = 0;
    for (size_t i = 1; i < pts.size(); ++i) {
        const int64_t d = pts[i] - pts[i - 1];
        if (d <= 0)
            continue;
        smallest = std::min(smallest, d);
        largest = std::max(largest, d);
    }
    return smallest != INT64_MAX && double(largest) > 1.5 * double(smallest);
}

} // namespace

Result<MediaInfo> MediaProbe::probe(const QString &path)
{
    auto opened = InputFile::open(path);
    if (!opened)
        return opened.error();
    AVFormatContext *format = opened->get();

    MediaInfo info;
    info.path = QFileInfo(path).absoluteFilePath();
    info.container = nameOr(format->iformat->name);
    info.durationUs = format->duration > 0 ? format->duration : 0; // AV_TIME_BASE is microseconds
    info.bitRate = format->bit_rate;
    info.fileSize = QFileInfo(path).size();

    const int videoIndex = InputFile::bestVideoStream(format);
    const int audioIndex = InputFile::bestAudioStream(format);
    QString unsupported;
    for (unsigned i = 0; i < format->nb_streams; ++i) {
        AVStream *s = format->streams[i];
        const AVCodecParameters *p = s->codecpar;
        const bool decodable = avcodec_find_decoder(p->codec_id) != nullptr;
        if (p->codec_type == AVMEDIA_TYPE_VIDEO && !(s->disposition & AV_DISPOSITION_ATTACHED_PIC)) {
            if (!decodable) {
                unsupported = nameOr(avcodec_get_name(p->codec_id));
                continue;
            }
            VideoStreamInfo v;
            v.index = int(i);
            v.codec = nameOr(avcodec_get_name(p->codec_id));
            v.profile = profileName(p);
            const auto pixFmt = AVPixelFormat(p->format);
            v.pixelFormat = nameOr(av_get_pix_fmt_name(pixFmt));
            if (const AVPixFmtDescriptor *d = av_pix_fmt_desc_get(pixFmt))
                v.bitDepth = d->comp[0].depth;
            v.codedSize = QSize(p->width, p->height);
            const AVRational sar = av_guess_sample_aspect_ratio(format, s, nullptr);
            if (sar.num > 0 && sar.den > 0) {
                v.sarNum = sar.num;
                v.sarDen = sar.den;
            }
            v.rotation = InputFile::rotationOf(s);
            v.displaySize = InputFile::displaySizeOf(format, s);
            const AVRational fps = s->avg_frame_rate.num > 0 ? s->avg_frame_rate : s->r_frame_rate;
            v.fpsNum = fps.num;
            v.fpsDen = fps.den > 0 ? fps.den : 1;
            v.stillImage = isStillCodec(p->codec_id) && (s->nb_frames <= 1)
                           && (info.container.contains(QLatin1String("pipe"))
                               || info.container == QLatin1String("image2"));
            if (v.stillImage) {
                v.fpsNum = 0;
                v.fpsDen = 1;
            }
            const qint64 streamDuration =
                s->duration != AV_NOPTS_VALUE ? toMicroseconds(s->duration, s->time_base) : info.durationUs;
            v.frameCount =
                s->nb_frames > 0
                    ? s->nb_frames
                    : (v.stillImage ? 1 : qint64(std::llround(double(streamDuration) * v.fps() / 1e6)));
            v.colorRange = nameOr(av_color_range_name(p->color_range));
            v.colorPrimaries = nameOr(av_color_primaries_name(p->color_primaries));
            v.colorTransfer = nameOr(av_color_transfer_name(p->color_trc));
            v.colorSpace = nameOr(av_color_space_name(p->color_space));
            if (int(i) == videoIndex)
                info.videoStreams.prepend(v);
            else
                info.videoStreams.append(v);
        } else if (p->codec_type == AVMEDIA_TYPE_AUDIO) {
            if (!decodable) {
                if (unsupported.isEmpty())
                    unsupported = nameOr(avcodec_get_name(p->codec_id));
                continue;
            }
            AudioStreamInfo a;
            a.index = int(i);
            a.codec = nameOr(avcodec_get_name(p->codec_id));
            a.sampleRate = p->sample_rate;
            a.channels = p->ch_layout.nb_channels;
            char layout[64] = {};
            if (av_channel_layout_describe(&p->ch_layout, layout, sizeof layout) > 0)
                a.channelLayout = QString::fromUtf8(layout);
            a.sampleFormat = nameOr(av_get_sample_fmt_name(AVSampleFormat(p->format)));
            if (int(i) == audioIndex)
                info.audioStreams.prepend(a);
            else
                info.audioStreams.append(a);
        }
    }
    if (!info.hasVideo() && !info.hasAudio()) {
        if (!unsupported.isEmpty())
            return InputFile::error(
                path, QStringLiteral("media.unsupported_codec"),
                tr("its codec “%1” cannot be decoded by this build of Montaj.").arg(unsupported));
        return InputFile::error(path, QStringLiteral("media.no_streams"),
                                tr("the file holds no audio or video."));
    }

    if (info.hasVideo()) {
        VideoStreamInfo &v = info.videoStreams.first();
        if (!v.stillImage)
            v.variableFrameRate = looksVariable(format, v.index, 240);
        // Prove a picture decodes: catches truncated and corrupt files early, with a clear message.
        auto decoder = InputFile::openDecoder(path, format->streams[v.index], 1);
        if (!decoder)
            return decoder.error();
        PacketPtr packet = makePacket();
        FramePtr frame = makeFrame();
        bool decoded = false;
        int packets = 0;
        while (!decoded && packets < 500) {
            const int rc = av_read_frame(format, packet.get());
            if (rc < 0) {
                avcodec_send_packet(decoder->get(), nullptr);
            } else if (packet->stream_index != v.index) {
                av_packet_unref(packet.get());
                continue;
            } else {
                ++packets;
                avcodec_send_packet(decoder->get(), packet.get());
                av_packet_unref(packet.get());
            }
            decoded = avcodec_receive_frame(decoder->get(), frame.get()) >= 0;
            if (rc < 0)
                break;
        }
        if (!decoded)
            return InputFile::error(path, QStringLiteral("media.undecodable"),
                                    tr("no picture in it can be decoded; the file is damaged or truncated."));
        if (info.durationUs <= 0 && !v.stillImage)
            return InputFile::error(path, QStringLiteral("media.no_duration"),
                                    tr("its length cannot be determined; the file is damaged or truncated."));
    }
    return info;
}

} // namespace montaj
