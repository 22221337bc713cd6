#pragma once

#include <QColor>
#include <QList>
#include <QPalette>
#include <QRect>
#include <QString>

class QPainter;

namespace montaj {

// How a brand deal's posting window looks on the publish calendar: a band tinted in the deal's own
// colour (a hue from its id, readable on light and dark palettes) with a solid edge on the side the
// window starts and the label elided to fit, plus the first-fit lanes that stack the bands of one
// week row. Pure painting and geometry; not the calendar (MonthView, WeekView) nor the data.
class PostingWindowBand
{
public:
    struct Segment
    {
        int first = 0; // day indexes within a row, inclusive
        int last = 0;
    };
    // The lane of each segment (the first whose previous band has ended), in the given order.
    static QList<int> lanes(const QList<Segment> &segments);

    static QColor edge(const QString &dealId, const QPalette &palette);
    static QColor tint(const QString &dealId, const QPalette &palette);
    // `startsHere`: draw the edge on the leading side (the window's first day is in this band).
    static void paint(QPainter &painter, const QRect &rect, const QString &text, const QString &dealId,
                      const QPalette &palette, Qt::LayoutDirection direction, bool startsHere = true);
};

} // namespace montaj
