#pragma once

#include "core/sandbox/internal/sandboxcontext.h"

#include "core/sandbox/internal/delayedjobs.h"

#include <QObject>

namespace montaj::sandbox {

// Processes complete uploads after options.moderationDelayMs: probes the file (MediaProbe),
// applies MediaRules and the moderation_fail fault, then marks the publish FAILED with a
// fail_reason, PUBLISH_COMPLETE (a direct post, which creates the video) or SEND_TO_USER_INBOX, and
// deletes the uploaded bytes. Picks up unfinished work after a restart. Not the upload.
class MediaModerator : public QObject
{
    Q_OBJECT

public:
    explicit MediaModerator(SandboxContext &context, QObject *parent = nullptr);

    void schedule(const QString &publishId);
    void resumePending();

private:
    void process(const QString &publishId);

    SandboxContext &m_context;
    DelayedJobs m_jobs;
};

} // namespace montaj::sandbox
