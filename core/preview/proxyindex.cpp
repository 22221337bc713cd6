#include "core/preview/proxyindex.h"

#include "core/preview/proxycache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace montaj {

ProxyIndex::ProxyIndex(QString folder)
    : m_folder(std::move(folder))
{}

QString ProxyIndex::proxyFileFor(const QString &source) const
{
    const QFileInfo info(source);
    if (!info.exists())
        return {};
    // Machine text: the version of the file this proxy is of, and how the proxy is made.
    const QString key = info.absoluteFilePath() + u'\n' + QLocale::c().toString(info.size()) + u'\n'
                        + QLocale::c().toString(info.lastModified().toMSecsSinceEpoch()) + u'\n'
                        + QLocale::c().toString(ProxyCache::kShortSide)
                        + QStringLiteral("\nall-intra-h264-v1");
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(m_folder).filePath(QString::fromLatin1(hash) + QStringLiteral(".mp4"));
}

QString ProxyIndex::readyProxy(const QString &source) const
{
    QString proxy;
    {
        QMutexLocker lock(&m_mutex);
        proxy = m_ready.value(source);
    }
    if (proxy.isEmpty())
        return {};
    return proxy == proxyFileFor(source) ? proxy : QString(); // the source changed since
}

void ProxyIndex::setReady(const QString &source, const QString &proxy)
{
    QMutexLocker lock(&m_mutex);
    m_ready.insert(source, proxy);
}

void ProxyIndex::remove(const QString &source)
{
    QMutexLocker lock(&m_mutex);
    m_ready.remove(source);
}

} // namespace montaj
