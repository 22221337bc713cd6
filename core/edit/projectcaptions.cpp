// ProjectDocument's caption verbs: each builds the changed track with CaptionEdits, validates it
// and pushes one command holding the tracks before and after.
#include "core/edit/projectdocument.h"

#include "core/captions/captionedits.h"
#include "core/edit/projectvalidator.h"

namespace montaj {
namespace {

Error noSuchCue(qsizetype index, qsizetype count)
{
    return Error(QStringLiteral("captions.no_such_cue"),
                 ProjectDocument::tr("There is no caption number %1 (the project has %n caption(s)).",
                                     nullptr, int(count))
                     .arg(index + 1),
                 {{QStringLiteral("index"), index}});
}

} // namespace

Result<void> ProjectDocument::replaceCaptions(const CaptionTrack &after, const QString &text)
{
    if (auto r = ProjectValidator::checkCaptions(after); !r)
        return r;
    const CaptionTrack before = m_state.captions;
    if (before == after)
        return {};
    push(
        text, [after](ProjectState &s) { s.captions = after; },
        [before](ProjectState &s) { s.captions = before; });
    return {};
}

Result<void> ProjectDocument::setCaptionTrack(const CaptionTrack &track, const QString &verb)
{
    return replaceCaptions(CaptionEdits::normalized(track), verb.isEmpty() ? tr("Change captions") : verb);
}

Result<qsizetype> ProjectDocument::addCaptionCue(const CaptionCue &cue)
{
    CaptionTrack after = m_state.captions;
    qsizetype at = 0;
    while (at < after.cues.size() && after.cues[at].startUs <= cue.startUs)
        ++at;
    after.cues.insert(at, cue);
    if (auto r = replaceCaptions(after, tr("Add caption")); !r)
        return r.error();
    return at;
}

Result<void> ProjectDocument::updateCaptionCue(qsizetype index, const CaptionCue &cue)
{
    if (index < 0 || index >= m_state.captions.cues.size())
        return noSuchCue(index, m_state.captions.cues.size());
    CaptionTrack after = m_state.captions;
    after.cues[index] = cue;
    // A new start may change the order: keep the track sorted (the edited cue moves with it).
    std::stable_sort(after.cues.begin(), after.cues.end(),
                     [](const CaptionCue &a, const CaptionCue &b) { return a.startUs < b.startUs; });
    return replaceCaptions(after, tr("Edit caption"));
}

Result<void> ProjectDocument::removeCaptionCue(qsizetype index)
{
    if (index < 0 || index >= m_state.captions.cues.size())
        return noSuchCue(index, m_state.captions.cues.size());
    CaptionTrack after = m_state.captions;
    after.cues.removeAt(index);
    return replaceCaptions(after, tr("Delete caption"));
}

Result<void> ProjectDocument::splitCaptionCue(qsizetype index, qint64 atUs)
{
    auto after = CaptionEdits::split(m_state.captions, index, atUs);
    if (!after)
        return after.error();
    return replaceCaptions(*after, tr("Split caption"));
}

Result<void> ProjectDocument::mergeCaptionCues(qsizetype index)
{
    auto after = CaptionEdits::mergeWithNext(m_state.captions, index);
    if (!after)
        return after.error();
    return replaceCaptions(*after, tr("Merge captions"));
}

Result<qint64> ProjectDocument::shiftCaptions(qint64 deltaUs)
{
    const CaptionEdits::Shifted shifted = CaptionEdits::shiftAll(m_state.captions, deltaUs);
    if (auto r = replaceCaptions(shifted.track, tr("Shift captions")); !r)
        return r.error();
    return shifted.appliedUs;
}

Result<int> ProjectDocument::replaceInCaptions(const QString &find, const QString &replacement,
                                               Qt::CaseSensitivity sensitivity)
{
    if (find.isEmpty())
        return Error(QStringLiteral("captions.empty_find"), tr("Type the text to find."));
    const CaptionEdits::Replaced replaced =
        CaptionEdits::findAndReplace(m_state.captions, find, replacement, sensitivity);
    if (auto r = replaceCaptions(replaced.track, tr("Replace in captions")); !r)
        return r.error();
    return replaced.count;
}

Result<void> ProjectDocument::setCaptionStyle(const CaptionStyle &style)
{
    CaptionTrack after = m_state.captions;
    after.style = style;
    return replaceCaptions(after, tr("Change caption style"));
}

Result<void> ProjectDocument::setCaptionOutput(const CaptionOutput &output)
{
    CaptionTrack after = m_state.captions;
    after.output = output;
    return replaceCaptions(after, tr("Change where captions go"));
}

} // namespace montaj
