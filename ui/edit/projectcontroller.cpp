#include "ui/edit/projectcontroller.h"

#include "core/edit/autosaver.h"
#include "core/edit/projectfile.h"
#include "ui/edit/editsession.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QWidget>

namespace montaj::ui {

ProjectController::ProjectController(EditSession &session, QString projectsDir, QString recoveryDir,
                                     QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_projectsDir(std::move(projectsDir))
    , m_recoveryDir(std::move(recoveryDir))
    , m_dialogParent(dialogParent)
{
    const QString filter = tr("Montaj projects (*.montaj)");
    m_openChooser = [this, filter](const QString &suggested) {
        return QFileDialog::getOpenFileName(m_dialogParent, tr("Open project"), suggested, filter);
    };
    m_saveChooser = [this, filter](const QString &suggested) {
        return QFileDialog::getSaveFileName(m_dialogParent, tr("Save project"), suggested, filter);
    };
    m_unsaved = [this](const QString &name) {
        const auto button = QMessageBox::question(
            m_dialogParent, tr("Unsaved changes"),
            tr("“%1” has changes that are not saved. Save them first?").arg(name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (button == QMessageBox::Save)
            return UnsavedAnswer::Save;
        return button == QMessageBox::Discard ? UnsavedAnswer::Discard : UnsavedAnswer::Cancel;
    };
    QDir().mkpath(m_recoveryDir);
    m_autosaver = std::make_unique<Autosaver>(*m_session.document(), m_recoveryDir);
}

ProjectController::~ProjectController() = default;

QString ProjectController::projectName() const
{
    const QString path = m_session.document()->filePath();
    return path.isEmpty() ? tr("Untitled") : QFileInfo(path).completeBaseName();
}

QString ProjectController::autosavePath() const
{
    return m_autosaver ? m_autosaver->autosavePath() : QString();
}

void ProjectController::install(std::unique_ptr<ProjectDocument> document)
{
    m_autosaver.reset(); // a clean hand-over: the old document's crash copy goes with it
    m_session.setDocument(std::move(document));
    m_autosaver = std::make_unique<Autosaver>(*m_session.document(), m_recoveryDir);
    connect(m_autosaver.get(), &Autosaver::autosaveFailed, this, &ProjectController::failed);
}

bool ProjectController::newProject()
{
    if (!maybeKeepChanges())
        return false;
    install(std::make_unique<ProjectDocument>());
    return true;
}

bool ProjectController::open()
{
    if (!maybeKeepChanges())
        return false;
    const QString current = m_session.document()->filePath();
    const QString path = m_openChooser(current.isEmpty() ? m_projectsDir : QFileInfo(current).absolutePath());
    if (path.isEmpty())
        return false;
    // The question was asked already; a failure to open keeps the current project.
    auto loaded = ProjectFile::load(path);
    if (!loaded) {
        Q_EMIT failed(loaded.error().toString());
        return false;
    }
    install(std::move(loaded).value());
    Q_EMIT opened(path);
    return true;
}

bool ProjectController::openFile(const QString &path)
{
    if (!maybeKeepChanges())
        return false;
    auto loaded = ProjectFile::load(path);
    if (!loaded) {
        Q_EMIT failed(loaded.error().toString());
        return false;
    }
    install(std::move(loaded).value());
    Q_EMIT opened(path);
    return true;
}

QString ProjectController::suggestedSavePath() const
{
    const QString current = m_session.document()->filePath();
    if (!current.isEmpty())
        return current;
    return QDir(m_projectsDir).filePath(tr("Untitled") + QStringLiteral(".montaj"));
}

bool ProjectController::saveTo(QString path)
{
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".montaj");
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (const auto written = ProjectFile::save(*m_session.document(), path); !written) {
        Q_EMIT failed(written.error().toString());
        return false;
    }
    Q_EMIT saved(path);
    return true;
}

bool ProjectController::save()
{
    const QString path = m_session.document()->filePath();
    return path.isEmpty() ? saveAs() : saveTo(path);
}

bool ProjectController::saveAs()
{
    return saveTo(m_saveChooser(suggestedSavePath()));
}

bool ProjectController::maybeKeepChanges()
{
    if (!m_session.document()->isModified())
        return true;
    switch (m_unsaved(projectName())) {
    case UnsavedAnswer::Save: return save();
    case UnsavedAnswer::Discard: return true;
    case UnsavedAnswer::Cancel: return false;
    }
    return false;
}

bool ProjectController::adoptRecovered(std::unique_ptr<ProjectDocument> document,
                                       const RecoveryStore::Entry &entry)
{
    if (!document || !maybeKeepChanges())
        return false;
    install(std::move(document));
    if (const auto written = m_autosaver->saveNow(); !written) {
        Q_EMIT failed(written.error().toString());
        return true; // the old autosave stays: nothing is lost
    }
    RecoveryStore(m_recoveryDir).discard(entry);
    return true;
}

} // namespace montaj::ui
