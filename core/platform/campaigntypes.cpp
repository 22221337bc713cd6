#include "core/platform/campaigntypes.h"

namespace montaj {

DeliverableSubmission DeliverableSubmission::draftFromUrl(const QUrl &url)
{
    DeliverableSubmission submission;
    submission.kind = Kind::Draft;
    submission.draftUrl = url;
    return submission;
}

DeliverableSubmission DeliverableSubmission::draftFromInbox(const QString &publishId)
{
    DeliverableSubmission submission;
    submission.kind = Kind::Draft;
    submission.publishId = publishId;
    return submission;
}

DeliverableSubmission DeliverableSubmission::postedVideo(const QString &videoId)
{
    DeliverableSubmission submission;
    submission.kind = Kind::Post;
    submission.videoId = videoId;
    return submission;
}

} // namespace montaj
