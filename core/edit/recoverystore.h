#pragma once

#include "core/edit/projectdocument.h"
#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <memory>

namespace montaj {

// Finds the autosaves a crashed session left in the recovery folder and turns one back into a
// document. An autosave is pending when its writer is gone (its QLockFile is free or stale) and it
// is newer than the project file it belongs to. Not for writing autosaves (Autosaver) nor for
// asking the user (the UI offers pending() at start-up).
class RecoveryStore
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryStore)

public:
    struct Entry
    {
        QString autosavePath;
        QString originalPath; // empty when the document had never been saved
        QDateTime savedAt;    // UTC
    };

    explicit RecoveryStore(QString recoveryDir);

    QString recoveryDir() const { return m_dir; }
    // Newest first.
    QList<Entry> pending() const;
    // The document as autosaved, with filePath() = originalPath and marked modified (it differs
    // from the file on disk). The autosave stays until discard(): discard after the user saved or
    // declined it.
    Result<std::unique_ptr<ProjectDocument>> recover(const Entry &entry) const;
    // Deletes the autosave (unless its writer is alive).
    void discard(const Entry &entry) const;
    // Deletes autosaves of dead writers that are not pending: older than their project file, or
    // unreadable. Returns how many were deleted.
    int discardObsolete() const;

private:
    QStringList autosaveFiles() const;
    static bool writerAlive(const QString &autosavePath);
    static bool newerThanOriginal(const QString &originalPath, const QDateTime &savedAt);
    static void remove(const QString &autosavePath);

    QString m_dir;
};

} // namespace montaj
