#pragma once

#include "core/edit/snapper.h"
#include "core/foundation/result.h"
#include "ui/edit/editsession.h"
#include "ui/edit/timelinedrag.h"
#include "ui/edit/timelinelayout.h"

#include <QPoint>
#include <QStringList>

#include <optional>

namespace montaj::ui {

// What the mouse does on the timeline, from press to release: a click selects (Ctrl toggles,
// Shift adds; a plain click on one of several selected items keeps only it), a press on the ruler
// scrubs, a drag on an empty lane selects with a band, a drag on an item trims, moves or reorders
// it (TimelineDrag) with snapping unless turned off or Shift is held, and releasing makes the one
// edit. Works in viewport coordinates on the view's layout. Not for painting, scrolling or cursors
// (TimelineView).
class TimelineGestures
{
public:
    TimelineGestures(EditSession *session, const TimelineLayout &layout);

    void press(QPoint pos, Qt::KeyboardModifiers modifiers);
    void rightPress(QPoint pos); // the context menu acts on what was clicked
    void move(QPoint pos, Qt::KeyboardModifiers modifiers, bool snapping);
    // Ends the gesture: the edit it makes, if any (its error when refused).
    Result<void> release(Qt::KeyboardModifiers modifiers);
    // A double click on an item puts the playhead at its start; false when it hit no item.
    bool doubleClick(QPoint pos);
    void cancel();

    bool isActive() const { return m_drag.isActive(); }
    bool isScrubbing() const { return m_drag.kind() == TimelineDrag::Kind::Scrub; }
    // Whether the view should scroll when the mouse nears its edges.
    bool wantsAutoScroll() const;
    const TimelineDrag &drag() const { return m_drag; }

private:
    void selectOnPress(const TimelineLayout::Hit &hit, Qt::KeyboardModifiers modifiers);

    EditSession *m_session;
    const TimelineLayout &m_layout;
    TimelineDrag m_drag;
    std::optional<Snapper> m_snapper; // built when a gesture starts
    QString m_pressedId;
    bool m_pressedWasSelected = false;
    QStringList m_bandBase; // the selection a band adds to
};

} // namespace montaj::ui
