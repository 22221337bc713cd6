#include "core/platform/httpclient.h"

#include "core/platform/internal/curlworker.h"
#include "core/platform/internal/platformlog.h"
#include "core/platform/platformerror.h"

#include <QThread>

namespace montaj {
namespace {

// Runs `call` in the thread of `context`: now when that is this thread, queued otherwise.
template<typename Call>
void runIn(QObject *context, Call call)
{
    if (context->thread() == QThread::currentThread())
        call();
    else
        QMetaObject::invokeMethod(context, std::move(call), Qt::QueuedConnection);
}

} // namespace

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
{
    // The worker calls these on its own thread; the calls hop to this object's thread, and are
    // dropped by Qt if this object is gone (the worker is joined before that anyway).
    m_worker = std::make_unique<CurlWorker>(
        [this](quint64 id, Result<HttpResponse> result) {
            QMetaObject::invokeMethod(
                this, [this, id, result = std::move(result)]() mutable { deliver(id, std::move(result)); },
                Qt::QueuedConnection);
        },
        [this](quint64 id, qint64 sent, qint64 total) {
            QMetaObject::invokeMethod(
                this, [this, id, sent, total] { deliverProgress(id, sent, total); }, Qt::QueuedConnection);
        });
}

HttpClient::~HttpClient()
{
    m_worker.reset();
    m_pending.clear();
}

HttpClient::RequestId HttpClient::send(HttpRequest request, QObject *context, DoneCallback done,
                                       ProgressCallback progress)
{
    const RequestId id = m_nextId++;
    const bool wantsProgress = bool(progress);
    // An upload URL is a capability (whoever holds it can upload to that post): log its host only.
    const QByteArray method = request.method.toUpper();
    const QString loggedPath =
        method == "PUT" ? QStringLiteral("<upload url on %1>").arg(request.url.host()) : request.url.path();
    m_pending.insert(
        id, Pending{context ? context : this, std::move(done), std::move(progress), method, loggedPath});
    m_worker->add(id, std::move(request), wantsProgress);
    return id;
}

void HttpClient::cancel(RequestId id)
{
    if (!m_pending.contains(id))
        return;
    m_worker->cancel(id);
    const Pending &pending = m_pending[id];
    Error cancelled =
        PlatformError::make(PlatformErrorKind::Cancelled, {{QStringLiteral("path"), pending.path}});
    QMetaObject::invokeMethod(
        this, [this, id, cancelled = std::move(cancelled)] { deliver(id, cancelled); }, Qt::QueuedConnection);
}

void HttpClient::deliver(RequestId id, Result<HttpResponse> result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // cancelled earlier: this is the worker's late completion
    Pending pending = std::move(it.value());
    m_pending.erase(it);
    if (result)
        qCInfo(lcPlatformHttp).noquote() << QStringLiteral("%1 %2 -> %3 in %4 ms")
                                                .arg(QString::fromLatin1(pending.method), pending.path)
                                                .arg(result->status)
                                                .arg(result->durationMs);
    else
        qCInfo(lcPlatformHttp).noquote()
            << QStringLiteral("%1 %2 -> %3")
                   .arg(QString::fromLatin1(pending.method), pending.path, result.error().code);
    if (!pending.context || !pending.done)
        return;
    runIn(pending.context.data(), [done = std::move(pending.done), result = std::move(result)]() mutable {
        done(std::move(result));
    });
}

void HttpClient::deliverProgress(RequestId id, qint64 sent, qint64 total)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.constEnd() || !it->progress || !it->context)
        return;
    runIn(it->context.data(), [progress = it->progress, sent, total] { progress(sent, total); });
}

} // namespace montaj
