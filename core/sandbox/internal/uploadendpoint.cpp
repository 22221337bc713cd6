#include "core/sandbox/internal/uploadendpoint.h"

#include "core/sandbox/internal/chunkplan.h"
#include "core/sandbox/internal/publishstore.h"
#include "core/sandbox/internal/sandboxlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace montaj::sandbox {
namespace {

HttpResponse refuse(int status, const QByteArray &why)
{
    return HttpResponse::text(status, why + '\n');
}

HttpResponse rangeMismatch(qint64 received, qint64 total)
{
    HttpResponse response = refuse(416, "The range does not continue the bytes received so far");
    const QByteArray progress =
        received > 0
            ? QByteArray("bytes 0-" + QByteArray::number(received - 1) + '/' + QByteArray::number(total))
            : QByteArray("bytes */" + QByteArray::number(total));
    response.setHeader("Content-Range", progress);
    return response;
}

} // namespace

void UploadEndpoint::registerRoutes(Router &router)
{
    router.addPrefix("PUT", QStringLiteral("/upload/"), [this](const HttpRequest &r) { return put(r); });
}

HttpResponse UploadEndpoint::put(const HttpRequest &request)
{
    static const QRegularExpression kPath(QStringLiteral("^/upload/([0-9a-f]{32})/$"));
    static const QRegularExpression kRange(QStringLiteral("^bytes (\\d{1,15})-(\\d{1,15})/(\\d{1,15})$"));
    const auto pathMatch = kPath.match(request.path);
    if (!pathMatch.hasMatch())
        return refuse(404, "Unknown upload");
    PublishStore publishes(m_context.db());
    const auto publish = publishes.byUploadId(pathMatch.captured(1));
    if (!publish)
        return refuse(404, "Unknown upload");
    if (m_context.nowMs() >= publish->uploadExpiresMs)
        return refuse(403, "The upload URL has expired");
    if (publish->status != QLatin1String("PROCESSING_UPLOAD") && !publish->uploadComplete())
        return refuse(403, "This publish is no longer accepting uploads");

    const QByteArray type = request.header("content-type").split(';').first().trimmed().toLower();
    if (type != "video/mp4" && type != "video/quicktime" && type != "video/webm")
        return refuse(400, "Content-Type must be video/mp4, video/quicktime or video/webm");
    if (!request.hasHeader("content-length"))
        return refuse(400, "Content-Length is required");
    const auto range = kRange.match(QString::fromLatin1(request.header("content-range")));
    if (!range.hasMatch())
        return refuse(400, "Content-Range must be bytes FIRST-LAST/TOTAL");
    const qint64 first = range.captured(1).toLongLong();
    const qint64 last = range.captured(2).toLongLong();
    const qint64 total = range.captured(3).toLongLong();
    if (total != publish->videoSize)
        return refuse(400, "Content-Range total is not the video_size given at init");
    if (first > last || last >= total)
        return refuse(400, "Content-Range is not a valid range");
    if (request.body.size() != last - first + 1)
        return refuse(400, "Content-Length does not match Content-Range");
    if (publish->uploadComplete() || first != publish->received)
        return rangeMismatch(publish->received, total);
    QString why;
    const auto plan = ChunkPlan::make(publish->videoSize, publish->chunkSize, publish->chunkCount, &why);
    const int index = int(publish->received / publish->chunkSize);
    if (!plan || last != plan->chunkLast(index))
        return refuse(400, "The chunk must cover bytes " + QByteArray::number(first) + '-'
                               + QByteArray::number(plan ? plan->chunkLast(index) : 0)
                               + " (chunk_size from init)");

    const QString path = m_context.uploadPath(publish->uploadId);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || (file.size() != first && !file.resize(first)) || !file.seek(first)
        || file.write(request.body) != request.body.size() || !file.flush()) {
        qCWarning(lcSandbox) << "could not store chunk of upload" << publish->publishId << file.errorString();
        return refuse(500, "Could not store the chunk");
    }
    file.close();
    const qint64 received = last + 1;
    WriteTransaction transaction(m_context.db());
    if (!transaction.begun() || !publishes.setReceived(publish->publishId, received) || !transaction.commit())
        return refuse(500, "Could not record the chunk");
    qCDebug(lcSandbox) << "upload" << publish->publishId << "chunk" << index + 1 << "of"
                       << publish->chunkCount;
    if (received < total)
        return HttpResponse::empty(206);
    qCInfo(lcSandbox) << "upload" << publish->publishId << "complete," << total << "bytes";
    if (m_onComplete)
        m_onComplete(publish->publishId);
    return HttpResponse::empty(201);
}

} // namespace montaj::sandbox
