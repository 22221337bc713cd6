#include "core/edit/autosaver.h"

#include "core/edit/internal/atomicfilewriter.h"
#include "core/edit/internal/autosavefile.h"
#include "core/edit/projectdocument.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QUndoStack>
#include <QUuid>

namespace montaj {
namespace {

Q_LOGGING_CATEGORY(lcAutosave, "montaj.edit.autosave")

QString newAutosavePath(const QString &recoveryDir)
{
    return QDir(recoveryDir)
        .filePath(QStringLiteral("autosave-") + QUuid::createUuid().toString(QUuid::WithoutBraces)
                  + AutosaveFile::kSuffix);
}

} // namespace

Autosaver::Autosaver(ProjectDocument &doc, QString recoveryDir, int idleMs, QObject *parent)
    : QObject(parent)
    , m_doc(&doc)
    , m_path(newAutosavePath(recoveryDir))
    , m_lock(AutosaveFile::lockPath(m_path))
{
    if (!QDir().mkpath(recoveryDir))
        qCWarning(lcAutosave) << "cannot create the recovery folder" << recoveryDir;
    m_lock.setStaleLockTime(0); // only a dead owner makes the lock stale, never its age
    if (!m_lock.tryLock(0))
        qCWarning(lcAutosave) << "cannot lock" << AutosaveFile::lockPath(m_path) << m_lock.error();

    m_timer.setSingleShot(true);
    m_timer.setInterval(idleMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { (void)saveNow(); });
    connect(&doc, &ProjectDocument::changed, this, &Autosaver::scheduleOrDiscard);
    connect(doc.undoStack(), &QUndoStack::cleanChanged, this, &Autosaver::scheduleOrDiscard);
    connect(&doc, &QObject::destroyed, this, [this] {
        m_timer.stop();
        removeFile();
    });
    if (doc.isModified()) // a recovered document: keep it safe before the first edit
        m_timer.start();
}

Autosaver::~Autosaver()
{
    m_timer.stop();
    removeFile();
    m_lock.unlock();
}

void Autosaver::scheduleOrDiscard()
{
    // changed() follows the stack's index, so isModified() is already up to date here.
    if (m_doc && !m_doc->isModified()) {
        m_timer.stop();
        removeFile();
        return;
    }
    m_timer.start();
}

Result<void> Autosaver::saveNow()
{
    m_timer.stop();
    if (!m_doc || !m_doc->isModified()) {
        removeFile();
        return {};
    }
    const auto written =
        AtomicFileWriter::write(m_path, AutosaveFile::encode(*m_doc, QDateTime::currentDateTimeUtc()));
    if (!written) {
        qCWarning(lcAutosave) << written.error().toString();
        Q_EMIT autosaveFailed(written.error().message);
        return written;
    }
    Q_EMIT autosaved(m_path);
    return {};
}

void Autosaver::removeFile()
{
    if (QFile::exists(m_path) && !QFile::remove(m_path))
        qCWarning(lcAutosave) << "cannot remove" << m_path;
}

} // namespace montaj
