#pragma once

#include "core/foundation/error.h"
#include "core/preview/proxyindex.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace montaj {

class AppPaths;

// Preview proxies of the project's videos, made in the background one at a time: every frame kept
// with its exact source time, upright, at most kShortSide pixels on the short side (540: a
// 1080×1920 phone video becomes 540×960, the preview's own size), all-intra H.264 so an exact seek
// decodes a single small frame — scrubbing stays cheap whatever the original's GOP. A proxy is
// stored in the cache folder under a name made from the source's absolute path, size and
// modification time, so an edited file gets a new one and an unchanged file is never made twice.
// Stills need none. Broken or unsupported media end as Failed with an Error, never a crash. Not for
// export (always from the originals) nor for thumbnails.
class ProxyCache : public QObject
{
    Q_OBJECT

public:
    static constexpr int kShortSide = 540;
    enum class Status { None, Queued, Building, Ready, NotNeeded, Failed };
    Q_ENUM(Status)

    // folder: where proxies live (folderIn(paths) for the app).
    explicit ProxyCache(QString folder, QObject *parent = nullptr);
    ~ProxyCache() override; // cancels the running job and waits for it
    static QString folderIn(const AppPaths &paths);

    QString folder() const { return m_index->folder(); }
    // Where the proxy of the file as it is now lives (whether or not it exists yet).
    QString proxyFileFor(const QString &source) const { return m_index->proxyFileFor(source); }
    // The ready proxies, for renderers on other threads (it outlives this cache if they hold it).
    std::shared_ptr<const ProxyIndex> index() const { return m_index; }

    // Queues a proxy unless one is ready, queued or being made; an existing proxy file of this
    // version of the source is Ready at once.
    void request(const QString &source);
    void request(const QStringList &sources);
    // Takes the file off the queue, or stops its job (its partial file is removed).
    void cancel(const QString &source);
    void cancelAll();

    // Thread-safe.
    Status status(const QString &source) const;
    // The proxy to decode instead of `source`, or empty when there is none for the file as it is now.
    QString readyProxy(const QString &source) const { return m_index->readyProxy(source); }
    std::optional<Error> error(const QString &source) const;

    bool isIdle() const;
    // Blocks (running the event loop) until nothing is queued or running; false on timeout.
    bool waitForIdle(int timeoutMs = 120000);

Q_SIGNALS:
    void statusChanged(const QString &source, montaj::ProxyCache::Status status);
    void progress(const QString &source, double fraction);
    void ready(const QString &source, const QString &proxy);
    void failed(const QString &source, const montaj::Error &error);
    void idle();

private:
    struct Entry
    {
        Status status = Status::None;
        QString proxy;
        std::optional<Error> error;
    };

    void setStatus(const QString &source, Entry entry);
    void startNext();
    void jobFinished(const QString &source, const QString &proxy, const std::optional<Error> &error,
                     bool notNeeded);

    std::shared_ptr<ProxyIndex> m_index;
    mutable QMutex m_mutex; // guards m_entries
    QHash<QString, Entry> m_entries;
    QStringList m_queue;
    QString m_running;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace montaj
