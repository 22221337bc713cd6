#include "core/platform/internal/curltransfer.h"

#include "core/platform/platformerror.h"

#include <QHostAddress>

#include <cstring>

namespace montaj {
namespace {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

long asLong(qint64 value)
{
    return long(value);
}

} // namespace

CurlTransfer::CurlTransfer(quint64 id, HttpRequest request)
    : m_id(id)
    , m_request(std::move(request))
{}

CurlTransfer::~CurlTransfer()
{
    if (m_easy)
        curl_easy_cleanup(m_easy);
    if (m_headerList)
        curl_slist_free_all(m_headerList);
}

Result<void> CurlTransfer::prepare()
{
    m_clock.start();
    const QVariantMap where{{QStringLiteral("path"), m_request.url.path()}};
    if (!m_request.url.isValid()
        || (m_request.url.scheme() != QLatin1String("https")
            && m_request.url.scheme() != QLatin1String("http")))
        return PlatformError::make(PlatformErrorKind::InvalidRequest, where);
    if (!m_request.bodyFilePath.isEmpty()) {
        m_file.setFileName(m_request.bodyFilePath);
        if (!m_file.open(QIODevice::ReadOnly) || m_request.bodyFileOffset < 0 || m_request.bodyFileLength < 0
            || m_request.bodyFileOffset + m_request.bodyFileLength > m_file.size()
            || !m_file.seek(m_request.bodyFileOffset)) {
            QVariantMap context = where;
            context.insert(QStringLiteral("file"), m_request.bodyFilePath);
            return PlatformError::make(PlatformErrorKind::FileReadFailed, context);
        }
    }
    m_easy = curl_easy_init();
    if (!m_easy)
        return PlatformError::make(PlatformErrorKind::NetworkFailure, where);

    const QByteArray url = m_request.url.toEncoded();
    curl_easy_setopt(m_easy, CURLOPT_URL, url.constData()); // curl copies strings
    curl_easy_setopt(m_easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(m_easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(m_easy, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(m_easy, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(m_easy, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(m_easy, CURLOPT_USERAGENT, "Montaj");
    curl_easy_setopt(m_easy, CURLOPT_ERRORBUFFER, m_errorBuffer);
    curl_easy_setopt(m_easy, CURLOPT_CONNECTTIMEOUT_MS, asLong(m_request.connectTimeout.count()));
    if (m_request.totalTimeout.count() > 0)
        curl_easy_setopt(m_easy, CURLOPT_TIMEOUT_MS, asLong(m_request.totalTimeout.count()));
    if (m_request.stallTimeout.count() > 0) {
        curl_easy_setopt(m_easy, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(m_easy, CURLOPT_LOW_SPEED_TIME,
                         qMax(1L, asLong(m_request.stallTimeout.count() / 1000)));
    }
    if (isLoopback(m_request.url)) // proxies come from the environment, but never for this computer
        curl_easy_setopt(m_easy, CURLOPT_NOPROXY, "*");
    if (m_request.followRedirects) {
        curl_easy_setopt(m_easy, CURLOPT_FOLLOWLOCATION, 1L);
        curl_easy_setopt(m_easy, CURLOPT_MAXREDIRS, 5L);
        curl_easy_setopt(m_easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    }
    curl_easy_setopt(m_easy, CURLOPT_WRITEFUNCTION, &CurlTransfer::onWrite);
    curl_easy_setopt(m_easy, CURLOPT_WRITEDATA, this);
    curl_easy_setopt(m_easy, CURLOPT_HEADERFUNCTION, &CurlTransfer::onHeader);
    curl_easy_setopt(m_easy, CURLOPT_HEADERDATA, this);
    curl_easy_setopt(m_easy, CURLOPT_XFERINFOFUNCTION, &CurlTransfer::onProgress);
    curl_easy_setopt(m_easy, CURLOPT_XFERINFODATA, this);
    curl_easy_setopt(m_easy, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(m_easy, CURLOPT_PRIVATE, this);

    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        // "Name;" is curl's way to send a header with an empty value.
        const QByteArray line = value.isEmpty() ? QByteArray(name + ';') : QByteArray(name + ": " + value);
        m_headerList = curl_slist_append(m_headerList, line.constData());
    }
    m_headerList = curl_slist_append(m_headerList, "Expect:"); // no 100-continue round trip
    curl_easy_setopt(m_easy, CURLOPT_HTTPHEADER, m_headerList);
    configureMethod();
    return {};
}

void CurlTransfer::configureMethod()
{
    const QByteArray method = m_request.method.toUpper();
    const bool body = m_request.hasBody() || method == "POST" || method == "PUT";
    if (body) {
        curl_easy_setopt(m_easy, CURLOPT_READFUNCTION, &CurlTransfer::onRead);
        curl_easy_setopt(m_easy, CURLOPT_READDATA, this);
        curl_easy_setopt(m_easy, CURLOPT_SEEKFUNCTION, &CurlTransfer::onSeek);
        curl_easy_setopt(m_easy, CURLOPT_SEEKDATA, this);
    }
    const auto size = curl_off_t(m_request.bodySize());
    if (method == "GET" && !body) {
        curl_easy_setopt(m_easy, CURLOPT_HTTPGET, 1L);
    } else if (method == "HEAD") {
        curl_easy_setopt(m_easy, CURLOPT_NOBODY, 1L);
    } else if (method == "POST") {
        curl_easy_setopt(m_easy, CURLOPT_POST, 1L);
        curl_easy_setopt(m_easy, CURLOPT_POSTFIELDSIZE_LARGE, size);
    } else if (body) {
        curl_easy_setopt(m_easy, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(m_easy, CURLOPT_INFILESIZE_LARGE, size);
        if (method != "PUT")
            curl_easy_setopt(m_easy, CURLOPT_CUSTOMREQUEST, method.constData());
    } else {
        curl_easy_setopt(m_easy, CURLOPT_CUSTOMREQUEST, method.constData());
    }
}

size_t CurlTransfer::onWrite(char *data, size_t size, size_t count, void *self)
{
    auto *transfer = static_cast<CurlTransfer *>(self);
    const size_t bytes = size * count;
    if (transfer->m_response.body.size() + qint64(bytes) > transfer->m_request.maxResponseBytes) {
        transfer->m_tooLarge = true;
        return 0; // aborts with CURLE_WRITE_ERROR
    }
    transfer->m_response.body.append(data, qsizetype(bytes));
    return bytes;
}

size_t CurlTransfer::onHeader(char *data, size_t size, size_t count, void *self)
{
    auto *transfer = static_cast<CurlTransfer *>(self);
    const size_t bytes = size * count;
    const QByteArray line = QByteArray(data, qsizetype(bytes)).trimmed();
    if (line.startsWith("HTTP/")) {
        transfer->m_response.headers.clear(); // a new response (after a redirect or an interim 1xx)
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        transfer->m_response.headers.append(
            {line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return bytes;
}

size_t CurlTransfer::onRead(char *buffer, size_t size, size_t count, void *self)
{
    auto *transfer = static_cast<CurlTransfer *>(self);
    const qint64 remaining = transfer->m_request.bodySize() - transfer->m_readPosition;
    const qint64 wanted = qMin(remaining, qint64(size * count));
    if (wanted <= 0)
        return 0;
    if (transfer->m_request.bodyFilePath.isEmpty()) {
        std::memcpy(buffer, transfer->m_request.body.constData() + transfer->m_readPosition, size_t(wanted));
        transfer->m_readPosition += wanted;
        return size_t(wanted);
    }
    const qint64 got = transfer->m_file.read(buffer, wanted);
    if (got <= 0) { // the file shrank or failed under us
        transfer->m_readFailed = true;
        return CURL_READFUNC_ABORT;
    }
    transfer->m_readPosition += got;
    return size_t(got);
}

int CurlTransfer::onSeek(void *self, curl_off_t offset, int origin)
{
    auto *transfer = static_cast<CurlTransfer *>(self);
    if (origin != SEEK_SET || offset < 0 || offset > transfer->m_request.bodySize())
        return CURL_SEEKFUNC_CANTSEEK;
    if (!transfer->m_request.bodyFilePath.isEmpty()
        && !transfer->m_file.seek(transfer->m_request.bodyFileOffset + qint64(offset)))
        return CURL_SEEKFUNC_FAIL;
    transfer->m_readPosition = qint64(offset);
    return CURL_SEEKFUNC_OK;
}

int CurlTransfer::onProgress(void *self, curl_off_t, curl_off_t, curl_off_t, curl_off_t uploaded)
{
    static_cast<CurlTransfer *>(self)->m_uploaded = qint64(uploaded);
    return 0;
}

bool CurlTransfer::takeProgress(qint64 intervalMs, qint64 *sent, qint64 *total)
{
    if (m_uploaded == m_reportedUploaded || !m_request.hasBody())
        return false;
    const qint64 now = m_clock.elapsed();
    if (now - m_lastReportMs < intervalMs && m_uploaded < m_request.bodySize())
        return false;
    m_lastReportMs = now;
    m_reportedUploaded = m_uploaded;
    *sent = m_uploaded;
    *total = m_request.bodySize();
    return true;
}

Result<HttpResponse> CurlTransfer::finish(CURLcode code)
{
    m_response.durationMs = m_clock.elapsed();
    if (code != CURLE_OK)
        return transportError(code);
    long status = 0;
    curl_easy_getinfo(m_easy, CURLINFO_RESPONSE_CODE, &status);
    m_response.status = int(status);
    return std::move(m_response);
}

Error CurlTransfer::transportError(CURLcode code) const
{
    // Only the path and curl's own error text: never the query, headers or body.
    QVariantMap where{{QStringLiteral("path"), m_request.url.path()},
                      {QStringLiteral("curl"), QString::fromUtf8(curl_easy_strerror(code))}};
    if (m_readFailed) {
        where.insert(QStringLiteral("file"), m_request.bodyFilePath);
        return PlatformError::make(PlatformErrorKind::FileReadFailed, where);
    }
    if (m_tooLarge)
        return PlatformError::make(PlatformErrorKind::MalformedResponse, where);
    switch (code) {
    case CURLE_OPERATION_TIMEDOUT: return PlatformError::make(PlatformErrorKind::NetworkTimeout, where);
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS: return PlatformError::make(PlatformErrorKind::TlsFailure, where);
    case CURLE_ABORTED_BY_CALLBACK: return PlatformError::make(PlatformErrorKind::Cancelled, where);
    case CURLE_READ_ERROR: return PlatformError::make(PlatformErrorKind::FileReadFailed, where);
    default: return PlatformError::make(PlatformErrorKind::NetworkFailure, where);
    }
}

} // namespace montaj
