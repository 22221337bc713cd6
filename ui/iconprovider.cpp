#include "ui/iconprovider.h"

#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace montaj::ui {

namespace {

void addTinted(QIcon &icon, QByteArray svg, const QColor &color, QIcon::Mode mode)
{
    svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    for (int size : {16, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap, mode);
    }
}

} // namespace

QIcon IconProvider::icon(const QString &name, const QColor &color, const QColor &selectedColor)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();
    QIcon result;
    addTinted(result, svg, color, QIcon::Normal);
    if (selectedColor.isValid())
        addTinted(result, svg, selectedColor, QIcon::Selected);
    return result;
}

QIcon IconProvider::appIcon()
{
    return QIcon(QStringLiteral(":/icons/montaj.svg"));
}

} // namespace montaj::ui
