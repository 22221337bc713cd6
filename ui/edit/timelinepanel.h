#pragma once

#include "ui/edit/editsession.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace montaj::ui {

class TimelineActions;
class TimelineView;

// The Edit page's timeline panel: a small toolbar (split, delete, ripple delete, snapping, zoom
// out/in/fit and a zoom slider, and a line for refused edits) above the TimelineView, plus the
// timeline's keyboard commands (TimelineActions). The actions work while the focus is inside the
// panel (Qt::WidgetWithChildrenShortcut) so they never fight a text field's keys; the toolbar
// mirrors in right-to-left languages, the time axis does not. Not for undo/redo (the page's) nor
// for playback keys (the preview's).
class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePanel(EditSession *session, QWidget *parent = nullptr);

    // Every command, with an object name ("timelineSplitAction", …) and its shortcut.
    QList<QAction *> actions() const;
    QAction *action(const QString &objectName) const;
    TimelineView *view() const { return m_view; }

Q_SIGNALS:
    // A refused edit or an unusable dropped file, already translated, for the page's status line.
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildToolbar();
    void retranslate();
    void showError(const QString &message);
    void syncZoomSlider(double pxPerSecond);

    TimelineView *m_view;
    TimelineActions *m_actions;
    QLabel *m_status;
    QTimer *m_statusTimer;
    QSlider *m_zoom;
    QList<QToolButton *> m_buttons;
};

} // namespace montaj::ui
