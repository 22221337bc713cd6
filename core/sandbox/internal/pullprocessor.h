#pragma once

#include "core/sandbox/internal/sandboxcontext.h"
#include "core/sandbox/internal/sandboxrecords.h"

#include "core/sandbox/internal/delayedjobs.h"

#include <QObject>

#include <functional>

namespace montaj::sandbox {

// Finishes PULL_FROM_URL publishes (status PROCESSING_DOWNLOAD) after options.moderationDelayMs:
// a video is copied from the verified folder into the uploads and handed on to be processed like an
// upload (video_pull_failed when it is not there); the photos of a photo post are checked with
// MediaProbe and MediaRules (JPEG or WebP, ≤ 1080p, ≤ 20 MB) and the post ends PUBLISH_COMPLETE
// (DIRECT_POST, with a post id), SEND_TO_USER_INBOX (MEDIA_UPLOAD) or FAILED. Picks up unfinished
// pulls after a restart. Not the URL checks at init (VerifiedMedia).
class PullProcessor : public QObject
{
    Q_OBJECT

public:
    // `processUpload` gets the publish id of a pulled video, which is now a complete upload.
    PullProcessor(SandboxContext &context, std::function<void(const QString &publishId)> processUpload,
                  QObject *parent = nullptr);

    void schedule(const QString &publishId);
    void resumePending();

private:
    void process(const QString &publishId);
    void pullVideo(const SandboxPublish &publish, const PublishSource &source);
    void checkPhotos(const SandboxPublish &publish, const PublishSource &source);
    void fail(const QString &publishId, const QString &failReason);

    SandboxContext &m_context;
    std::function<void(const QString &publishId)> m_processUpload;
    DelayedJobs m_jobs;
};

} // namespace montaj::sandbox
