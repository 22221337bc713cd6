#pragma once

#include <QPoint>
#include <QRect>
#include <QString>

class QWidget;

namespace montaj::ui {

class PostCalendarModel;

// What the month and week grids do alike with a chip under the pointer: drag it (when the post may
// still move) with a picture of the chip, and show its tooltip. Not the drop: each grid knows what
// its drop position means.
class ChipDrag
{
public:
    // Blocks like QDrag::exec until the drop or the cancel.
    static void start(QWidget *source, const PostCalendarModel &model, const QString &postId,
                      const QRect &chip, const QPoint &pressPos);
    // Shows the post's description at `globalPos`, or hides the tooltip when there is no post.
    static void tooltip(QWidget *source, const PostCalendarModel &model, const QString &postId,
                        const QPoint &globalPos);
};

} // namespace montaj::ui
