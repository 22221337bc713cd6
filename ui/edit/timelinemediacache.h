#pragma once

#include "core/media/waveform.h"

#include <QCache>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSet>
#include <QThreadPool>

namespace montaj::ui {

// Thumbnail strips and waveforms for the timeline, made on a worker thread and kept in a
// memory-bounded cache per file (split clips share them). Asking for one that is not ready starts
// it — the newest request first, so what is on screen comes before what was scrolled past — and
// updated() follows when it arrives. The UI thread never decodes. Not for preview frames (the
// preview's decoder) nor for media facts (MediaPool).
class TimelineMediaCache : public QObject
{
    Q_OBJECT

public:
    explicit TimelineMediaCache(QObject *parent = nullptr);
    ~TimelineMediaCache() override;

    // `count` pictures `height` pixels high spread evenly over the whole video file; null while
    // being made or when the file has no pictures.
    const QList<QImage> *thumbnails(const QString &path, int count, int height);
    // `buckets` peaks spread evenly over the whole sound of the file; null while being made or when
    // the file has no sound.
    const QList<Waveform::Peak> *peaks(const QString &path, int buckets);

    bool isBusy() const { return !m_pending.isEmpty(); }
    void waitForIdle(); // tests: until every request has arrived

Q_SIGNALS:
    void updated();

private:
    template<typename T, typename Make>
    const T *lookup(QCache<QString, T> &cache, const QString &key, Make make);

    QThreadPool m_pool;
    QCache<QString, QList<QImage>> m_thumbnails; // cost: KiB
    QCache<QString, QList<Waveform::Peak>> m_peaks;
    QSet<QString> m_pending;
    QSet<QString> m_failed;
    int m_priority = 0;
};

} // namespace montaj::ui
