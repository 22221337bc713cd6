#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace montaj {

// Which preview proxies are ready, by source file, and where the proxy of a file belongs: filled
// by ProxyCache, read by the playback thread for every frame. Thread-safe, and held through a
// std::shared_ptr so a renderer may go on reading after the ProxyCache that fills it is gone.
// Not for making proxies (ProxyCache).
class ProxyIndex
{
public:
    explicit ProxyIndex(QString folder);

    const QString &folder() const { return m_folder; }
    // Where the proxy of the file as it is now lives (a name from its absolute path, size and
    // modification time); empty when the file does not exist.
    QString proxyFileFor(const QString &source) const;
    // The proxy to decode instead of `source`, or empty when there is none for the file as it is now.
    QString readyProxy(const QString &source) const;

    void setReady(const QString &source, const QString &proxy);
    void remove(const QString &source);

private:
    const QString m_folder;
    mutable QMutex m_mutex;
    QHash<QString, QString> m_ready;
};

} // namespace montaj
