#include "core/media/inputfile.h"

#include <QFileInfo>

#include <cmath>

namespace montaj {

Error InputFile::error(const QString &path, const QString &code, const QString &reason)
{
    return Error(code, tr("%1: %2").arg(QFileInfo(path).fileName(), reason),
                 {{QStringLiteral("file"), path}});
}

Result<InputContextPtr> InputFile::open(const QString &path)
{
    initFfmpegLogging();
    const QFileInfo info(path);
    if (!info.exists())
        return error(path, QStringLiteral("media.file_not_found"), tr("the file does not exist."));
    if (info.isDir())
        return error(path, QStringLiteral("media.not_a_file"), tr("this is a folder, not a media file."));
    if (!info.isReadable())
        return error(path, QStringLiteral("media.unreadable"),
                     tr("the file cannot be read (check its permissions)."));
    if (info.size() == 0)
        return error(path, QStringLiteral("media.empty_file"), tr("the file is empty (0 bytes)."));

    AVFormatContext *raw = nullptr;
    const QByteArray native = QFile::encodeName(path);
    int rc = avformat_open_input(&raw, native.constData(), nullptr, nullptr);
    if (rc < 0)
        return error(path, QStringLiteral("media.not_media"),
                     tr("not a media file Montaj can read, or it is damaged or truncated (%1).")
                         .arg(ffmpegErrorText(rc)));
    InputContextPtr format(raw);
    rc = avformat_find_stream_info(format.get(), nullptr);
    if (rc < 0)
        return error(path, QStringLiteral("media.damaged"),
                     tr("the file's streams cannot be read; it may be damaged or truncated (%1).")
                         .arg(ffmpegErrorText(rc)));
    if (format->nb_streams == 0)
        return error(path, QStringLiteral("media.no_streams"), tr("the file holds no audio or video."));
    return format;
}

int InputFile::bestVideoStream(AVFormatContext *format)
{
    int best = -1;
    int64_t bestPixels = -1;
    for (unsigned i = 0; i < format->nb_streams; ++i) {
        const AVStream *s = format->streams[i];
        if (s->codecpar->codec_type != AVMEDIA_TYPE_VIDEO || (s->disposition & AV_DISPOSITION_ATTACHED_PIC))
            continue;
        const int64_t pixels = int64_t(s->codecpar->width) * s->codecpar->height;
        if (pixels > bestPixels || (s->disposition & AV_DISPOSITION_DEFAULT && pixels == bestPixels)) {
            best = int(i);
            bestPixels = pixels;
        }
    }
    return best;
}

int InputFile::bestAudioStream(AVFormatContext *format)
{
    const int best = av_find_best_stream(format, AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
    return best >= 0 ? best : -1;
}

Result<CodecContextPtr> InputFile::openDecoder(const QString &path, AVStream *stream, int threads)
{
    const AVCodecParameters *p = stream->codecpar;
    if (p->codec_type == AVMEDIA_TYPE_VIDEO
        && (p->width <= 0 || p->height <= 0 || p->width > kMaxDimension || p->height > kMaxDimension))
        return error(path, QStringLiteral("media.absurd_dimensions"),
                     tr("its picture size %1×%2 is outside what Montaj handles (1 to %3 pixels a side).")
                         .arg(p->width)
                         .arg(p->height)
                         .arg(kMaxDimension));
    const AVCodec *codec = avcodec_find_decoder(stream->codecpar->codec_id);
    if (!codec) {
        const QString name = QString::fromUtf8(avcodec_get_name(stream->codecpar->codec_id));
        return error(path, QStringLiteral("media.unsupported_codec"),
                     stream->codecpar->codec_type == AVMEDIA_TYPE_AUDIO
                         ? tr("its audio codec “%1” cannot be decoded by this build of Montaj.").arg(name)
                         : tr("its video codec “%1” cannot be decoded by this build of Montaj.").arg(name));
    }
    CodecContextPtr context(avcodec_alloc_context3(codec));
    if (!context)
        return error(path, QStringLiteral("media.out_of_memory"), tr("out of memory."));
    int rc = avcodec_parameters_to_context(context.get(), stream->codecpar);
    if (rc >= 0) {
        context->pkt_timebase = stream->time_base;
        context->thread_count = threads;
        context->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
        rc = avcodec_open2(context.get(), codec, nullptr);
    }
    if (rc < 0)
        return error(path, QStringLiteral("media.decoder_failed"),
                     tr("the %1 decoder refused the stream (%2).")
                         .arg(QString::fromUtf8(codec->name), ffmpegErrorText(rc)));
    return context;
}

QSize InputFile::displaySizeOf(AVFormatContext *format, AVStream *stream)
{
    const AVCodecParameters *p = stream->codecpar;
    const AVRational sar = av_guess_sample_aspect_ratio(format, stream, nullptr);
    const double aspect = (sar.num > 0 && sar.den > 0) ? double(sar.num) / sar.den : 1.0;
    const int width = int(std::lround(double(p->width) * aspect));
    return (rotationOf(stream) % 180) ? QSize(p->height, width) : QSize(width, p->height);
}

int InputFile::rotationOf(const AVStream *stream)
{
    const uint8_t *matrix = av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, nullptr);
    if (!matrix)
        return 0;
    const double counterClockwise = av_display_rotation_get(reinterpret_cast<const int32_t *>(matrix));
    if (std::isnan(counterClockwise))
        return 0;
    const long quarterTurns = std::lround(-counterClockwise / 90.0);
    return int(((quarterTurns % 4) + 4) % 4) * 90;
}

} // namespace montaj
