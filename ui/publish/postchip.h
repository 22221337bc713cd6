#pragma once

#include "core/publish/posttypes.h"

#include <QPalette>
#include <QRect>

class QMimeData;
class QPainter;

namespace montaj::ui {

// How one post looks inside the month and week grids (a "chip" in its account's colour: time,
// handle, caption, a mark for its state) and how a dragged chip travels (its mime data). Shared
// by MonthView and WeekView; not a widget.
class PostChip
{
public:
    static QString mimeType(); // "application/x-montaj-post"
    static QMimeData *mimeData(const QString &postId);
    static QString postIdFrom(const QMimeData *data); // empty when not a post

    struct Look
    {
        QString timeText;
        bool selected = false;
        bool focused = false;
        Qt::LayoutDirection direction = Qt::LeftToRight;
        QPalette palette;
    };
    static void paint(QPainter &painter, const QRect &rect, const Post &post, const WorkspaceAccount &account,
                      const Look &look);
    // The full text for a tooltip or an accessible name.
    static QString describe(const Post &post, const WorkspaceAccount &account, const QString &timeText);
};

} // namespace montaj::ui
