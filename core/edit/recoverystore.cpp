#include "core/edit/recoverystore.h"

#include "core/edit/internal/autosavefile.h"
#include "core/edit/projectfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QUndoStack>

#include <algorithm>

namespace montaj {
namespace {

Q_LOGGING_CATEGORY(lcRecovery, "montaj.edit.recovery")

} // namespace

RecoveryStore::RecoveryStore(QString recoveryDir)
    : m_dir(std::move(recoveryDir))
{}

QStringList RecoveryStore::autosaveFiles() const
{
    const QDir dir(m_dir);
    QStringList paths;
    const QStringList names =
        dir.entryList({QLatin1Char('*') + AutosaveFile::kSuffix}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : names)
        paths << dir.filePath(name);
    return paths;
}

bool RecoveryStore::writerAlive(const QString &autosavePath)
{
    QLockFile lock(AutosaveFile::lockPath(autosavePath));
    lock.setStaleLockTime(0); // a lock is stale only when its owner process is gone
    if (lock.tryLock(0)) {
        lock.unlock(); // free or stale (removed by tryLock): nobody writes this autosave
        return false;
    }
    // LockFailedError: a live owner. Permission or unknown errors: we cannot tell, so leave it be.
    return true;
}

bool RecoveryStore::newerThanOriginal(const QString &originalPath, const QDateTime &savedAt)
{
    if (originalPath.isEmpty())
        return true;
    const QFileInfo original(originalPath);
    return !original.exists() || savedAt > original.lastModified();
}

QList<RecoveryStore::Entry> RecoveryStore::pending() const
{
    QList<Entry> entries;
    for (const QString &path : autosaveFiles()) {
        if (writerAlive(path))
            continue;
        const auto contents = AutosaveFile::read(path);
        if (!contents) {
            qCWarning(lcRecovery) << contents.error().toString();
            continue;
        }
        if (newerThanOriginal(contents->originalPath, contents->savedAt))
            entries.append(Entry{path, contents->originalPath, contents->savedAt});
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.savedAt > b.savedAt; });
    return entries;
}

Result<std::unique_ptr<ProjectDocument>> RecoveryStore::recover(const Entry &entry) const
{
    if (writerAlive(entry.autosavePath))
        return Error(QStringLiteral("edit.recovery_in_use"),
                     tr("The autosave “%1” belongs to a Montaj window that is still open.")
                         .arg(QDir::toNativeSeparators(entry.autosavePath)),
                     {{QStringLiteral("file"), entry.autosavePath}});
    const auto contents = AutosaveFile::read(entry.autosavePath);
    if (!contents)
        return contents.error();
    auto state = ProjectFile::stateFromJsonObject(contents->project, QString(), entry.autosavePath);
    if (!state)
        return state.error();
    auto doc = ProjectDocument::fromState(std::move(state).value());
    if (!doc)
        return Error(doc.error()).with(QStringLiteral("file"), entry.autosavePath);
    doc.value()->setFilePath(contents->originalPath);
    doc.value()->undoStack()->resetClean(); // differs from the file on disk until saved
    return doc;
}

void RecoveryStore::remove(const QString &autosavePath)
{
    if (QFile::exists(autosavePath) && !QFile::remove(autosavePath))
        qCWarning(lcRecovery) << "cannot remove" << autosavePath;
}

void RecoveryStore::discard(const Entry &entry) const
{
    if (!writerAlive(entry.autosavePath))
        remove(entry.autosavePath);
}

int RecoveryStore::discardObsolete() const
{
    int removed = 0;
    for (const QString &path : autosaveFiles()) {
        if (writerAlive(path))
            continue;
        const auto contents = AutosaveFile::read(path);
        if (contents && newerThanOriginal(contents->originalPath, contents->savedAt))
            continue;
        remove(path);
        ++removed;
    }
    return removed;
}

} // namespace montaj
