#pragma once

#include "core/foundation/result.h"
#include "core/platform/platformtypes.h"

#include <QJsonObject>

namespace montaj {

// JSON shapes of the Content Posting and Display endpoints, both ways. Ids are read as strings
// (long ones were quoted before parsing, see jsonids.h). Internal to TikTokApi.
class TikTokJson
{
public:
    static QJsonObject postInfo(const PostInfo &post);
    static QJsonObject sourceInfo(const VideoSource &source);
    // The whole content/init body of a photo post.
    static QJsonObject photoPost(const PhotoPost &post);

    static Result<CreatorInfo> creatorInfo(const QJsonObject &data, const QString &path);
    static Result<UploadTicket> uploadTicket(const QJsonObject &data, const QString &path,
                                             bool needsUploadUrl);
    static Result<PublishStatus> publishStatus(const QJsonObject &data, const QString &path);
    static UserInfo userInfo(const QJsonObject &data);
    static VideoItem videoItem(const QJsonObject &video);
    static VideoPage videoPage(const QJsonObject &data);
    static QList<VideoItem> videos(const QJsonObject &data);
};

} // namespace montaj
