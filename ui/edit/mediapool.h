#pragma once

#include "core/edit/projecttypes.h"
#include "core/foundation/result.h"
#include "core/media/mediainfo.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QSet>

namespace montaj::ui {

// What the Edit page knows about media files: probes each file once on a worker thread and keeps
// the MediaInfo (or the reason it cannot be used), so the bin, the timeline and the inspector never
// block the UI on a file. Turns a probed file into a timeline clip. Not for thumbnails or waveforms
// (the timeline caches those) nor for decoding.
class MediaPool : public QObject
{
    Q_OBJECT

public:
    // A still picture becomes a clip this long; its source counts as this long so it can be trimmed
    // and extended freely.
    static constexpr qint64 kStillClipUs = 3'000'000;
    static constexpr qint64 kStillSourceUs = 3'600'000'000;

    explicit MediaPool(QObject *parent = nullptr);
    ~MediaPool() override;

    // Starts probing unless known or in progress. probed() or failed() follows (queued, also when
    // the answer is cached).
    void request(const QString &path);
    bool isKnown(const QString &path) const { return m_infos.contains(path); }
    bool isPending(const QString &path) const { return m_pending.contains(path); }
    const MediaInfo *info(const QString &path) const;
    const Error *error(const QString &path) const; // why the file cannot be used, when it cannot
    // Forgets a file (after relinking or when it changed on disk) so the next request probes again.
    void forget(const QString &path);

    // A clip covering the whole probed file (fit: Fill), or the reason there is none (not probed
    // yet: "edit.media_not_probed").
    Result<Clip> clipFor(const QString &path) const;
    // The music track for a probed file with sound, starting at timelineUs.
    Result<MusicTrack> musicFor(const QString &path, qint64 timelineUs) const;

    // Blocks until every pending probe has finished (tests, and before quitting).
    void waitForIdle();

Q_SIGNALS:
    void probed(const QString &path);
    void failed(const QString &path, const QString &message);

private:
    void finished(const QString &path, const Result<MediaInfo> &result);

    QHash<QString, MediaInfo> m_infos;
    QHash<QString, Error> m_errors;
    QSet<QString> m_pending;
    int m_running = 0;
};

} // namespace montaj::ui
