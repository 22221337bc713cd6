#include "core/media/mediawriter.h"

#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace montaj {

MediaWriter::~MediaWriter() = default;

Error MediaWriter::failure(const QString &message, int rc) const
{
    // message: "%1" is the file name, "%2" FFmpeg's reason.
    return Error(QStringLiteral("render.write_failed"),
                 message.arg(QFileInfo(m_path).fileName(), ffmpegErrorText(rc)),
                 {{QStringLiteral("file"), m_path}});
}

Result<std::unique_ptr<MediaWriter>> MediaWriter::create(const QString &path,
                                                         const VideoEncodeSettings &video,
                                                         const AudioEncodeSettings &audio,
                                                         const ContainerSettings &container)
{
    initFfmpegLogging();
    std::unique_ptr<MediaWriter> w(new MediaWriter);
    w->m_path = path;
    const QByteArray native = QFile::encodeName(path);
    AVFormatContext *raw = nullptr;
    const bool matroska = container.container == MediaContainer::Matroska;
    int rc = avformat_alloc_output_context2(&raw, nullptr, matroska ? "matroska" : "mp4", native.constData());
    if (rc < 0)
        return w->failure(matroska ? tr("%1: the Matroska file could not be created (%2).")
                                   : tr("%1: the MP4 file could not be created (%2)."),
                          rc);
    w->m_format.reset(raw);
    w->m_crashSafe = container.container != MediaContainer::Mp4Faststart;

    const AVCodec *x264 = avcodec_find_encoder_by_name("libx264");
    if (!x264)
        return Error(QStringLiteral("render.no_h264_encoder"),
                     tr("This build of FFmpeg has no H.264 encoder (libx264)."));
    w->m_video.reset(avcodec_alloc_context3(x264));
    AVCodecContext *v = w->m_video.get();
    v->width = video.size.width();
    v->height = video.size.height();
    v->pix_fmt = AV_PIX_FMT_YUV420P;
    v->time_base = AVRational{video.fpsDen, video.fpsNum};
    v->framerate = AVRational{video.fpsNum, video.fpsDen};
    v->sample_aspect_ratio = AVRational{1, 1};
    v->gop_size = std::max(1, int(std::lround(video.keyframeSeconds * video.fpsNum / video.fpsDen)));
    v->color_range = AVCOL_RANGE_MPEG;
    v->color_primaries = AVCOL_PRI_BT709;
    v->color_trc = AVCOL_TRC_BT709;
    v->colorspace = AVCOL_SPC_BT709;
    v->thread_count = video.threads;
    if (w->m_format->oformat->flags & AVFMT_GLOBALHEADER)
        v->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    av_opt_set(v->priv_data, "preset", video.preset.toLatin1().constData(), 0);
    av_opt_set(v->priv_data, "profile", video.profile.toLatin1().constData(), 0);
    av_opt_set_double(v->priv_data, "crf", video.crf, 0);
    if (!video.tune.isEmpty())
        av_opt_set(v->priv_data, "tune", video.tune.toLatin1().constData(), 0);
    if ((rc = avcodec_open2(v, x264, nullptr)) < 0)
        return w->failure(tr("%1: the H.264 encoder could not start (%2)."), rc);
    w->m_videoStream = avformat_new_stream(w->m_format.get(), nullptr);
    avcodec_parameters_from_context(w->m_videoStream->codecpar, v);
    w->m_videoStream->time_base = v->time_base;
    w->m_videoStream->avg_frame_rate = v->framerate;

    if (audio.enabled) {
        const AVCodec *aac = avcodec_find_encoder(AV_CODEC_ID_AAC);
        if (!aac)
            return Error(QStringLiteral("render.no_aac_encoder"),
                         tr("This build of FFmpeg has no AAC encoder."));
        w->m_audio.reset(avcodec_alloc_context3(aac));
        AVCodecContext *a = w->m_audio.get();
        a->sample_fmt = AV_SAMPLE_FMT_FLTP;
        a->sample_rate = audio.sampleRate;
        av_channel_layout_default(&a->ch_layout, audio.channels);
        a->bit_rate = audio.bitRate;
        a->time_base = AVRational{1, audio.sampleRate};
        if (w->m_format->oformat->flags & AVFMT_GLOBALHEADER)
            a->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
        if ((rc = avcodec_open2(a, aac, nullptr)) < 0)
            return w->failure(tr("%1: the AAC encoder could not start (%2)."), rc);
        w->m_audioStream = avformat_new_stream(w->m_format.get(), nullptr);
        avcodec_parameters_from_context(w->m_audioStream->codecpar, a);
        w->m_audioStream->time_base = a->time_base;
        w->m_audioFrame = makeFrame();
        w->m_audioFrame->format = a->sample_fmt;
        w->m_audioFrame->sample_rate = a->sample_rate;
        w->m_audioFrame->nb_samples = a->frame_size;
        av_channel_layout_copy(&w->m_audioFrame->ch_layout, &a->ch_layout);
        if ((rc = av_frame_get_buffer(w->m_audioFrame.get(), 0)) < 0)
            return w->failure(tr("%1: no memory for the sound (%2)."), rc);
    }

    if (!container.subtitles.isEmpty()) {
        if (container.container != MediaContainer::Mp4Faststart)
            return Error(QStringLiteral("render.subtitles_unsupported"),
                         tr("A subtitle track can only be written into a finished MP4 file."));
        auto track = MovTextTrack::add(w->m_format.get(), container.subtitles);
        if (!track)
            return Error(track.error()).with(QStringLiteral("file"), path);
        w->m_subtitles = std::move(track).value();
    }

    if ((rc = avio_open(&w->m_format->pb, native.constData(), AVIO_FLAG_WRITE)) < 0)
        return w->failure(tr("%1: the file cannot be opened for writing (%2)."), rc);
    AVDictionary *options = nullptr;
    if (container.container == MediaContainer::Mp4Faststart)
        av_dict_set(&options, "movflags", "+faststart", 0);
    else if (container.container == MediaContainer::FragmentedMp4)
        av_dict_set(&options, "movflags", "+frag_keyframe+empty_moov+default_base_moof", 0);
    rc = avformat_write_header(w->m_format.get(), &options);
    av_dict_free(&options);
    if (rc < 0)
        return w->failure(tr("%1: the file header cannot be written (%2)."), rc);

    w->m_videoFrame = makeFrame();
    w->m_videoFrame->format = AV_PIX_FMT_YUV420P;
    w->m_videoFrame->width = v->width;
    w->m_videoFrame->height = v->height;
    w->m_videoFrame->color_range = AVCOL_RANGE_MPEG;
    w->m_videoFrame->colorspace = AVCOL_SPC_BT709;
    w->m_videoFrame->color_primaries = AVCOL_PRI_BT709;
    w->m_videoFrame->color_trc = AVCOL_TRC_BT709;
    if ((rc = av_frame_get_buffer(w->m_videoFrame.get(), 0)) < 0)
        return w->failure(tr("%1: no memory for the picture (%2)."), rc);
    w->m_packet = makePacket();
    return w;
}

AVFrame *MediaWriter::frameToFill()
{
    // The encoder may still reference the previous frame's buffers: get fresh ones if so.
    av_frame_make_writable(m_videoFrame.get());
    return m_videoFrame.get();
}

Result<void> MediaWriter::drain(AVCodecContext *codec, AVStream *stream)
{
    for (;;) {
        const int rc = avcodec_receive_packet(codec, m_packet.get());
        if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
            return {};
        if (rc < 0)
            return failure(tr("%1: encoding failed (%2)."), rc);
        if (auto written = writePacket(codec, stream); !written)
            return written;
    }
}

Result<void> MediaWriter::writePacket(AVCodecContext *codec, AVStream *stream)
{
    av_packet_rescale_ts(m_packet.get(), codec->time_base, stream->time_base);
    m_packet->stream_index = stream->index;
    const int written = av_interleaved_write_frame(m_format.get(), m_packet.get());
    if (written < 0)
        return failure(tr("%1: writing to the file failed (%2)."), written);
    // A crash-safe container keeps the fragment (cluster) in progress in memory and writes it out
    // whole when a video keyframe starts the next one: hand that to the operating system at once,
    // so a killed process keeps it. Between fragments there is nothing to flush and this is free.
    if (m_crashSafe)
        avio_flush(m_format->pb);
    return {};
}

Result<void> MediaWriter::writeVideo(int64_t index)
{
    if (m_subtitles) {
        const qint64 frameUs = av_rescale_q(index + 1, m_video->time_base, AVRational{1, 1000000});
        if (auto written = m_subtitles->writeUntil(m_format.get(), frameUs); !written)
            return written;
    }
    m_videoFrame->pts = index;
    const int rc = avcodec_send_frame(m_video.get(), m_videoFrame.get());
    if (rc < 0)
        return failure(tr("%1: a picture could not be encoded (%2)."), rc);
    return drain(m_video.get(), m_videoStream);
}

Result<void> MediaWriter::sendAudioFrame(int samples)
{
    AVFrame *f = m_audioFrame.get();
    if (int rc = av_frame_make_writable(f); rc < 0)
        return failure(tr("%1: no memory for the sound (%2)."), rc);
    const int channels = m_audio->ch_layout.nb_channels;
    f->nb_samples = samples;
    for (int c = 0; c < channels; ++c) {
        auto *plane = reinterpret_cast<float *>(f->data[c]);
        for (int i = 0; i < samples; ++i)
            plane[i] = m_pendingAudio[size_t(i * channels + c)];
    }
    f->pts = m_audioSamplesSent;
    m_audioSamplesSent += samples;
    m_pendingAudio.erase(m_pendingAudio.begin(), m_pendingAudio.begin() + std::ptrdiff_t(samples * channels));
    const int rc = avcodec_send_frame(m_audio.get(), f);
    if (rc < 0)
        return failure(tr("%1: the sound could not be encoded (%2)."), rc);
    return drain(m_audio.get(), m_audioStream);
}

Result<void> MediaWriter::writeAudio(const float *samples, qint64 frames)
{
    if (!m_audio)
        return {};
    const int channels = m_audio->ch_layout.nb_channels;
    m_pendingAudio.insert(m_pendingAudio.end(), samples, samples + frames * channels);
    const int frameSize = m_audio->frame_size;
    while (m_pendingAudio.size() >= size_t(frameSize * channels))
        if (auto sent = sendAudioFrame(frameSize); !sent)
            return sent;
    return {};
}

Result<void> MediaWriter::finish()
{
    if (m_finished)
        return {};
    m_finished = true;
    if (m_audio) {
        const int channels = m_audio->ch_layout.nb_channels;
        if (!m_pendingAudio.empty())
            if (auto sent = sendAudioFrame(int(m_pendingAudio.size()) / channels); !sent)
                return sent;
        avcodec_send_frame(m_audio.get(), nullptr);
        if (auto drained = drain(m_audio.get(), m_audioStream); !drained)
            return drained;
    }
    avcodec_send_frame(m_video.get(), nullptr);
    if (auto drained = drain(m_video.get(), m_videoStream); !drained)
        return drained;
    if (m_subtitles)
        if (auto written = m_subtitles->writeUntil(m_format.get(), INT64_MAX); !written)
            return written;
    if (const int rc = av_write_trailer(m_format.get()); rc < 0)
        return failure(tr("%1: the file could not be completed (%2)."), rc);
    return {};
}

} // namespace montaj
