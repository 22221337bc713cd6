#include "core/publish/publisher/internal/mediarulecheck.h"

#include "core/platform/platformerror.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace montaj {
namespace {

Error refused(PlatformErrorKind kind, const QString &message, const MediaInfo &info, const QString &field)
{
    Error error = PlatformError::make(kind, {{QStringLiteral("file"), info.path},
                                             {QStringLiteral("field"), field},
                                             {QStringLiteral("checked"), QStringLiteral("local")}});
    error.message = message;
    return error;
}

QString seconds(qint64 us)
{
    return QLocale().toString(double(us) / 1e6, 'f', 1);
}

} // namespace

Result<void> MediaRuleCheck::check(const MediaInfo &info, const MediaLimits &limits, int creatorMaxSec,
                                   const QString &creatorName)
{
    const VideoStreamInfo *video = info.video();
    const QStringList containers = info.container.split(u',', Qt::SkipEmptyParts);
    const bool containerOk = limits.containers.isEmpty()
                             || std::any_of(containers.cbegin(), containers.cend(),
                                            [&](const QString &c) { return limits.containers.contains(c); });
    const bool codecOk = video && !video->stillImage
                         && (limits.videoCodecs.isEmpty() || limits.videoCodecs.contains(video->codec));
    if (!containerOk || !codecOk)
        return refused(PlatformErrorKind::FailFileFormat,
                       tr("%1 is not a video the platform accepts (container %2, codec %3). Use MP4, MOV "
                          "or WebM with %4.")
                           .arg(QFileInfo(info.path).fileName(), info.container,
                                video ? video->codec : tr("none"),
                                limits.videoCodecs.join(QStringLiteral(", "))),
                       info, QStringLiteral("format"));
    const QSize size = video->displaySize.isValid() ? video->displaySize : video->codedSize;
    const int shortSide = std::min(size.width(), size.height());
    const int longSide = std::max(size.width(), size.height());
    if ((limits.minSidePx > 0 && shortSide < limits.minSidePx)
        || (limits.maxSidePx > 0 && longSide > limits.maxSidePx))
        return refused(PlatformErrorKind::FailPictureSize,
                       tr("The picture is %1×%2 pixels; the platform accepts %3 to %4 pixels on each side.")
                           .arg(size.width())
                           .arg(size.height())
                           .arg(limits.minSidePx)
                           .arg(limits.maxSidePx),
                       info, QStringLiteral("size"));
    const double fps = video->fps();
    if ((limits.minFps > 0 && fps < limits.minFps - 0.01)
        || (limits.maxFps > 0 && fps > limits.maxFps + 0.01))
        return refused(PlatformErrorKind::FailFrameRate,
                       tr("The video runs at %1 fps; the platform accepts %2 to %3 fps.")
                           .arg(QLocale().toString(fps, 'f', 2))
                           .arg(limits.minFps)
                           .arg(limits.maxFps),
                       info, QStringLiteral("fps"));
    const qint64 platformMaxUs = qint64(limits.maxDurationSec) * 1000000;
    if (info.durationUs <= 0 || (platformMaxUs > 0 && info.durationUs > platformMaxUs))
        return refused(PlatformErrorKind::FailDuration,
                       tr("The video lasts %1 s; the platform accepts at most %2 s.")
                           .arg(seconds(info.durationUs), seconds(platformMaxUs)),
                       info, QStringLiteral("duration"));
    const qint64 creatorMaxUs = qint64(creatorMaxSec) * 1000000;
    if (creatorMaxUs > 0 && info.durationUs > creatorMaxUs)
        return refused(PlatformErrorKind::FailDuration,
                       tr("The video lasts %1 s; @%2 may post at most %3 s. Trim it and schedule it again.")
                           .arg(seconds(info.durationUs), creatorName, seconds(creatorMaxUs)),
                       info, QStringLiteral("duration"));
    if (limits.maxBytes > 0 && info.fileSize > limits.maxBytes)
        return refused(PlatformErrorKind::FailFileFormat,
                       tr("The video is %1; the platform accepts at most %2.")
                           .arg(QLocale().formattedDataSize(info.fileSize),
                                QLocale().formattedDataSize(limits.maxBytes)),
                       info, QStringLiteral("size_bytes"));
    return {};
}

} // namespace montaj
