#pragma once

#include "core/foundation/result.h"
#include "core/platform/httptypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace montaj {

class CurlWorker;

// Outbound HTTP(S) on libcurl: one worker thread running a curl multi handle, any number of
// concurrent requests, TLS verification on, connect/total/stall timeouts, proxies from the
// environment (curl's default; never for loopback), cancellation. Results come back as callbacks
// in the thread of `context` (which must be alive in this client's thread, or outlive the
// request). Logs method, path, status and duration only: never queries, headers or bodies.
// Use it from the thread it lives in. Not the platform's API (TikTokApi) and not a server.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    using RequestId = quint64;
    using DoneCallback = std::function<void(Result<HttpResponse>)>;
    using ProgressCallback = std::function<void(qint64 sentBytes, qint64 totalBytes)>;

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override; // aborts pending requests; their callbacks are not called

    // Starts the request. `done` is called exactly once (unless this client or `context` is
    // destroyed first) with the response, whatever its status, or with a transport Error
    // ("platform.network_timeout", "platform.network_failure", "platform.tls_failure",
    // "platform.cancelled", "platform.file_read_failed"…). `progress` reports the request body.
    RequestId send(HttpRequest request, QObject *context, DoneCallback done, ProgressCallback progress = {});
    // Aborts the request; its callback gets "platform.cancelled" (queued, never re-entrantly).
    void cancel(RequestId id);
    int pendingCount() const { return int(m_pending.size()); }

private:
    struct Pending
    {
        QPointer<QObject> context;
        DoneCallback done;
        ProgressCallback progress;
        QByteArray method;
        QString path;
    };
    void deliver(RequestId id, Result<HttpResponse> result);
    void deliverProgress(RequestId id, qint64 sent, qint64 total);

    QHash<RequestId, Pending> m_pending;
    RequestId m_nextId = 1;
    std::unique_ptr<CurlWorker> m_worker;
};

} // namespace montaj
