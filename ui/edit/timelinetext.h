#pragma once

#include "ui/edit/editsession.h"
#include "ui/edit/timelinelayout.h"

#include <QCoreApplication>
#include <QPoint>
#include <QString>

namespace montaj::ui {

// The words the timeline shows besides its drawing: the tooltip for what is under the mouse and the
// one-line summary screen readers get (clips, length, playhead, selection). Not for the lane
// labels and hints drawn in the view (TimelinePainter).
class TimelineText
{
    Q_DECLARE_TR_FUNCTIONS(TimelineText)

public:
    static QString toolTip(const TimelineLayout &layout, QPoint pos);
    static QString summary(const EditSession &session);
};

} // namespace montaj::ui
