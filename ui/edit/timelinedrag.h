#pragma once

#include "core/edit/snapper.h"
#include "core/foundation/result.h"
#include "ui/edit/timelinelayout.h"

#include <QPoint>
#include <QRect>
#include <QStringList>

#include <optional>

namespace montaj {
class ProjectDocument;
class TimelineEdits;
} // namespace montaj

namespace montaj::ui {

// One mouse gesture on the timeline from press to release: what is being dragged, its limits
// (source length, time 0, one frame at least), where it would land now (frame-exact, stuck to a
// snap point when one is near) and the single edit that releasing makes. A plain value the view
// keeps while the button is down; it never changes the document before commit(). Not for
// painting, nor for selection clicks.
class TimelineDrag
{
public:
    enum class Kind {
        None,
        Scrub,
        RubberBand,
        ReorderClip,
        TrimClipStart,
        TrimClipEnd,
        MoveOverlay,
        TrimOverlayStart,
        TrimOverlayEnd,
        MoveMusic
    };

    // A gesture starting at `pos` on `hit` (the item's id, index and edge).
    static TimelineDrag begin(Kind kind, const TimelineLayout::Hit &hit, QPoint pos,
                              const ProjectDocument &doc);
    // The kind a press on `hit` starts: an edge trims, a body moves (clips reorder).
    static Kind kindFor(const TimelineLayout::Hit &hit);

    Kind kind() const { return m_kind; }
    bool isActive() const { return m_kind != Kind::None; }
    bool hasMoved() const { return m_moved; }
    const QString &id() const { return m_id; }
    QPoint pressPos() const { return m_pressPos; }
    QRect band() const { return QRect(m_pressPos, m_pos).normalized(); }

    // Moves the gesture to `pos`; `snapper` null means no snapping (off, or Shift held).
    void update(QPoint pos, const TimelineLayout &layout, const Snapper *snapper, qint64 toleranceUs);
    // The ids whose snap points must be ignored while this gesture runs.
    QStringList snapExclusions() const { return m_excluded; }

    // Where the dragged item would be now: its span on the timeline, and for a reorder the clip
    // boundary it would be inserted at.
    qint64 startUs() const { return m_startUs; }
    qint64 endUs() const { return m_endUs; }
    qsizetype insertIndex() const { return m_insertIndex; }
    const std::optional<Snapper::Point> &snapPoint() const { return m_snap; }

    bool changesDocument() const;
    // The one edit this gesture makes, as one undo step.
    Result<void> commit(TimelineEdits &edits) const;

private:
    qint64 quantize(qint64 us) const;
    qint64 snapEdge(qint64 us, const Snapper *snapper, qint64 toleranceUs);

    Kind m_kind = Kind::None;
    QString m_id;
    qsizetype m_index = -1;
    QPoint m_pressPos;
    QPoint m_pos;
    bool m_moved = false;
    Canvas m_canvas;
    qint64 m_originalStartUs = 0;
    qint64 m_originalEndUs = 0;
    qint64 m_startUs = 0;
    qint64 m_endUs = 0;
    qint64 m_minUs = 0; // limits of the moving edge (or of the start, when moving)
    qint64 m_maxUs = 0;
    qsizetype m_insertIndex = -1;
    std::optional<Snapper::Point> m_snap;
    QStringList m_excluded;
};

} // namespace montaj::ui
