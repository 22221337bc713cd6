#pragma once

#include "core/foundation/result.h"
#include "core/platform/httptypes.h"

#include <QElapsedTimer>
#include <QFile>

#include <curl/curl.h>

namespace montaj {

// One libcurl easy handle with its request, body source and response buffers. Lives on the
// CurlWorker thread from prepare() to finish(). Internal to HttpClient.
class CurlTransfer
{
public:
    CurlTransfer(quint64 id, HttpRequest request);
    ~CurlTransfer();
    CurlTransfer(const CurlTransfer &) = delete;
    CurlTransfer &operator=(const CurlTransfer &) = delete;

    Result<void> prepare(); // creates and configures the easy handle, opens the body file
    CURL *handle() const { return m_easy; }
    quint64 id() const { return m_id; }
    Result<HttpResponse> finish(CURLcode code);

    // True when upload progress moved and at least `intervalMs` passed since the last report.
    bool takeProgress(qint64 intervalMs, qint64 *sent, qint64 *total);

private:
    static size_t onWrite(char *data, size_t size, size_t count, void *self);
    static size_t onHeader(char *data, size_t size, size_t count, void *self);
    static size_t onRead(char *buffer, size_t size, size_t count, void *self);
    static int onSeek(void *self, curl_off_t offset, int origin);
    static int onProgress(void *self, curl_off_t downloadTotal, curl_off_t downloaded, curl_off_t uploadTotal,
                          curl_off_t uploaded);
    void configureMethod();
    Error transportError(CURLcode code) const;

    quint64 m_id = 0;
    HttpRequest m_request;
    CURL *m_easy = nullptr;
    curl_slist *m_headerList = nullptr;
    QFile m_file;
    qint64 m_readPosition = 0; // within the body
    bool m_readFailed = false;
    bool m_tooLarge = false;
    HttpResponse m_response;
    QElapsedTimer m_clock;
    qint64 m_uploaded = 0;
    qint64 m_reportedUploaded = -1;
    qint64 m_lastReportMs = -1000000;
    char m_errorBuffer[CURL_ERROR_SIZE] = {};
};

} // namespace montaj
