#pragma once

#include "ui/edit/editsession.h"

#include <QList>
#include <QObject>
#include <QStringList>

class QMimeData;

namespace montaj::ui {

// Files dropped on the timeline (from the media bin or the file manager): has each one probed
// through the session's MediaPool, and once all of a drop's files are known inserts them as clips
// where they were dropped — or, for sound files dropped on the music lane, sets the music — as one
// undo step that also lists new files in the media bin. Files that cannot be used are reported and
// left out. Not for drawing the drop indicator (TimelineView).
class TimelineDropHandler : public QObject
{
    Q_OBJECT

public:
    explicit TimelineDropHandler(EditSession *session, QObject *parent = nullptr);

    // The local files a drag carries: EditSession::kMediaMimeType or file URLs.
    static QStringList pathsFrom(const QMimeData *mime);

    // `beforeIndex`: the clip boundary to insert at (the clip then at that index keeps its place
    // after the new clips, even if the project changes while the files are read).
    void drop(const QStringList &paths, qsizetype beforeIndex, bool onMusicLane, qint64 timelineUs);
    bool isBusy() const { return !m_pending.isEmpty(); }

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void inserted(const QStringList &clipIds);

private:
    struct Pending
    {
        QStringList paths;
        QString beforeClipId; // empty: append
        bool onMusicLane = false;
        qint64 timelineUs = 0;
    };

    void onMediaKnown();
    void finish(const Pending &drop);

    EditSession *m_session;
    QList<Pending> m_pending;
};

} // namespace montaj::ui
