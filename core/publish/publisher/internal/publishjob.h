#pragma once

#include "core/platform/platformapi.h"
#include "core/publish/posttypes.h"
#include "core/publish/publisher/internal/jobsettings.h"
#include "core/publish/publisher/internal/mediapreparer.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace montaj {

class AccountSessions;
class HttpClient;
class PublishStatusPoller;
class Uploader;
class WorkspaceStore;

// One claimed post on its way to the platform: a state machine that always starts from the progress
// persisted in the row, so a fresh claim, a retry and a takeover after a crash run the same code.
//   NotStarted → creator_info + checks → media (probe / render) → save InitSent → init
//     → save Uploading + publish id → upload (resume point saved per chunk) → save Processing → poll
//     → markPublished (ids and state in one transaction).
//   InitSent without a publish id (the answer was lost): look for the post on the platform first.
//   Uploading / Processing with a publish id: ask status/fetch first, then poll, resume the upload,
//     or initialise again only when the old publish provably cannot complete.
// Every write is fenced by the lease token; "publish.lease_lost" ends the job silently. Retryable
// failures go back to the schedule with a back-off; permanent ones fail the post with the reason.
// A transport error pauses the job until the publisher says the platform answers again.
// Lives in the publisher's thread. Not the scheduler (Publisher).
class PublishJob : public QObject
{
    Q_OBJECT

public:
    PublishJob(ClaimedPost claimed, WorkspaceStore *store, AccountSessions *sessions, HttpClient *http,
               JobSettings settings, QObject *parent = nullptr);
    ~PublishJob() override;

    QString postId() const { return m_claimed.post.id; }
    QString leaseToken() const { return m_claimed.leaseToken; }
    const WorkspaceAccount &account() const { return m_account; }
    bool isDone() const { return m_done; }
    bool isWaitingForNetwork() const { return m_waitingForNetwork; }

    void start();
    // Stop at the end of the current step and give the lease back (progress kept).
    void stop();
    // The lease was taken over: stop now, write nothing.
    void abandon();
    // The process is going away: give the lease back now, whatever is in flight.
    void releaseNow();
    // The platform answers again after a transport error: carry on from the persisted progress.
    void resumeAfterNetwork();

Q_SIGNALS:
    void progress(montaj::PublishStage stage, qint64 done, qint64 total);
    void published(const QString &platformPostId);
    void failed(const montaj::Error &error);
    void retrying(const QDateTime &nextAttemptUtc, const montaj::Error &error);
    void networkTrouble(const montaj::Error &error);
    void finished(); // always last, exactly once

private:
    // publishjob.cpp: lifecycle, routing, outcomes
    bool halted(); // true when the job must not go on (done, or stopping: then the lease is released)
    void route();
    void handleError(const Error &error);
    void waitForNetwork(const Error &error);
    void retryLater(const Error &error);
    void fail(const Error &error, const QJsonObject &detail = {});
    void finishPublished(const QString &publishId, const QString &platformPostId, const QJsonObject &detail);
    bool save(const QString &note = {}, const QJsonObject &detail = {});
    void release();
    void end();
    void interrupt();
    void later(std::chrono::milliseconds delay, std::function<void()> step);
    QString statePath() const;
    void removeWorkFiles();

    // publishjobsend.cpp: the way out (creator_info, media, init, upload, polling)
    void acquire();
    void onAcquired(const Result<PlatformApi *> &api);
    void beginFresh();
    void askCreatorInfo();
    void onCreatorInfo(const Result<CreatorInfo> &creator);
    void prepareMedia();
    void onMediaReady(const Result<PreparedMedia> &media);
    void init();
    void onInitAnswer(const Result<UploadTicket> &ticket);
    void resumeUpload();
    void onUploadProgress(qint64 confirmed, qint64 total);
    void onUploadFailed(const Error &error);
    void poll(std::chrono::milliseconds delay);
    void onPollFailed(const Error &error);
    void onFinalStatus(const PublishStatus &status);
    // publishjobrecovery.cpp: where a post with progress stands, and when a new init is safe
    void fetchStatusForResume();
    void onResumeStatusAnswer(const Result<PublishStatus> &status);
    void onResumeStatus(const PublishStatus &status);
    void reinit(const Error &why);
    void checkPlatform(bool secondLook);
    void onCheckAnswer(const Result<std::optional<VideoItem>> &found, bool secondLook);
    void onCheckNotFound(bool secondLook);

    ClaimedPost m_claimed;
    WorkspaceStore *m_store = nullptr;
    AccountSessions *m_sessions = nullptr;
    HttpClient *m_http = nullptr;
    JobSettings m_settings;
    WorkspaceAccount m_account;
    PlatformApi *m_api = nullptr; // owned by the AccountSessions, which outlive the publisher
    CreatorInfo m_creator;
    PreparedMedia m_media;
    MediaPreparer *m_preparer = nullptr;
    QPointer<Uploader> m_uploader;
    QPointer<PublishStatusPoller> m_poller;
    QTimer m_wait; // interruptible pauses (first poll, second platform check)
    std::function<void()> m_afterWait;
    std::optional<Error> m_uploadBroken; // the upload cannot go on: re-init unless the platform has it all
    qint64 m_savedConfirmed = -1;
    int m_networkResumes = 0;
    int m_reinits = 0;
    bool m_interruptible = false; // waiting on an uploader, poller, render or timer: stop() may end it now
    bool m_waitingForNetwork = false;
    bool m_stopRequested = false;
    bool m_done = false;
};

} // namespace montaj
