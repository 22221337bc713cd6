#pragma once

#include "core/deals/compliancecheck.h"
#include "core/edit/recoverystore.h"
#include "core/filters/filterregistry.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;
class QToolBar;
class QUndoGroup;
class QUndoView;

namespace montaj {
class AppPaths;
class DealService;
struct DealsSnapshot;
class ProjectDocument;
class ProxyCache;
} // namespace montaj

namespace montaj::ui {

class EditSession;
class CaptionsPanel;
class FiltersPanel;
class InspectorPanel;
class MediaBinPanel;
class MessageBar;
class PreviewPanel;
class ProjectController;
class TimelinePanel;

// The Edit page: the media bin, the preview with its transport, the inspector and the undo
// history side by side above the timeline, with the project's file actions, undo/redo and export.
// Arranges the panels and routes the keyboard to them; each panel does its own work through the
// shared EditSession. Not for editing logic (core/edit) nor for playback (PreviewPanel).
class EditPage : public QWidget
{
    Q_OBJECT

public:
    EditPage(const AppPaths &paths, QWidget *parent = nullptr);
    ~EditPage() override;

    EditSession &session() const { return *m_session; }
    ProjectController &projects() const { return *m_projects; }
    MessageBar *messageBar() const { return m_messages; }
    PreviewPanel *preview() const { return m_preview; }
    TimelinePanel *timeline() const { return m_timeline; }
    InspectorPanel *inspector() const { return m_inspector; }
    CaptionsPanel *captions() const { return m_captions; }
    FiltersPanel *filters() const { return m_filters; }
    void showCaptions(); // brings the Captions tab forward
    // Recorded takes (finished files) go to the bin and onto the end of the timeline, one undo step.
    void addTakes(const QStringList &paths);
    MediaBinPanel *mediaBin() const { return m_bin; }
    QUndoView *historyView() const { return m_history; }
    // The page's own actions (new, open, save, save as, undo, redo, add text, add disclosure label,
    // relink, export) by object name, and those of its panels.
    QAction *action(const QString &objectName) const;

    // Opens a project file given on the command line or by the desktop.
    bool openProject(const QString &path);
    // A document recovered after a crash, opened here for the user to continue.
    bool openRecovered(std::unique_ptr<ProjectDocument> document, const RecoveryStore::Entry &entry);
    // Before the window closes: asks about unsaved changes; false when the user cancels.
    bool maybeClose();
    // The montajctl program the export dialog runs (next to the studio by default).
    void setMontajctlPath(const QString &path) { m_montajctl = path; }
    QString montajctlPath() const { return m_montajctl; }
    // The studio's brand deals (may be null): "Add disclosure label…" offers their deliverables.
    void setDeals(DealService *deals);
    // Adds the in-video disclosure labels `input` needs (its project is the open one) for the whole
    // video, as one undo step; none when they are there already. The number added.
    Result<int> addDisclosureLabels(ComplianceInput input);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void buildLayout();
    void retranslate();
    void documentReplaced();
    void refreshTitle();
    void refreshUndoActions();
    void offerRelink();
    void showRelink();
    void showExport();
    void addText();
    void askDisclosureLabel();
    void showDisclosureDialog(const DealsSnapshot &snapshot);
    void adoptShortcuts(const QList<QAction *> &actions);

    std::unique_ptr<EditSession> m_session;
    ProjectController *m_projects;
    ProxyCache *m_proxies;
    QString m_montajctl;
    QPointer<DealService> m_deals;
    QUndoGroup *m_undoGroup;
    QToolBar *m_toolbar;
    QLabel *m_title;
    MessageBar *m_messages;
    QSplitter *m_vertical;
    QSplitter *m_horizontal;
    MediaBinPanel *m_bin;
    PreviewPanel *m_preview;
    QTabWidget *m_side;
    InspectorPanel *m_inspector;
    CaptionsPanel *m_captions;
    FiltersPanel *m_filters;
    FilterRegistry m_filterRegistry = FilterRegistry::withBuiltins(); // outlives the panels using it
    QUndoView *m_history;
    TimelinePanel *m_timeline;
    QAction *m_new;
    QAction *m_open;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_addText;
    QAction *m_addDisclosure;
    QAction *m_relink;
    QAction *m_export;
};

} // namespace montaj::ui
