#include "core/sandbox/internal/mediarules.h"

#include <algorithm>

namespace montaj::sandbox {

QString MediaRules::failReason(const MediaInfo &info, int creatorMaxDurationSec)
{
    const VideoStreamInfo *video = info.video();
    const bool container = info.container.contains(QLatin1String("mp4"))
                           || info.container.contains(QLatin1String("mov"))
                           || info.container.contains(QLatin1String("webm"));
    const bool codec = video
                       && (video->codec == QLatin1String("h264") || video->codec == QLatin1String("hevc")
                           || video->codec == QLatin1String("vp8") || video->codec == QLatin1String("vp9"));
    if (!container || !codec || video->stillImage)
        return QStringLiteral("file_format_check_failed");
    const QSize size = video->displaySize.isValid() ? video->displaySize : video->codedSize;
    if (std::min(size.width(), size.height()) < 360 || std::max(size.width(), size.height()) > 4096)
        return QStringLiteral("picture_size_check_failed");
    const double fps = video->fps();
    if (fps < 23.0 - 0.01 || fps > 60.0 + 0.01)
        return QStringLiteral("frame_rate_check_failed");
    const qint64 limitUs =
        qint64(std::min(600, creatorMaxDurationSec > 0 ? creatorMaxDurationSec : 600)) * 1000000;
    if (info.durationUs <= 0 || info.durationUs > limitUs)
        return QStringLiteral("duration_check_failed");
    return {};
}

QString MediaRules::photoFailReason(const MediaInfo &info, qint64 fileBytes)
{
    const VideoStreamInfo *picture = info.video();
    if (!picture || !picture->stillImage
        || (picture->codec != QLatin1String("mjpeg") && picture->codec != QLatin1String("webp")))
        return QStringLiteral("file_format_check_failed");
    const QSize size = picture->displaySize.isValid() ? picture->displaySize : picture->codedSize;
    if (fileBytes > kMaxPhotoBytes || size.isEmpty() || std::min(size.width(), size.height()) > 1080
        || std::max(size.width(), size.height()) > 1920)
        return QStringLiteral("picture_size_check_failed");
    return {};
}

} // namespace montaj::sandbox
