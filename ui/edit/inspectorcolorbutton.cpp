#include "ui/edit/inspectorcolorbutton.h"

#include <QColorDialog>
#include <QPainter>
#include <QPixmap>

namespace montaj::ui {

InspectorColorButton::InspectorColorButton(QWidget *parent)
    : QToolButton(parent)
{
    setIconSize(QSize(36, 16));
    connect(this, &QToolButton::clicked, this, &InspectorColorButton::openDialog);
    paintSwatch();
}

void InspectorColorButton::setColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    paintSwatch();
}

void InspectorColorButton::choose(const QColor &color)
{
    if (!color.isValid() || color == m_color)
        return;
    setColor(color);
    Q_EMIT colorEdited(color);
}

void InspectorColorButton::openDialog()
{
    QColorDialog::ColorDialogOptions options;
    if (m_alpha)
        options |= QColorDialog::ShowAlphaChannel;
    const QColor picked = QColorDialog::getColor(m_color, this, accessibleName(), options);
    if (picked.isValid())
        choose(picked);
}

void InspectorColorButton::paintSwatch()
{
    QPixmap swatch(iconSize());
    swatch.fill(Qt::transparent);
    QPainter painter(&swatch);
    const QRect box = swatch.rect().adjusted(0, 0, -1, -1);
    if (m_color.alpha() < 255) { // a checkerboard shows through a see-through colour
        for (int x = 0; x < box.width(); x += 4)
            for (int y = 0; y < box.height(); y += 4)
                painter.fillRect(x, y, 4, 4, ((x + y) / 4) % 2 ? Qt::lightGray : Qt::white);
    }
    painter.fillRect(box, m_color);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(box);
    painter.end();
    setIcon(QIcon(swatch));
    setText(m_color.name(m_color.alpha() < 255 ? QColor::HexArgb : QColor::HexRgb));
}

} // namespace montaj::ui
