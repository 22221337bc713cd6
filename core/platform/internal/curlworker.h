#pragma once

#include "core/foundation/result.h"
#include "core/platform/httptypes.h"

#include <curl/curl.h>

#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace montaj {

class CurlTransfer;

// The thread that drives one curl multi handle: takes requests and cancellations from any thread,
// runs the transfers, and reports completions and upload progress through callbacks invoked on
// its own thread. Internal to HttpClient, which turns those callbacks into queued calls.
class CurlWorker
{
public:
    using Completion = std::function<void(quint64 id, Result<HttpResponse> result)>;
    using Progress = std::function<void(quint64 id, qint64 sent, qint64 total)>;

    CurlWorker(Completion completion, Progress progress);
    ~CurlWorker(); // aborts what is still running, without completions
    CurlWorker(const CurlWorker &) = delete;
    CurlWorker &operator=(const CurlWorker &) = delete;

    void add(quint64 id, HttpRequest request, bool reportProgress);
    void cancel(quint64 id);

private:
    struct Queued
    {
        quint64 id;
        HttpRequest request;
        bool reportProgress;
    };
    void run(std::stop_token stop);
    void takeQueued();
    void finishDone();
    void reportProgress();
    void remove(quint64 id);

    Completion m_completion;
    Progress m_progress;
    CURLM *m_multi = nullptr;
    std::mutex m_mutex; // guards m_queued and m_cancelled
    std::vector<Queued> m_queued;
    std::vector<quint64> m_cancelled;
    // Worker thread only:
    std::unordered_map<quint64, std::unique_ptr<CurlTransfer>> m_active;
    std::unordered_map<quint64, bool> m_wantsProgress;
    std::jthread m_thread; // last: started after everything above exists
};

} // namespace montaj
