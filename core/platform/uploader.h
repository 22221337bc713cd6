#pragma once

#include "core/platform/httpclient.h"
#include "core/platform/platformtypes.h"
#include "core/platform/retrypolicy.h"
#include "core/platform/uploadstate.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>

namespace montaj {

// Sends a video to an upload URL in the chunks of its ChunkPlan, in order, with Content-Type,
// Content-Length and Content-Range. Resumes from what the server says it has (a 416's
// "Content-Range: bytes 0-N/TOTAL"), after a lost connection, or in a new process from the state
// file it keeps (upload URL, publish id, confirmed bytes: no tokens). Transient failures are
// retried with exponential backoff and full jitter, honouring Retry-After. Reports progress and
// throughput. Not the platform API calls around it (init, status: PlatformApi).
class Uploader : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxRealignments = 5; // 416s in a row without progress before giving up

    explicit Uploader(HttpClient *http, QObject *parent = nullptr);
    ~Uploader() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    // Where the resumable state is saved after every confirmed chunk (empty: not saved). It is
    // removed when the upload completes.
    void setStatePath(const QString &path) { m_statePath = path; }
    QString statePath() const { return m_statePath; }

    // Starts uploading `filePath` to `ticket` with the plan given to video/init.
    Result<void> start(const UploadTicket &ticket, const QString &filePath, const ChunkPlan &plan);
    // Continues the upload saved at `statePath` (which becomes statePath()).
    Result<void> resume(const QString &statePath);
    void cancel(); // emits failed("platform.cancelled")

    bool isRunning() const { return m_running; }
    UploadState state() const { return m_state; }
    static QString contentTypeFor(const QString &filePath); // by extension: mp4, mov, webm

Q_SIGNALS:
    void progress(qint64 confirmedBytes, qint64 sentBytes, qint64 totalBytes);
    void throughput(qint64 bytesPerSecond);
    void finished(const QString &publishId);
    void failed(const montaj::Error &error);

private:
    Result<void> begin(const QString &statePath);
    void sendNext();
    void onReply(Result<HttpResponse> reply, qint64 first, qint64 last);
    void onSent(qint64 chunkSent);
    void acceptConfirmed(qint64 confirmedBytes);
    void realignTo(const QByteArray &contentRange, const HttpResponse &reply);
    void retryOrFail(const Error &error);
    void complete();
    void fail(const Error &error);
    void persist();

    HttpClient *m_http = nullptr;
    RetryPolicy m_retry;
    QString m_statePath;
    UploadState m_state;
    bool m_running = false;
    HttpClient::RequestId m_request = 0;
    int m_failures = 0;     // consecutive failed tries of the current range
    int m_realignments = 0; // consecutive 416s without progress
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    std::deque<std::pair<qint64, qint64>> m_samples; // (ms, bytes sent in total) for throughput
};

} // namespace montaj
