#pragma once

#include <QStyledItemDelegate>

namespace montaj::ui {

// Paints one media bin row: the picture on the leading side, the file name and, under it, its
// length and size or why it cannot be used, each elided to the width of the list so that nothing
// scrolls sideways. Mirrors with the layout direction. Not an editor.
class MediaBinDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace montaj::ui
