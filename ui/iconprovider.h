#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace montaj::ui {

// Loads Montaj's monochrome SVG icons from :/icons and paints them in a given colour (the SVGs
// draw with currentColor), so icons follow the light/dark palette. Not for the colour app icon.
class IconProvider
{
public:
    // The icon in `color`, and in `selectedColor` when shown selected (navigation highlight).
    static QIcon icon(const QString &name, const QColor &color, const QColor &selectedColor = {});
    static QIcon appIcon();
};

} // namespace montaj::ui
