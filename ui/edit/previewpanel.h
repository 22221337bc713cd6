#pragma once

#include "core/edit/projecttypes.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QTimer;

namespace montaj {
class FilterRegistry;
class PlaybackEngine;
class ProjectDocument;
class ProxyCache;
} // namespace montaj

namespace montaj::ui {

class EditSession;
class PreviewFilters;
class PreviewView;
class TransportBar;

// The Edit page's player: the preview picture (PreviewView) over its transport (TransportBar),
// driven by a PlaybackEngine that decodes on its own thread. Wires the engine to the EditSession:
// the session's seeks show their frame, playback moves the session's playhead, document edits
// re-render, and the actions (Space, J, K, L, ←/→, Home/End, I, O, safe areas) act on both. Asks
// a ProxyCache, when given one, for proxies of the project's videos. Given a FilterRegistry, it
// shows every clip's filter stack at preview size (PreviewFilters, on the engine's thread) and a
// before/after split the user drags. Not for editing (timeline, inspector, filters) nor for export.
class PreviewPanel : public QWidget
{
    Q_OBJECT

public:
    PreviewPanel(EditSession *session, QWidget *parent = nullptr);
    ~PreviewPanel() override;

    // The player's actions, with their shortcuts and object names ("preview.playPause", …). Their
    // shortcut context is the page's to set.
    QList<QAction *> actions() const;
    QAction *action(const QString &objectName) const;

    // Not owned; proxies are requested for every video on the timeline and used once ready.
    void setProxyCache(ProxyCache *cache);

    // Filters: with a registry (not owned; copied), the preview applies the project's filter
    // stacks; null shows the clips unfiltered.
    void setFilterRegistry(const FilterRegistry *registry);
    bool showsFilters() const { return m_filters != nullptr; }
    // A stack standing in for a clip's own while it is being edited (a slider being dragged, not
    // committed yet): FiltersPanel::draftChanged. An empty clip id goes back to the document.
    void setFilterDraft(const QString &clipId, const QList<montaj::FilterSettings> &filters);
    // The before/after split: left of the divider the picture without filters, right of it with
    // them (also in a right-to-left UI). Checkable, object name "preview.beforeAfter"; not in
    // actions() (no shortcut).
    QAction *beforeAfterAction() const { return m_beforeAfter; }
    void setSplitView(bool on);
    bool isSplitView() const;
    void setSplitPosition(double fraction); // 0..1 from the left; 0.5 at first
    double splitPosition() const;
    // The filters' latest problem shown over the picture (empty when none).
    QString filterProblem() const { return m_filterProblem; }

    PlaybackEngine *engine() const { return m_engine; }
    PreviewView *view() const { return m_view; }
    TransportBar *transport() const { return m_transport; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void retranslate();
    void attach(ProjectDocument *document);
    void documentEdited();
    void refreshTime();
    void refreshPlayAction();
    void seekBy(qint64 frames);
    void applySplit();
    void showFilterProblem();

    EditSession *m_session;
    PlaybackEngine *m_engine;
    PreviewView *m_view;
    TransportBar *m_transport;
    QPointer<ProxyCache> m_proxies;
    QPointer<ProjectDocument> m_document;
    QTimer *m_resize;
    QAction *m_playPause = nullptr;
    QAction *m_shuttleBack = nullptr;
    QAction *m_shuttleStop = nullptr;
    QAction *m_shuttleForward = nullptr;
    QAction *m_stepBack = nullptr;
    QAction *m_stepForward = nullptr;
    QAction *m_goToStart = nullptr;
    QAction *m_goToEnd = nullptr;
    QAction *m_markIn = nullptr;
    QAction *m_markOut = nullptr;
    QAction *m_safeArea = nullptr;
    QAction *m_beforeAfter = nullptr;
    std::shared_ptr<PreviewFilters> m_filters;
    QString m_filterProblem;
};

} // namespace montaj::ui
