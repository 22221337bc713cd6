#include "ui/publish/postchip.h"

#include "core/publish/postlifecycle.h"
#include "ui/publish/accountcolours.h"
#include "ui/publish/publishtext.h"

#include <QMimeData>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace montaj::ui {
namespace {
// A short mark for the states that are not plain "scheduled".
QString stateMark(PostState state)
{
    switch (state) {
    case PostState::Published: return QStringLiteral("\u2713"); // ✓
    case PostState::Failed: return QStringLiteral("!");
    case PostState::Publishing: return QStringLiteral("\u21BB"); // ↻
    case PostState::NeedsApproval: return QStringLiteral("?");
    case PostState::Cancelled: return QStringLiteral("\u2715"); // ✕
    default: return {};
    }
}

bool isTentative(PostState state)
{
    return state == PostState::Draft || state == PostState::NeedsApproval || state == PostState::Approved
           || state == PostState::Cancelled;
}
} // namespace

QString PostChip::mimeType()
{
    return QStringLiteral("application/x-montaj-post");
}

QMimeData *PostChip::mimeData(const QString &postId)
{
    auto *data = new QMimeData;
    data->setData(mimeType(), postId.toUtf8());
    return data;
}

QString PostChip::postIdFrom(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    return QString::fromUtf8(data->data(mimeType()));
}

void PostChip::paint(QPainter &painter, const QRect &rect, const Post &post, const WorkspaceAccount &account,
                     const Look &look)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = AccountColours::of(account);
    const bool tentative = isTentative(post.state);
    // Scheduled and later: filled with the account's colour. Not yet scheduled: a light tint with
    // a solid stripe on the leading edge, so both kinds stay recognisable by account.
    QColor fill = colour;
    QColor text = AccountColours::textOn(colour);
    if (tentative) {
        fill = look.palette.color(QPalette::Base);
        fill = QColor::fromRgbF(0.8f * fill.redF() + 0.2f * colour.redF(),
                                0.8f * fill.greenF() + 0.2f * colour.greenF(),
                                0.8f * fill.blueF() + 0.2f * colour.blueF());
        text = look.palette.color(QPalette::Text);
    }
    const QRectF box = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(box, 3, 3);
    painter.fillPath(path, fill);
    const bool rtl = look.direction == Qt::RightToLeft;
    if (tentative) {
        const QRectF stripe = rtl ? QRectF(box.right() - 3, box.top(), 3, box.height())
                                  : QRectF(box.left(), box.top(), 3, box.height());
        painter.fillRect(stripe, colour);
        painter.setPen(QPen(colour, 1, post.state == PostState::Draft ? Qt::DashLine : Qt::SolidLine));
        painter.drawPath(path);
    }
    if (look.selected || look.focused) {
        painter.setPen(QPen(look.palette.color(QPalette::Highlight), look.selected ? 2 : 1,
                            look.selected ? Qt::SolidLine : Qt::DotLine));
        painter.drawRoundedRect(box.adjusted(-1, -1, 1, 1), 3, 3);
    }

    painter.setPen(text);
    QFont small = painter.font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    painter.setFont(small);
    const QRect inner = rect.adjusted(5, 1, -5, -1);
    const QFontMetrics metrics(painter.font());
    // Absolute: the leading edge of the grid, whatever each string's own direction.
    const Qt::Alignment leading =
        Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
    QRect rest = inner;
    // Leading: the time, bold; trailing: the state mark; between: handle and caption, elided.
    if (!look.timeText.isEmpty()) {
        QFont bold = painter.font();
        bold.setBold(true);
        painter.setFont(bold);
        const int width = std::min(inner.width(), QFontMetrics(bold).horizontalAdvance(look.timeText) + 4);
        const QRect timeRect = rtl ? QRect(inner.right() - width + 1, inner.top(), width, inner.height())
                                   : QRect(inner.left(), inner.top(), width, inner.height());
        painter.drawText(timeRect, static_cast<int>(leading),
                         QFontMetrics(bold).elidedText(look.timeText, Qt::ElideRight, timeRect.width()));
        bold.setBold(false);
        painter.setFont(bold);
        rest = rtl ? rest.adjusted(0, 0, -width - 2, 0) : rest.adjusted(width + 2, 0, 0, 0);
    }
    const QString mark = stateMark(post.state);
    if (!mark.isEmpty()) {
        const int width = metrics.horizontalAdvance(mark) + 4;
        const QRect markRect = rtl ? QRect(rest.left(), rest.top(), width, rest.height())
                                   : QRect(rest.right() - width + 1, rest.top(), width, rest.height());
        painter.drawText(markRect, Qt::AlignCenter, mark);
        rest = rtl ? rest.adjusted(width, 0, 0, 0) : rest.adjusted(0, 0, -width, 0);
    }
    QString label = PublishText::handle(account);
    const QString caption = post.caption.simplified();
    if (!caption.isEmpty())
        label = label.isEmpty() ? caption : QString(label + QLatin1Char(' ') + caption);
    QFont font = painter.font();
    font.setStrikeOut(post.state == PostState::Cancelled);
    painter.setFont(font);
    painter.setLayoutDirection(Qt::LayoutDirectionAuto); // "@handle …" elides at its own end
    painter.drawText(rest, static_cast<int>(leading),
                     QFontMetrics(font).elidedText(label, Qt::ElideRight, rest.width()));
    painter.restore();
}

QString PostChip::describe(const Post &post, const WorkspaceAccount &account, const QString &timeText)
{
    QStringList parts{timeText, PublishText::handle(account), PostLifecycle::displayName(post.state)};
    if (!post.caption.isEmpty())
        parts << post.caption.left(200);
    if (post.state == PostState::Failed && !post.failReason.isEmpty())
        parts << post.failReason;
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" \u2014 "));
}

} // namespace montaj::ui
