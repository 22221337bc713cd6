#include "core/platform/uploader.h"

#include "core/platform/internal/platformlog.h"
#include "core/platform/platformerror.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace montaj {
namespace {

constexpr qint64 kThroughputWindowMs = 3000;

QVariantMap where(const UploadState &state)
{
    return {{QStringLiteral("path"), state.uploadUrl.path()},
            {QStringLiteral("publish_id"), state.publishId}};
}

} // namespace

Uploader::Uploader(HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer); // never earlier than Retry-After
    connect(&m_retryTimer, &QTimer::timeout, this, &Uploader::sendNext);
}

Uploader::~Uploader()
{
    if (m_request)
        m_http->cancel(m_request);
}

QString Uploader::contentTypeFor(const QString &filePath)
{
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    if (suffix == QLatin1String("mov"))
        return QStringLiteral("video/quicktime");
    if (suffix == QLatin1String("webm"))
        return QStringLiteral("video/webm");
    return QStringLiteral("video/mp4");
}

Result<void> Uploader::start(const UploadTicket &ticket, const QString &filePath, const ChunkPlan &plan)
{
    const QFileInfo info(filePath);
    UploadState state;
    state.publishId = ticket.publishId;
    state.uploadUrl = ticket.uploadUrl;
    state.filePath = info.absoluteFilePath();
    state.fileSize = plan.fileSize();
    state.fileModified = info.lastModified().toUTC();
    state.contentType = contentTypeFor(filePath);
    state.chunkSize = plan.chunkSize();
    state.chunkCount = plan.chunkCount();
    state.startedAt = QDateTime::currentDateTimeUtc();
    m_state = state;
    return begin(m_statePath);
}

Result<void> Uploader::resume(const QString &statePath)
{
    Result<UploadState> loaded = UploadState::load(statePath);
    if (!loaded)
        return loaded.error();
    m_state = *loaded;
    return begin(statePath);
}

Result<void> Uploader::begin(const QString &statePath)
{
    if (m_running)
        return PlatformError::make(PlatformErrorKind::InvalidRequest, where(m_state));
    const QFileInfo info(m_state.filePath);
    if (!info.isFile() || info.size() != m_state.fileSize
        || (m_state.fileModified.isValid() && info.lastModified().toUTC() != m_state.fileModified)) {
        QVariantMap context = where(m_state);
        context.insert(QStringLiteral("file"), m_state.filePath);
        return PlatformError::make(info.isFile() ? PlatformErrorKind::UploadFileChanged
                                                 : PlatformErrorKind::FileReadFailed,
                                   context);
    }
    if (Result<ChunkPlan> plan = m_state.plan(); !plan)
        return plan.error();
    m_statePath = statePath;
    m_running = true;
    m_failures = 0;
    m_realignments = 0;
    m_samples.clear();
    m_clock.start();
    persist();
    qCInfo(lcPlatformUpload).noquote() << QStringLiteral("upload %1: %2 bytes in %3 chunks, from byte %4")
                                              .arg(m_state.publishId)
                                              .arg(m_state.fileSize)
                                              .arg(m_state.chunkCount)
                                              .arg(m_state.confirmedBytes);
    sendNext();
    return {};
}

void Uploader::cancel()
{
    if (!m_running)
        return;
    fail(PlatformError::make(PlatformErrorKind::Cancelled, where(m_state)));
}

void Uploader::sendNext()
{
    if (!m_running)
        return;
    const ChunkPlan plan = m_state.plan().value();
    if (m_state.confirmedBytes >= m_state.fileSize) {
        complete();
        return;
    }
    // Normally a whole chunk; after a realignment, the rest of the chunk the server stopped in.
    const qint64 first = m_state.confirmedBytes;
    const qint64 last = plan.chunk(plan.chunkIndexAt(first)).last;
    HttpRequest request;
    request.method = QByteArrayLiteral("PUT");
    request.url = m_state.uploadUrl;
    request.setHeader(QByteArrayLiteral("Content-Type"), m_state.contentType.toLatin1());
    request.setHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(last - first + 1));
    request.setHeader(QByteArrayLiteral("Content-Range"), "bytes " + QByteArray::number(first) + '-'
                                                              + QByteArray::number(last) + '/'
                                                              + QByteArray::number(m_state.fileSize));
    request.bodyFilePath = m_state.filePath;
    request.bodyFileOffset = first;
    request.bodyFileLength = last - first + 1;
    request.totalTimeout =
        std::chrono::milliseconds(0); // big chunks on slow links: the stall timeout decides
    request.stallTimeout = std::chrono::seconds(60);
    m_request = m_http->send(
        std::move(request), this,
        [this, first, last](Result<HttpResponse> reply) { onReply(std::move(reply), first, last); },
        [this](qint64 sent, qint64) { onSent(sent); });
}

void Uploader::onSent(qint64 chunkSent)
{
    const qint64 sentTotal = m_state.confirmedBytes + chunkSent;
    Q_EMIT progress(m_state.confirmedBytes, sentTotal, m_state.fileSize);
    const qint64 now = m_clock.elapsed();
    m_samples.emplace_back(now, sentTotal);
    while (m_samples.size() > 2 && m_samples.front().first < now - kThroughputWindowMs)
        m_samples.pop_front();
    const qint64 span = m_samples.back().first - m_samples.front().first;
    if (span > 0 && m_samples.back().second >= m_samples.front().second)
        Q_EMIT throughput((m_samples.back().second - m_samples.front().second) * 1000 / span);
}

void Uploader::onReply(Result<HttpResponse> reply, qint64 first, qint64 last)
{
    m_request = 0;
    if (!m_running)
        return;
    if (!reply) {
        if (PlatformError::kindOf(reply.error()) != PlatformErrorKind::Cancelled)
            retryOrFail(reply.error());
        return;
    }
    const int status = reply->status;
    QVariantMap context = where(m_state);
    context.insert(QStringLiteral("http_status"), status);
    context.insert(QStringLiteral("range_first"), first);
    if (const auto retryAfter = reply->retryAfterMs())
        context.insert(QStringLiteral("retry_after_ms"), *retryAfter);
    if (status == 201 || (status == 206 && last + 1 < m_state.fileSize)) {
        m_realignments = 0;
        acceptConfirmed(status == 201 ? m_state.fileSize : last + 1);
        sendNext();
        return;
    }
    if (status == 416 || status == 206) { // 206 for the last chunk: the server still misses bytes
        realignTo(reply->header("content-range"), *reply);
        return;
    }
    const PlatformErrorKind kind = PlatformError::kindForUploadStatus(status);
    const Error error = PlatformError::make(kind, context, status);
    if (PlatformError::actionOf(error) == RecoveryAction::Retry)
        retryOrFail(error);
    else
        fail(error);
}

void Uploader::acceptConfirmed(qint64 confirmedBytes)
{
    if (confirmedBytes > m_state.confirmedBytes)
        m_failures = 0;
    m_state.confirmedBytes = qBound(qint64(0), confirmedBytes, m_state.fileSize);
    persist();
    Q_EMIT progress(m_state.confirmedBytes, m_state.confirmedBytes, m_state.fileSize);
}

void Uploader::realignTo(const QByteArray &contentRange, const HttpResponse &reply)
{
    // "bytes 0-N/TOTAL" (received 0…N) or "bytes */TOTAL" (nothing yet).
    static const QRegularExpression kRange(QStringLiteral("^bytes\\s+(?:(\\d+)-(\\d+)|\\*)/(\\d+|\\*)$"));
    const QRegularExpressionMatch match = kRange.match(QString::fromLatin1(contentRange.trimmed()));
    QVariantMap context = where(m_state);
    context.insert(QStringLiteral("http_status"), reply.status);
    if (!match.hasMatch() || ++m_realignments > kMaxRealignments) {
        fail(PlatformError::make(PlatformErrorKind::UploadBadRequest, context, reply.status));
        return;
    }
    const QString total = match.captured(3);
    if (total != QLatin1String("*") && total.toLongLong() != m_state.fileSize) {
        fail(PlatformError::make(PlatformErrorKind::UploadBadRequest, context, reply.status));
        return;
    }
    const qint64 received = match.captured(2).isEmpty() ? 0 : match.captured(2).toLongLong() + 1;
    qCInfo(lcPlatformUpload).noquote()
        << QStringLiteral("upload %1: server has %2 bytes, we had %3; resuming there")
               .arg(m_state.publishId)
               .arg(received)
               .arg(m_state.confirmedBytes);
    if (received > m_state.confirmedBytes)
        m_realignments = 0;
    m_state.confirmedBytes = qBound(qint64(0), received, m_state.fileSize);
    persist();
    Q_EMIT progress(m_state.confirmedBytes, m_state.confirmedBytes, m_state.fileSize);
    if (received >= m_state.fileSize && reply.status == 416) {
        complete(); // the server has everything: our 201 was lost
        return;
    }
    sendNext();
}

void Uploader::retryOrFail(const Error &error)
{
    ++m_failures;
    if (!m_retry.canRetry(m_failures)) {
        fail(error);
        return;
    }
    const qint64 delay = m_retry.delayMs(m_failures, PlatformError::retryAfterMs(error));
    qCInfo(lcPlatformUpload).noquote() << QStringLiteral("upload %1: %2 at byte %3, retry %4 in %5 ms")
                                              .arg(m_state.publishId, error.code)
                                              .arg(m_state.confirmedBytes)
                                              .arg(m_failures)
                                              .arg(delay);
    m_retryTimer.start(std::chrono::milliseconds(delay));
}

void Uploader::complete()
{
    m_running = false;
    m_state.confirmedBytes = m_state.fileSize;
    if (!m_statePath.isEmpty())
        QFile::remove(m_statePath); // nothing left to resume
    qCInfo(lcPlatformUpload).noquote() << QStringLiteral("upload %1 complete").arg(m_state.publishId);
    Q_EMIT finished(m_state.publishId);
}

void Uploader::fail(const Error &error)
{
    m_running = false;
    m_retryTimer.stop();
    if (m_request) {
        m_http->cancel(m_request);
        m_request = 0;
    }
    qCWarning(lcPlatformUpload).noquote()
        << QStringLiteral("upload %1 failed: %2").arg(m_state.publishId, error.code);
    Q_EMIT failed(error);
}

void Uploader::persist()
{
    if (m_statePath.isEmpty())
        return;
    if (Result<void> saved = m_state.save(m_statePath); !saved)
        qCWarning(lcPlatformUpload) << "cannot save upload progress:" << saved.error().code;
}

} // namespace montaj
