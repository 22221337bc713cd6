#include "ui/edit/timelinemediacache.h"

#include "core/media/thumbnailer.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <limits>
#include <memory>

namespace montaj::ui {
namespace {

Q_LOGGING_CATEGORY(lcCache, "montaj.ui.timeline.cache")

int costOf(const QList<QImage> &images)
{
    qint64 bytes = 0;
    for (const QImage &image : images)
        bytes += image.sizeInBytes();
    return int(std::min<qint64>(bytes / 1024 + 1, std::numeric_limits<int>::max()));
}

int costOf(const QList<Waveform::Peak> &peaks)
{
    return int(std::min<qint64>(qint64(peaks.size()) * qint64(sizeof(Waveform::Peak)) / 1024 + 1,
                                std::numeric_limits<int>::max()));
}

} // namespace

TimelineMediaCache::TimelineMediaCache(QObject *parent)
    : QObject(parent)
    , m_thumbnails(96 * 1024)
    , m_peaks(32 * 1024)
{
    m_pool.setMaxThreadCount(1); // decoding for the timeline must not starve playback
    m_pool.setObjectName(QStringLiteral("timelineMedia"));
}

TimelineMediaCache::~TimelineMediaCache()
{
    m_pool.clear();
    m_pool.waitForDone();
}

template<typename T, typename Make>
const T *TimelineMediaCache::lookup(QCache<QString, T> &cache, const QString &key, Make make)
{
    if (const T *found = cache.object(key))
        return found;
    if (m_pending.contains(key) || m_failed.contains(key))
        return nullptr;
    m_pending.insert(key);
    m_pool.start(
        [this, key, make] {
            auto result = std::make_shared<Result<T>>(make());
            QMetaObject::invokeMethod(
                this,
                [this, key, result] {
                    m_pending.remove(key);
                    if (*result) {
                        auto *value = new T(std::move(*result).value());
                        QCache<QString, T> *target = nullptr;
                        if constexpr (std::is_same_v<T, QList<QImage>>)
                            target = &m_thumbnails;
                        else
                            target = &m_peaks;
                        target->insert(key, value, costOf(*value));
                    } else {
                        qCInfo(lcCache) << "no timeline picture or sound:" << result->error().toString();
                        m_failed.insert(key);
                    }
                    Q_EMIT updated();
                },
                Qt::QueuedConnection);
        },
        ++m_priority); // newest first
    return nullptr;
}

const QList<QImage> *TimelineMediaCache::thumbnails(const QString &path, int count, int height)
{
    if (path.isEmpty() || count <= 0 || height <= 0)
        return nullptr;
    const QString key = QStringLiteral("%1\n%2x%3").arg(path).arg(count).arg(height);
    return lookup(m_thumbnails, key, [path, count, height] {
        return Thumbnailer::strip(path, count, QSize(height * 3, height), Thumbnailer::Mode::Fast);
    });
}

const QList<Waveform::Peak> *TimelineMediaCache::peaks(const QString &path, int buckets)
{
    if (path.isEmpty() || buckets <= 0)
        return nullptr;
    const QString key = QStringLiteral("%1\n%2").arg(path).arg(buckets);
    return lookup(m_peaks, key, [path, buckets] { return Waveform::peaks(path, buckets); });
}

void TimelineMediaCache::waitForIdle()
{
    while (isBusy()) {
        m_pool.waitForDone(50);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

} // namespace montaj::ui
