#include "core/platform/internal/curlworker.h"

#include "core/platform/internal/curltransfer.h"
#include "core/platform/platformerror.h"

namespace montaj {
namespace {

constexpr int kPollTimeoutMs = 250;
constexpr qint64 kProgressIntervalMs = 100;

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

CurlWorker::CurlWorker(Completion completion, Progress progress)
    : m_completion(std::move(completion))
    , m_progress(std::move(progress))
{
    initCurlOnce();
    m_multi = curl_multi_init();
    m_thread = std::jthread([this](std::stop_token stop) { run(stop); });
}

CurlWorker::~CurlWorker()
{
    m_thread.request_stop();
    curl_multi_wakeup(m_multi);
    m_thread.join();
    for (auto &[id, transfer] : m_active)
        curl_multi_remove_handle(m_multi, transfer->handle());
    m_active.clear();
    curl_multi_cleanup(m_multi);
}

void CurlWorker::add(quint64 id, HttpRequest request, bool reportProgress)
{
    {
        std::lock_guard lock(m_mutex);
        m_queued.push_back({id, std::move(request), reportProgress});
    }
    curl_multi_wakeup(m_multi);
}

void CurlWorker::cancel(quint64 id)
{
    {
        std::lock_guard lock(m_mutex);
        m_cancelled.push_back(id);
    }
    curl_multi_wakeup(m_multi);
}

void CurlWorker::run(std::stop_token stop)
{
    while (!stop.stop_requested()) {
        takeQueued();
        int running = 0;
        curl_multi_perform(m_multi, &running);
        finishDone();
        reportProgress();
        int ready = 0;
        curl_multi_poll(m_multi, nullptr, 0, kPollTimeoutMs, &ready);
    }
}

void CurlWorker::takeQueued()
{
    std::vector<Queued> queued;
    std::vector<quint64> cancelled;
    {
        std::lock_guard lock(m_mutex);
        queued.swap(m_queued);
        cancelled.swap(m_cancelled);
    }
    for (Queued &item : queued) {
        auto transfer = std::make_unique<CurlTransfer>(item.id, std::move(item.request));
        if (Result<void> ready = transfer->prepare(); !ready) {
            m_completion(item.id, ready.error());
            continue;
        }
        curl_multi_add_handle(m_multi, transfer->handle());
        m_wantsProgress[item.id] = item.reportProgress;
        m_active.emplace(item.id, std::move(transfer));
    }
    for (quint64 id : cancelled)
        remove(id); // the client already told its caller
}

void CurlWorker::finishDone()
{
    int left = 0;
    while (CURLMsg *message = curl_multi_info_read(m_multi, &left)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        CurlTransfer *transfer = nullptr;
        curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, &transfer);
        if (!transfer)
            continue;
        const CURLcode code = message->data.result;
        const quint64 id = transfer->id();
        if (m_wantsProgress[id]) { // a last progress report before the completion
            qint64 sent = 0;
            qint64 total = 0;
            if (transfer->takeProgress(0, &sent, &total))
                m_progress(id, sent, total);
        }
        Result<HttpResponse> result = transfer->finish(code);
        remove(id);
        m_completion(id, std::move(result));
    }
}

void CurlWorker::reportProgress()
{
    for (auto &[id, transfer] : m_active) {
        qint64 sent = 0;
        qint64 total = 0;
        if (m_wantsProgress[id] && transfer->takeProgress(kProgressIntervalMs, &sent, &total))
            m_progress(id, sent, total);
    }
}

void CurlWorker::remove(quint64 id)
{
    const auto it = m_active.find(id);
    if (it == m_active.end())
        return;
    curl_multi_remove_handle(m_multi, it->second->handle());
    m_active.erase(it);
    m_wantsProgress.erase(id);
}

} // namespace montaj
