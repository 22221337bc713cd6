#pragma once

#include "core/edit/projecttypes.h"

#include <QImage>
#include <QList>
#include <QPoint>

namespace montaj {

// Text overlay pictures for the preview, drawn once per (overlay value, picture size) with
// OverlayRenderer::render — the drawing the export uses — and trimmed to their visible pixels so
// each frame blends only that rectangle. Keeps the most recently used pictures; not thread-safe.
class OverlayCache
{
public:
    struct Sprite
    {
        QImage image; // premultiplied ARGB, only the visible part
        QPoint offset;
    };

    explicit OverlayCache(int capacity = 48);

    const Sprite &sprite(const TextOverlay &overlay, QSize size);
    qint64 renders() const { return m_renders; }
    void clear() { m_entries.clear(); }

private:
    struct Entry
    {
        TextOverlay overlay;
        QSize size;
        Sprite sprite;
        qint64 lastUse = 0;
    };

    QList<Entry> m_entries;
    int m_capacity;
    qint64 m_clock = 0;
    qint64 m_renders = 0;
};

} // namespace montaj
