#pragma once

#include "core/edit/recoverystore.h"
#include "core/foundation/result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QWidget;

namespace montaj {
class Autosaver;
class ProjectDocument;
} // namespace montaj

namespace montaj::ui {

class EditSession;

// Opens, saves and protects the Edit page's project: new / open / save / save as, the question
// about unsaved changes, a crash copy (Autosaver) for whatever document is open, and taking over a
// document recovered after a crash. Dialogs go through replaceable choosers so tests can answer
// them. Not for editing (the document's verbs) nor for the page's layout (EditPage).
class ProjectController : public QObject
{
    Q_OBJECT

public:
    enum class UnsavedAnswer { Save, Discard, Cancel };
    using PathChooser = std::function<QString(const QString &suggested)>;
    using UnsavedQuestion = std::function<UnsavedAnswer(const QString &projectName)>;

    ProjectController(EditSession &session, QString projectsDir, QString recoveryDir, QWidget *dialogParent);
    ~ProjectController() override;

    void setOpenChooser(PathChooser chooser) { m_openChooser = std::move(chooser); }
    void setSaveChooser(PathChooser chooser) { m_saveChooser = std::move(chooser); }
    void setUnsavedQuestion(UnsavedQuestion question) { m_unsaved = std::move(question); }

    // Each returns false when nothing happened (the user cancelled, or an error was reported
    // through failed()).
    bool newProject();
    bool open(); // asks for the file
    bool openFile(const QString &path);
    bool save(); // save as when the project has no file yet
    bool saveAs();
    // Before the window closes or another project replaces this one: true when it may go.
    bool maybeKeepChanges();
    // Takes over a recovered document (marked modified); its old autosave is deleted once this
    // page's own crash copy of it is written, so a second crash still loses nothing.
    bool adoptRecovered(std::unique_ptr<ProjectDocument> document, const RecoveryStore::Entry &entry);

    // "Untitled" or the file's base name.
    QString projectName() const;
    QString autosavePath() const;

Q_SIGNALS:
    void failed(const QString &message);
    void opened(const QString &path); // after openFile() succeeded
    void saved(const QString &path);

private:
    void install(std::unique_ptr<ProjectDocument> document);
    bool saveTo(QString path);
    QString suggestedSavePath() const;

    EditSession &m_session;
    QString m_projectsDir;
    QString m_recoveryDir;
    QPointer<QWidget> m_dialogParent;
    std::unique_ptr<Autosaver> m_autosaver;
    PathChooser m_openChooser;
    PathChooser m_saveChooser;
    UnsavedQuestion m_unsaved;
};

} // namespace montaj::ui
