#include "core/capture/takesessions.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace montaj {

QList<InterruptedSession> TakeSessions::findInterrupted(const QString &takesFolder, const QString &except)
{
    QList<InterruptedSession> found;
    const QDir root(takesFolder);
    const QString skip = except.isEmpty() ? QString() : QFileInfo(except).absoluteFilePath();
    for (const QFileInfo &entry : root.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!skip.isEmpty() && entry.absoluteFilePath() == skip)
            continue;
        const QDir folder(entry.absoluteFilePath());
        if (folder.exists(QLatin1String(kHandledMarker)))
            continue;
        InterruptedSession session;
        session.folder = entry.absoluteFilePath();
        for (const QFileInfo &file : folder.entryInfoList(
                 {QStringLiteral("take-*.mp4"), QStringLiteral("take-*.mkv")}, QDir::Files, QDir::Name)) {
            if (file.size() == 0)
                continue; // killed before anything was written
            session.takes << file.absoluteFilePath();
            session.bytes += file.size();
        }
        if (session.takes.isEmpty())
            continue;
        session.started = QDateTime::fromString(entry.fileName(), QStringLiteral("yyyyMMdd-HHmmss"));
        if (!session.started.isValid())
            session.started = entry.lastModified();
        found << session;
    }
    std::stable_sort(
        found.begin(), found.end(),
        [](const InterruptedSession &a, const InterruptedSession &b) { return a.started < b.started; });
    return found;
}

Result<void> TakeSessions::markHandled(const QString &sessionFolder)
{
    QSaveFile marker(QDir(sessionFolder).filePath(QLatin1String(kHandledMarker)));
    if (!marker.open(QIODevice::WriteOnly) || marker.write("handled\n") < 0 || !marker.commit())
        return Error(QStringLiteral("capture.marker_failed"),
                     tr("The recording session in %1 could not be marked as done (%2).")
                         .arg(QDir::toNativeSeparators(sessionFolder), marker.errorString()),
                     {{QStringLiteral("file"), sessionFolder}});
    return {};
}

} // namespace montaj
