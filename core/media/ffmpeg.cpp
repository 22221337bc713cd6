#include "core/media/ffmpeg.h"

#include <QLoggingCategory>

#include <cstdio>
#include <mutex>

namespace montaj {

void OutputContextDeleter::operator()(AVFormatContext *c) const
{
    if (!c)
        return;
    if (c->pb && !(c->oformat->flags & AVFMT_NOFILE))
        avio_closep(&c->pb);
    avformat_free_context(c);
}

QString ffmpegErrorText(int errnum)
{
    char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(errnum, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

qint64 toMicroseconds(int64_t ts, AVRational timeBase)
{
    return av_rescale_q(ts, timeBase, AVRational{1, 1000000});
}

int64_t fromMicroseconds(qint64 us, AVRational timeBase)
{
    return av_rescale_q(us, AVRational{1, 1000000}, timeBase);
}

int64_t fromMicrosecondsFloor(qint64 us, AVRational timeBase)
{
    return av_rescale_q_rnd(us, AVRational{1, 1000000}, timeBase, AV_ROUND_DOWN);
}

qint64 toMicrosecondsCeil(int64_t ts, AVRational timeBase)
{
    return av_rescale_q_rnd(ts, timeBase, AVRational{1, 1000000}, AV_ROUND_UP);
}

namespace {

Q_LOGGING_CATEGORY(lcFfmpeg, "montaj.ffmpeg")

void forwardToQtLog(void *avcl, int level, const char *format, va_list args)
{
    if (level > av_log_get_level())
        return;
    char line[1024];
    int printPrefix = 1;
    av_log_format_line2(avcl, level, format, args, line, sizeof line, &printPrefix);
    const QString text = QString::fromUtf8(line).trimmed();
    if (text.isEmpty())
        return;
    if (level <= AV_LOG_ERROR)
        qCWarning(lcFfmpeg).noquote() << text;
    else
        qCDebug(lcFfmpeg).noquote() << text;
}

} // namespace

void initFfmpegLogging()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // FFmpeg's messages go through Qt logging (and so through the secret-redacting sink):
        // errors only unless MONTAJ_FFMPEG_LOG is set. Montaj reports failures itself.
        av_log_set_level(qEnvironmentVariableIsSet("MONTAJ_FFMPEG_LOG") ? AV_LOG_VERBOSE : AV_LOG_FATAL);
        av_log_set_callback(&forwardToQtLog);
    });
}

} // namespace montaj
