#pragma once

#include "ui/edit/editsession.h"

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QStringList>

class QAction;

namespace montaj::ui {

class TimelineView;

// The timeline's commands as actions with object names, shortcuts, texts and tooltips, kept
// enabled only when they can act: split (S), delete (Delete), ripple delete (Shift+Delete), select
// all (Ctrl+A), clear the selection (Esc), previous/next item (Alt+Left/Right), move the clip
// (Ctrl+Left/Right), trim to the playhead (Q/W), nudge text a frame (Alt+Shift+Left/Right), zoom
// (+, -, Shift+Z) and snapping. Each edit goes through TimelineEdits as one undo step; a refused
// one is reported through errorOccurred(). Not for widgets (TimelinePanel places the actions).
class TimelineActions : public QObject
{
    Q_OBJECT

public:
    TimelineActions(EditSession *session, TimelineView *view, QObject *parent = nullptr);

    const QList<QAction *> &all() const { return m_all; }
    QAction *byName(const QString &objectName) const;
    // Which commands the view's context menu offers.
    QList<QAction *> contextMenu() const;
    void retranslate();

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    QAction *make(const char *name, const QList<QKeySequence> &keys);
    void updateEnabled();
    QStringList selectedUnder(qint64 us) const; // selected items spanning `us`
    QString selectedClip() const;               // the last selected clip

    void split();
    void deleteSelection(bool ripple);
    void selectAll();
    void selectNeighbour(int step);
    void moveSelectedClip(int step);
    void trimToPlayhead(bool start);
    void nudge(qint64 frames);

    EditSession *m_session;
    TimelineView *m_view;
    QList<QAction *> m_all;
    QAction *m_split;
    QAction *m_delete;
    QAction *m_rippleDelete;
    QAction *m_selectAll;
    QAction *m_clearSelection;
    QAction *m_selectPrevious;
    QAction *m_selectNext;
    QAction *m_moveEarlier;
    QAction *m_moveLater;
    QAction *m_trimStart;
    QAction *m_trimEnd;
    QAction *m_nudgeEarlier;
    QAction *m_nudgeLater;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_zoomFit;
    QAction *m_snapping;
};

} // namespace montaj::ui
