#include "core/reach/projectdraft.h"

#include "core/edit/projectdocument.h"
#include "core/edit/projectfile.h"

#include <algorithm>

namespace montaj {

ProjectReachFacts ProjectReachFacts::of(const ProjectState &state)
{
    ProjectReachFacts facts;
    qint64 us = 0;
    for (const Clip &clip : state.clips)
        us += std::max<qint64>(0, clip.durationUs());
    facts.clipCount = int(state.clips.size());
    facts.overlayCount = int(state.overlays.size());
    facts.durationSec = us > 0 ? int(std::max<qint64>(1, (us + 500'000) / 1'000'000)) : 0;
    // Only captions drawn into the picture reach viewers: platforms ignore an MP4's subtitle track.
    facts.hasCaptions = !state.captions.isEmpty() && state.captions.output.burnIn;
    return facts;
}

Result<ProjectReachFacts> ProjectReachFacts::read(const QString &path)
{
    auto document = ProjectFile::load(path);
    if (!document)
        return document.error();
    return of((*document)->state());
}

ReachDraft ProjectReachFacts::appliedTo(ReachDraft draft) const
{
    draft.isPhoto = false;
    if (durationSec > 0)
        draft.durationSec = durationSec;
    draft.hasCaptions = hasCaptions;
    return draft;
}

} // namespace montaj
