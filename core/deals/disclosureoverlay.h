#pragma once

#include "core/edit/projecttypes.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace montaj {

// The in-video disclosures of an edit project: whether text overlays showing a label ("Publicité",
// "Collaboration commerciale", "Images retouchées"…) cover the whole video, where they do not, and
// the overlay to add so that they do (one click: add it with ProjectDocument::addOverlay, one undo
// step). An overlay counts when its text contains one of the labels as a whole word; several
// overlays may cover the time together. Times are microseconds, like the project's. Not the rules
// of which label is needed (ComplianceCheck).
class DisclosureOverlay
{
public:
    struct Coverage
    {
        qint64 durationUs = 0;
        qint64 coveredUs = 0;
        QList<QPair<qint64, qint64>> gaps; // [start, end) not covered, in order
        bool complete() const { return durationUs > 0 && gaps.isEmpty(); }
    };

    // The length of the timeline: the clips back to back.
    static qint64 durationUs(const ProjectState &project);
    static Coverage coverage(const ProjectState &project, const QStringList &labels);
    // An overlay showing `text` from the first to the last frame, small, boxed, near the top (inside the
    // platform's safe zone) of the canvas; `slot` stacks several disclosures (0 = top line, 1 = the line
    // below …).
    static TextOverlay makeOverlay(const ProjectState &project, const QString &text, int slot = 0);
};

} // namespace montaj
