#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QTimer;

namespace montaj {
class PlaybackEngine;
class ProjectDocument;
class ProxyCache;
} // namespace montaj

namespace montaj::ui {

class EditSession;
class PreviewView;
class TransportBar;

// The Edit page's player: the preview picture (PreviewView) over its transport (TransportBar),
// driven by a PlaybackEngine that decodes on its own thread. Wires the engine to the EditSession:
// the session's seeks show their frame, playback moves the session's playhead, document edits
// re-render, and the actions (Space, J, K, L, ←/→, Home/End, I, O, safe areas) act on both. Asks
// a ProxyCache, when given one, for proxies of the project's videos. Not for editing (timeline,
// inspector) nor for export.
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
};

} // namespace montaj::ui
