#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace montaj {

// A recording session whose takes never reached the editor: the studio was killed or closed
// before Done. Its takes are crash-safe files (fragmented MP4 or Matroska) that play up to the last
// flushed second.
struct InterruptedSession
{
    QString folder;
    QDateTime started; // from the folder's name (yyyyMMdd-HHmmss), else the folder's time
    QStringList takes; // take-NNN files in take order
    qint64 bytes = 0;
};

// The Takes folder's sessions (one sub-folder per session, named by its start time): which ones
// ended with their takes handed over (a marker file written at Done or Dismiss), and which were
// interrupted and can still be recovered. Files on disk are the only record, so a killed studio
// loses nothing that was flushed.
class TakeSessions
{
    Q_DECLARE_TR_FUNCTIONS(TakeSessions)

public:
    static constexpr const char *kHandledMarker = ".handled";

    // Sessions with at least one non-empty take and no marker, oldest first; `except` (the session
    // in progress) is left out.
    static QList<InterruptedSession> findInterrupted(const QString &takesFolder, const QString &except = {});
    // Records that the session's takes were handed over (or that the creator chose to leave them).
    static Result<void> markHandled(const QString &sessionFolder);
};

} // namespace montaj
