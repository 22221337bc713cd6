#pragma once

#include "core/platform/chunkplan.h"
#include "core/platform/httpclient.h"
#include "core/platform/platformapi.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace montaj {
class PublishStatusPoller;
class Uploader;
} // namespace montaj

namespace montaj::bench {

// One publisher worker as a posting queue would run it, with its own grant: for each job,
// creator_info, video/init, upload (Uploader with a state file, resumed when it gives up on a
// transient failure), then status polling until PUBLISH_COMPLETE. init is not idempotent, so on an
// ambiguous init failure (5xx, lost connection: the server may have acted) it first looks for the
// job's title among the creator's posts and only initialises again when it is not there; a 429 was
// not acted on and is simply sent again. Benchmark code, not product code: no persistence of jobs,
// and the PlatformApi callbacks hold `this` (keep the worker alive until it is idle).
class PublishWorker : public QObject
{
    Q_OBJECT

public:
    struct Job
    {
        int index = 0;
        QString title;
    };
    using JobSource = std::function<std::optional<Job>()>;

    struct Stats
    {
        int jobs = 0;
        int initCalls = 0;          // initDirectPost calls (each may retry 429s inside the client)
        int initRateLimited = 0;    // init still refused with 429 after the client's retries: re-sent
        int ambiguousInits = 0;     // init failures the server may have acted on
        int postChecks = 0;         // video/list checks made before initialising again
        int foundByCheck = 0;       // …that found the post (so no second init)
        int uploadResumes = 0;      // Uploader gave up on a transient failure: resumed from its state
        int pollRestarts = 0;       // status polling gave up on a transient failure: restarted
        int republished = 0;        // publish FAILED with a retryable reason: a new init
        int creatorInfoRetries = 0; // creator_info failed after the client's retries: asked again
    };

    PublishWorker(PlatformApi *api, HttpClient *http, QString videoPath, ChunkPlan plan, QString stateDir,
                  JobSource jobs, QObject *parent = nullptr);
    ~PublishWorker() override;

    void start();
    const Stats &stats() const { return m_stats; }

Q_SIGNALS:
    void published(int jobIndex, const QString &publishId); // publishId empty: found by a post check
    void jobFailed(int jobIndex, const montaj::Error &error);
    void idle(); // no job left

private:
    void takeNext();
    void askCreatorInfo();
    void init();
    void onInit(const Result<UploadTicket> &ticket);
    void checkPosts();
    void upload(const UploadTicket &ticket);
    void onUploadFailed(const Error &error);
    void poll();
    void onPollFailed(const Error &error);
    void giveUp(const Error &error);
    void later(int ms, void (PublishWorker::*step)());
    QString statePath() const;

    PlatformApi *m_api = nullptr;
    HttpClient *m_http = nullptr;
    QString m_videoPath;
    ChunkPlan m_plan;
    QString m_stateDir;
    JobSource m_jobs;
    Stats m_stats;
    Job m_job;
    UploadTicket m_ticket;
    QPointer<Uploader> m_uploader;
    QPointer<PublishStatusPoller> m_poller;
};

} // namespace montaj::bench
