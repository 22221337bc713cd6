#pragma once

#include "core/foundation/result.h"

#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace montaj {

class ProjectDocument;

// Keeps a crash copy of one document: after a change it waits idleMs with no further change, then
// writes the whole document atomically to its own file in the recovery folder. It holds
// <file>.lock (QLockFile) for its lifetime, so a lock whose owner is gone marks a crash for
// RecoveryStore. Its file is deleted when the document is saved (or undone back to its saved
// state), when the document is destroyed and when the Autosaver is destroyed: a clean exit leaves
// nothing to recover. Not for saving the project itself (ProjectFile) nor for listing crashes.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    Autosaver(ProjectDocument &doc, QString recoveryDir, int idleMs = 3000, QObject *parent = nullptr);
    ~Autosaver() override;

    QString autosavePath() const { return m_path; }
    int idleMs() const { return m_timer.interval(); }
    bool isPending() const { return m_timer.isActive(); } // a change waits to be written
    // Writes now when the document has unsaved changes, removes the file when it has none.
    Result<void> saveNow();

Q_SIGNALS:
    void autosaved(const QString &path);
    void autosaveFailed(const QString &message);

private:
    void scheduleOrDiscard();
    void removeFile();

    QPointer<ProjectDocument> m_doc;
    QString m_path;
    QLockFile m_lock;
    QTimer m_timer;
};

} // namespace montaj
