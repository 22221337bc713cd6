#pragma once

#include "ui/edit/timelineguidepainter.h"
#include "ui/edit/timelinelayout.h"

#include <QCoreApplication>
#include <QPalette>
#include <QRect>
#include <QStringList>

#include <optional>

class QPainter;

namespace montaj::ui {

class TimelineMediaCache;

// Draws the timeline from a layout and a scene with the widget's palette (light and dark themes):
// lane labels, clips with their thumbnail strips, the clips' sound as waveforms (muted ones dimmed),
// text overlays, the captions lane and the music; TimelineGuidePainter adds marks, playhead and
// gesture feedback.
// Only what is in view is drawn; pictures and waveforms come from the cache and are simply left
// out until they arrive. Not for hit-testing or geometry (TimelineLayout).
class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)

public:
    TimelinePainter(QPainter &painter, const TimelineLayout &layout, const TimelineScene &scene,
                    const QPalette &palette, TimelineMediaCache *cache);

    void paint();

    static QString laneName(TimelineLane lane);

private:
    void paintLanes();
    void paintClips();
    void paintThumbnails(const Clip &clip, const QRectF &rect, const QRectF &visible);
    void paintClipSound(const Clip &clip, qsizetype index);
    void paintWaveform(const QString &path, qint64 sourceDurationUs, const QRectF &rect,
                       const QRectF &visible, qint64 sourceAtLeftUs, double gain);
    void paintOverlays();
    void paintCaptionsLane();
    void paintMusic();
    void paintHeader();
    void paintLabel(const QRectF &rect, const QString &text, const QColor &color);
    QRectF visiblePart(const QRectF &rect) const;
    bool isSelected(const QString &id) const { return m_scene.selection.contains(id); }
    void outline(const QRectF &rect, const QString &id);

    QPainter &m_p;
    const TimelineLayout &m_layout;
    const TimelineScene &m_scene;
    const QPalette &m_palette;
    TimelineMediaCache *m_cache;
    QRect m_timeArea;
};

} // namespace montaj::ui
