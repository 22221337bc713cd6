#include "core/platform/platformtypes.h"

#include "core/platform/chunkplan.h"

namespace montaj {

VideoSource VideoSource::fileUpload(const ChunkPlan &plan)
{
    VideoSource source;
    source.kind = Kind::FileUpload;
    source.videoSize = plan.fileSize();
    source.chunkSize = plan.chunkSize();
    source.totalChunkCount = plan.chunkCount();
    return source;
}

VideoSource VideoSource::pullFromUrl(const QUrl &url)
{
    VideoSource source;
    source.kind = Kind::PullFromUrl;
    source.videoUrl = url;
    return source;
}

PublishStatus::State PublishStatus::stateFromString(const QString &status)
{
    if (status == QLatin1String("PROCESSING_UPLOAD"))
        return State::ProcessingUpload;
    if (status == QLatin1String("PROCESSING_DOWNLOAD"))
        return State::ProcessingDownload;
    if (status == QLatin1String("SEND_TO_USER_INBOX"))
        return State::SendToUserInbox;
    if (status == QLatin1String("PUBLISH_COMPLETE"))
        return State::PublishComplete;
    if (status == QLatin1String("FAILED"))
        return State::Failed;
    return State::Unknown;
}

} // namespace montaj
