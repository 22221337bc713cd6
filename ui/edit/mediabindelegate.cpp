#include "ui/edit/mediabindelegate.h"

#include "ui/edit/mediabinmodel.h"

#include <QApplication>
#include <QImage>
#include <QPainter>

namespace montaj::ui {
namespace {

constexpr int kMargin = 4;
constexpr int kGap = 8;

} // namespace

QSize MediaBinDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Narrow on purpose: a one-column list makes each row as wide as the view.
    const int lines = 2 * option.fontMetrics.lineSpacing();
    return {MediaBinModel::kThumbnailSize.width() + 2 * kMargin,
            std::max(MediaBinModel::kThumbnailSize.height(), lines) + 2 * kMargin};
}

void MediaBinDelegate::paint(QPainter *painter, const QStyleOptionViewItem &given,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem option = given;
    initStyleOption(&option, index);
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    const QVariant decoration = index.data(Qt::DecorationRole);
    option.text.clear();
    option.icon = QIcon();
    option.features &= ~QStyleOptionViewItem::HasDecoration;
    style->drawControl(QStyle::CE_ItemViewItem, &option, painter, option.widget); // background, selection

    const Qt::LayoutDirection direction = option.direction;
    const QRect area = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QRect picture = QStyle::alignedRect(direction, Qt::AlignLeading | Qt::AlignVCenter,
                                              MediaBinModel::kThumbnailSize, area);
    painter->save();
    if (decoration.canConvert<QImage>() && !decoration.value<QImage>().isNull()) {
        const QImage image = decoration.value<QImage>();
        const QSize fitted = image.size().scaled(picture.size(), Qt::KeepAspectRatio);
        painter->drawImage(QStyle::alignedRect(direction, Qt::AlignCenter, fitted, picture), image);
    } else if (decoration.canConvert<QIcon>()) {
        decoration.value<QIcon>().paint(painter, picture.adjusted(24, 12, -24, -12), Qt::AlignCenter);
    }

    QRect text = area;
    if (direction == Qt::RightToLeft)
        text.setRight(picture.left() - kGap);
    else
        text.setLeft(picture.right() + kGap);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        option.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    QColor nameColor = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor detailColor = selected ? nameColor : option.palette.color(group, QPalette::PlaceholderText);
    if (const QVariant alert = index.data(Qt::ForegroundRole); alert.isValid() && !selected)
        detailColor = alert.value<QBrush>().color();
    const int alignment = int(QStyle::visualAlignment(direction, Qt::AlignLeading | Qt::AlignVCenter));
    // Each string takes its own direction (an Arabic name in an English interface reads right to left).
    painter->setLayoutDirection(Qt::LayoutDirectionAuto);
    QFont nameFont = option.font;
    nameFont.setBold(true);
    const int line = option.fontMetrics.lineSpacing();
    const QRect nameRect(text.left(), text.center().y() - line, text.width(), line);
    const QRect detailRect(text.left(), text.center().y(), text.width(), line);
    painter->setFont(nameFont);
    painter->setPen(nameColor);
    const QString name = index.data(MediaBinModel::NameRole).toString();
    painter->drawText(nameRect, alignment,
                      QFontMetrics(nameFont).elidedText(name, Qt::ElideRight, text.width()));
    painter->setFont(option.font);
    painter->setPen(detailColor);
    const QString details = index.data(MediaBinModel::DetailsRole).toString();
    painter->drawText(detailRect, alignment,
                      option.fontMetrics.elidedText(details, Qt::ElideRight, text.width()));
    painter->restore();
}

} // namespace montaj::ui
