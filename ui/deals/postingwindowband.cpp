#include "ui/deals/postingwindowband.h"

#include <QFontMetrics>
#include <QPainter>
#include <QtGlobal>

namespace montaj {
namespace {
int hueOf(const QString &dealId)
{
    return int(qHash(dealId, 7) % 360u);
}
bool dark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}
} // namespace

QList<int> PostingWindowBand::lanes(const QList<Segment> &segments)
{
    QList<int> out;
    QList<int> laneEnds; // last day taken in each lane
    for (const Segment &s : segments) {
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) >= s.first)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(s.last);
        else
            laneEnds[lane] = s.last;
        out.append(lane);
    }
    return out;
}

QColor PostingWindowBand::edge(const QString &dealId, const QPalette &palette)
{
    return QColor::fromHsv(hueOf(dealId), 170, dark(palette) ? 230 : 170);
}

QColor PostingWindowBand::tint(const QString &dealId, const QPalette &palette)
{
    return dark(palette) ? QColor::fromHsv(hueOf(dealId), 120, 120, 150)
                         : QColor::fromHsv(hueOf(dealId), 45, 250);
}

void PostingWindowBand::paint(QPainter &painter, const QRect &rect, const QString &text,
                              const QString &dealId, const QPalette &palette, Qt::LayoutDirection direction,
                              bool startsHere)
{
    if (rect.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(rect, tint(dealId, palette));
    const bool rtl = direction == Qt::RightToLeft;
    if (startsHere) {
        const QRect stripe = rtl ? QRect(rect.right() - 2, rect.top(), 3, rect.height())
                                 : QRect(rect.left(), rect.top(), 3, rect.height());
        painter.fillRect(stripe, edge(dealId, palette));
    }
    painter.setPen(palette.color(QPalette::Text));
    const QRect textRect = rect.adjusted(6, 0, -6, 0);
    const QString shown = painter.fontMetrics().elidedText(text, Qt::ElideRight, textRect.width());
    QTextOption option(Qt::AlignVCenter | (rtl ? Qt::AlignRight : Qt::AlignLeft));
    option.setTextDirection(Qt::LayoutDirectionAuto); // the string's own direction
    option.setWrapMode(QTextOption::NoWrap);
    painter.setClipRect(rect);
    painter.drawText(textRect, shown, option);
    painter.restore();
}

} // namespace montaj
