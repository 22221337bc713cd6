#include "core/preview/proxycache.h"

#include "core/foundation/apppaths.h"
#include "core/preview/internal/proxybuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

namespace montaj {

ProxyCache::ProxyCache(QString folder, QObject *parent)
    : QObject(parent)
    , m_index(std::make_shared<ProxyIndex>(std::move(folder)))
{}

ProxyCache::~ProxyCache()
{
    m_queue.clear();
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

QString ProxyCache::folderIn(const AppPaths &paths)
{
    return QDir(paths.cacheDir()).filePath(QStringLiteral("proxies"));
}

ProxyCache::Status ProxyCache::status(const QString &source) const
{
    QMutexLocker lock(&m_mutex);
    return m_entries.value(source).status;
}

std::optional<Error> ProxyCache::error(const QString &source) const
{
    QMutexLocker lock(&m_mutex);
    return m_entries.value(source).error;
}

bool ProxyCache::isIdle() const
{
    return !m_thread && m_queue.isEmpty();
}

void ProxyCache::setStatus(const QString &source, Entry entry)
{
    const Status status = entry.status;
    if (status == Status::Ready)
        m_index->setReady(source, entry.proxy);
    else
        m_index->remove(source);
    {
        QMutexLocker lock(&m_mutex);
        m_entries.insert(source, std::move(entry));
    }
    Q_EMIT statusChanged(source, status);
}

void ProxyCache::request(const QStringList &sources)
{
    for (const QString &source : sources)
        request(source);
}

void ProxyCache::request(const QString &source)
{
    const QString file = proxyFileFor(source);
    Entry current;
    {
        QMutexLocker lock(&m_mutex);
        current = m_entries.value(source);
    }
    switch (current.status) {
    case Status::Queued:
    case Status::Building: return;
    case Status::Ready:
    case Status::NotNeeded:
    case Status::Failed:
        if (current.proxy == file) // the same version of the file: the answer stands
            return;
        break;
    case Status::None: break;
    }
    if (file.isEmpty()) {
        setStatus(source, {Status::Failed, file,
                           Error(QStringLiteral("preview.proxy_no_source"),
                                 tr("%1 does not exist.").arg(QDir::toNativeSeparators(source)),
                                 {{QStringLiteral("file"), source}})});
        Q_EMIT failed(source, *error(source));
        return;
    }
    if (QFileInfo::exists(file)) {
        setStatus(source, {Status::Ready, file, std::nullopt});
        Q_EMIT ready(source, file);
        return;
    }
    setStatus(source, {Status::Queued, file, std::nullopt});
    m_queue << source;
    startNext();
}

void ProxyCache::cancel(const QString &source)
{
    if (m_queue.removeAll(source) > 0)
        setStatus(source, {});
    if (m_running == source && m_cancel)
        m_cancel->store(true);
    if (isIdle())
        Q_EMIT idle();
}

void ProxyCache::cancelAll()
{
    const QStringList queued = std::exchange(m_queue, {});
    for (const QString &source : queued)
        setStatus(source, {});
    if (m_cancel)
        m_cancel->store(true);
    if (isIdle())
        Q_EMIT idle();
}

void ProxyCache::startNext()
{
    if (m_thread)
        return;
    if (m_queue.isEmpty()) {
        Q_EMIT idle();
        return;
    }
    const QString source = m_queue.takeFirst();
    const QString file = proxyFileFor(source);
    m_running = source;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    setStatus(source, {Status::Building, file, std::nullopt});
    auto cancel = m_cancel;
    m_thread = QThread::create([this, source, file, cancel] {
        const auto report = [this, source](double fraction) {
            QMetaObject::invokeMethod(
                this, [this, source, fraction] { Q_EMIT progress(source, fraction); }, Qt::QueuedConnection);
        };
        const auto built = ProxyBuilder::build(source, file, kShortSide, *cancel, report);
        std::optional<Error> problem;
        if (!built)
            problem = built.error();
        const bool notNeeded = built && *built == ProxyBuilder::Outcome::NotNeeded;
        QMetaObject::invokeMethod(
            this, [this, source, file, problem, notNeeded] { jobFinished(source, file, problem, notNeeded); },
            Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}

void ProxyCache::jobFinished(const QString &source, const QString &proxy, const std::optional<Error> &problem,
                             bool notNeeded)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_running.clear();
    // A job told to stop after it had finished keeps its (complete) proxy.
    const bool cancelled = problem && problem->code == QLatin1String("preview.proxy_cancelled");
    m_cancel.reset();
    if (cancelled) {
        setStatus(source, {});
    } else if (problem) {
        setStatus(source, {Status::Failed, proxy, problem});
        Q_EMIT failed(source, *problem);
    } else if (notNeeded) {
        setStatus(source, {Status::NotNeeded, proxy, std::nullopt});
    } else {
        setStatus(source, {Status::Ready, proxy, std::nullopt});
        Q_EMIT ready(source, proxy);
    }
    startNext();
}

bool ProxyCache::waitForIdle(int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!isIdle()) {
        if (timeoutMs >= 0 && clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (!isIdle())
            QThread::msleep(5);
    }
    return true;
}

} // namespace montaj
