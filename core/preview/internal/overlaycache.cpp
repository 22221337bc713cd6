#include "core/preview/internal/overlaycache.h"

#include "core/render/overlayrenderer.h"

#include <algorithm>

namespace montaj {
namespace {

// The smallest rectangle holding every pixel that is not fully transparent.
QRect visibleRect(const QImage &image)
{
    int left = image.width(), top = image.height(), right = -1, bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(row[x]) == 0)
                continue;
            left = std::min(left, x);
            right = std::max(right, x);
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        }
    }
    return right < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

} // namespace

OverlayCache::OverlayCache(int capacity)
    : m_capacity(std::max(1, capacity))
{}

const OverlayCache::Sprite &OverlayCache::sprite(const TextOverlay &overlay, QSize size)
{
    ++m_clock;
    for (Entry &e : m_entries) {
        if (e.size == size && e.overlay == overlay) {
            e.lastUse = m_clock;
            return e.sprite;
        }
    }
    if (m_entries.size() >= m_capacity) {
        const auto oldest =
            std::min_element(m_entries.begin(), m_entries.end(),
                             [](const Entry &a, const Entry &b) { return a.lastUse < b.lastUse; });
        m_entries.erase(oldest);
    }
    ++m_renders;
    const QImage full = OverlayRenderer::render(overlay, size);
    const QRect visible = visibleRect(full);
    Entry entry{
        overlay, size, {visible.isEmpty() ? QImage() : full.copy(visible), visible.topLeft()}, m_clock};
    m_entries.append(std::move(entry));
    return m_entries.last().sprite;
}

} // namespace montaj
