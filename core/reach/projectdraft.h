#pragma once

#include "core/edit/projecttypes.h"
#include "core/foundation/result.h"
#include "core/reach/reachdraft.h"

namespace montaj {

// What a Montaj project tells the reach estimate about the video it becomes: the length of its
// timeline, whether captions are burned in, and how much is on it. A project holds no post
// caption, hashtags or posting time (those belong to the post), so a draft keeps its own.
// Not for rendering or checking projects (core/edit, core/render).
struct ProjectReachFacts
{
    int durationSec = 0;      // the timeline, rounded to whole seconds (at least 1 when not empty)
    bool hasCaptions = false; // the caption track has cues and burns them in on export
    int clipCount = 0;
    int overlayCount = 0;

    bool isEmpty() const { return clipCount == 0; }
    // The same draft as far as the estimate goes (clip and overlay counts aside).
    bool sameDraftAs(const ProjectReachFacts &other) const
    {
        return durationSec == other.durationSec && hasCaptions == other.hasCaptions
               && isEmpty() == other.isEmpty();
    }

    static ProjectReachFacts of(const ProjectState &state);
    // Reads a project file; errors name the file (and line and column for broken JSON).
    static Result<ProjectReachFacts> read(const QString &path);
    // The draft as this project makes it: a video with its duration (unless the timeline is
    // empty) and its captions. Caption, hashtags, time and disclosure are left as they were.
    ReachDraft appliedTo(ReachDraft draft) const;
};

} // namespace montaj
