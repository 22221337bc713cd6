#include "core/media/movtexttrack.h"

#include "core/media/ffmpeg.h"

#include <QLocale>

#include <algorithm>

namespace montaj {
namespace {

// The style FFmpeg's timed-text encoder turns into the track's default text box (white text,
// centred at the bottom); players draw it in their own subtitle style.
constexpr char kAssHeader[] =
    "[Script Info]\r\nScriptType: v4.00+\r\nPlayResX: 384\r\nPlayResY: 288\r\n\r\n"
    "[V4+ Styles]\r\nFormat: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, "
    "BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, "
    "Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding\r\n"
    "Style: Default,Sans,16,&Hffffff,&Hffffff,&H0,&H0,0,0,0,0,100,100,0,0,1,1,0,2,10,10,10,0\r\n\r\n"
    "[Events]\r\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\r\n";

constexpr AVRational kMilliseconds{1, 1000};

} // namespace

MovTextTrack::~MovTextTrack()
{
    av_packet_free(&m_packet);
}

QString MovTextTrack::iso639Code(const QString &bcp47)
{
    if (bcp47.trimmed().isEmpty())
        return QStringLiteral("und");
    const QLocale locale(bcp47);
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return QStringLiteral("und");
    const QString code = QLocale::languageToCode(locale.language(), QLocale::ISO639Part2T);
    return code.size() == 3 ? code : QStringLiteral("und");
}

QByteArray MovTextTrack::sample(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.size() > 0xffff) {
        qsizetype cut = 0xffff;
        while (cut > 0 && (quint8(utf8[cut]) & 0xc0) == 0x80) // not inside a UTF-8 sequence
            --cut;
        utf8.truncate(cut);
    }
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append(char((utf8.size() >> 8) & 0xff));
    out.append(char(utf8.size() & 0xff));
    out.append(utf8);
    return out;
}

Result<std::unique_ptr<MovTextTrack>> MovTextTrack::add(AVFormatContext *format,
                                                        const SubtitleTrackSettings &settings)
{
    std::unique_ptr<MovTextTrack> track(new MovTextTrack);
    // Sorted, without empty or zero-length texts, and cut where the next one starts.
    QList<TimedText> texts;
    for (const TimedText &t : settings.texts)
        if (t.endUs > t.startUs && !t.text.trimmed().isEmpty())
            texts << t;
    std::stable_sort(texts.begin(), texts.end(),
                     [](const TimedText &a, const TimedText &b) { return a.startUs < b.startUs; });
    for (qsizetype i = 0; i + 1 < texts.size(); ++i)
        texts[i].endUs = std::min(texts[i].endUs, texts[i + 1].startUs);
    texts.removeIf([](const TimedText &t) { return t.endUs - t.startUs < 1000; }); // under 1 ms
    track->m_texts = texts;

    // The encoder is only asked for the sample description (extradata); the samples themselves are
    // plain text, written below without going through its ASS parser (which would read braces and
    // backslashes in the creator's words as style codes).
    const AVCodec *encoder = avcodec_find_encoder(AV_CODEC_ID_MOV_TEXT);
    if (!encoder)
        return Error(QStringLiteral("render.no_subtitle_encoder"),
                     tr("This build of FFmpeg cannot write MP4 subtitle tracks (mov_text)."));
    CodecContextPtr codec(avcodec_alloc_context3(encoder));
    codec->time_base = kMilliseconds;
    codec->subtitle_header = reinterpret_cast<uint8_t *>(av_strdup(kAssHeader));
    codec->subtitle_header_size = int(sizeof(kAssHeader) - 1);
    if (const int rc = avcodec_open2(codec.get(), encoder, nullptr); rc < 0)
        return Error(QStringLiteral("render.subtitle_encoder_failed"),
                     tr("The MP4 subtitle track could not be prepared (%1).").arg(ffmpegErrorText(rc)));
    track->m_stream = avformat_new_stream(format, nullptr);
    if (!track->m_stream)
        return Error(QStringLiteral("render.subtitle_stream_failed"),
                     tr("The MP4 subtitle track could not be added."));
    avcodec_parameters_from_context(track->m_stream->codecpar, codec.get());
    track->m_stream->time_base = kMilliseconds;
    av_dict_set(&track->m_stream->metadata, "language", iso639Code(settings.language).toLatin1().constData(),
                0);
    av_dict_set(&track->m_stream->metadata, "handler_name", "Captions", 0);
    track->m_packet = av_packet_alloc();
    return track;
}

Result<void> MovTextTrack::writeUntil(AVFormatContext *format, qint64 us)
{
    while (m_next < m_texts.size() && m_texts[m_next].startUs < us) {
        const TimedText &t = m_texts[m_next++];
        const QByteArray bytes = sample(t.text);
        av_packet_unref(m_packet);
        if (av_new_packet(m_packet, int(bytes.size())) < 0)
            return Error(QStringLiteral("render.no_memory"),
                         tr("There is not enough memory for the subtitles."));
        std::copy(bytes.begin(), bytes.end(), m_packet->data);
        m_packet->pts = m_packet->dts = av_rescale_q(t.startUs, AVRational{1, 1000000}, m_stream->time_base);
        m_packet->duration =
            av_rescale_q(t.endUs, AVRational{1, 1000000}, m_stream->time_base) - m_packet->pts;
        m_packet->flags |= AV_PKT_FLAG_KEY;
        m_packet->stream_index = m_stream->index;
        if (const int rc = av_interleaved_write_frame(format, m_packet); rc < 0)
            return Error(QStringLiteral("render.write_failed"),
                         tr("Writing the subtitle track failed (%1).").arg(ffmpegErrorText(rc)));
    }
    return {};
}

} // namespace montaj
