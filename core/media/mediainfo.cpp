#include "core/media/mediainfo.h"

#include <QJsonArray>

namespace montaj {
namespace {

QJsonObject sizeJson(QSize s)
{
    return {{QStringLiteral("width"), s.width()}, {QStringLiteral("height"), s.height()}};
}

QJsonObject videoJson(const VideoStreamInfo &v)
{
    return {
        {QStringLiteral("index"), v.index},
        {QStringLiteral("codec"), v.codec},
        {QStringLiteral("profile"), v.profile},
        {QStringLiteral("pixel_format"), v.pixelFormat},
        {QStringLiteral("bit_depth"), v.bitDepth},
        {QStringLiteral("coded_size"), sizeJson(v.codedSize)},
        {QStringLiteral("sample_aspect"), QStringLiteral("%1:%2").arg(v.sarNum).arg(v.sarDen)},
        {QStringLiteral("rotation"), v.rotation},
        {QStringLiteral("display_size"), sizeJson(v.displaySize)},
        {QStringLiteral("frame_rate"), QStringLiteral("%1/%2").arg(v.fpsNum).arg(v.fpsDen)},
        {QStringLiteral("fps"), v.fps()},
        {QStringLiteral("variable_frame_rate"), v.variableFrameRate},
        {QStringLiteral("frame_count"), v.frameCount},
        {QStringLiteral("still_image"), v.stillImage},
        {QStringLiteral("color_range"), v.colorRange},
        {QStringLiteral("color_primaries"), v.colorPrimaries},
        {QStringLiteral("color_transfer"), v.colorTransfer},
        {QStringLiteral("color_space"), v.colorSpace},
    };
}

QJsonObject audioJson(const AudioStreamInfo &a)
{
    return {
        {QStringLiteral("index"), a.index},
        {QStringLiteral("codec"), a.codec},
        {QStringLiteral("sample_rate"), a.sampleRate},
        {QStringLiteral("channels"), a.channels},
        {QStringLiteral("channel_layout"), a.channelLayout},
        {QStringLiteral("sample_format"), a.sampleFormat},
    };
}

} // namespace

QJsonObject MediaInfo::toJson() const
{
    QJsonArray video;
    for (const auto &v : videoStreams)
        video.append(videoJson(v));
    QJsonArray audio;
    for (const auto &a : audioStreams)
        audio.append(audioJson(a));
    return {
        {QStringLiteral("path"), path},
        {QStringLiteral("container"), container},
        {QStringLiteral("duration_us"), durationUs},
        {QStringLiteral("duration_s"), double(durationUs) / 1e6},
        {QStringLiteral("bit_rate"), bitRate},
        {QStringLiteral("file_size"), fileSize},
        {QStringLiteral("video_streams"), video},
        {QStringLiteral("audio_streams"), audio},
    };
}

} // namespace montaj
