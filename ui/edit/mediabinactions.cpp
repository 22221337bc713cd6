#include "ui/edit/mediabinactions.h"

#include "core/edit/projectvalidator.h"
#include "ui/edit/editsession.h"
#include "ui/edit/mediapool.h"

#include <QUndoStack>

namespace montaj::ui {

Result<QList<Clip>> MediaBinActions::clipsFor(const EditSession &session, const QStringList &paths)
{
    QList<Clip> clips;
    for (const QString &path : paths) {
        auto clip = session.media()->clipFor(path);
        if (!clip)
            return clip.error();
        if (auto valid = ProjectValidator::checkClip(*clip); !valid)
            return valid.error();
        clips << *clip;
    }
    return clips;
}

Result<void> MediaBinActions::asOneStep(EditSession &session, bool macro, const QString &text,
                                        const std::function<Result<void>()> &steps)
{
    QUndoStack *stack = session.document()->undoStack();
    if (macro)
        stack->beginMacro(text);
    const Result<void> outcome = steps();
    if (macro) {
        stack->endMacro();
        if (!outcome)
            stack->undo(); // checked beforehand, so not expected: still, never leave half of it
    }
    return outcome;
}

Result<void> MediaBinActions::addToTimeline(EditSession &session, const QStringList &paths)
{
    const auto clips = clipsFor(session, paths);
    if (!clips)
        return clips.error();
    const int count = int(clips->size());
    return asOneStep(session, count > 1, tr("Add %n clip(s) to the timeline", nullptr, count),
                     [&]() -> Result<void> {
                         for (const Clip &clip : *clips)
                             if (auto added = session.document()->addClip(clip); !added)
                                 return added.error();
                         return {};
                     });
}

Result<void> MediaBinActions::insertAtPlayhead(EditSession &session, const QStringList &paths)
{
    const auto clips = clipsFor(session, paths);
    if (!clips)
        return clips.error();
    ProjectDocument *doc = session.document();
    const qint64 at = session.playheadUs();
    const auto under = doc->clipIndexAt(at);
    const bool split = under && doc->clipStartUs(*under) < at;
    qsizetype index = !under ? doc->clips().size() : split ? *under + 1 : *under;
    return asOneStep(session, split || clips->size() > 1, tr("Insert at the playhead"),
                     [&]() -> Result<void> {
                         if (split)
                             if (auto r = doc->splitClip(doc->clips().at(*under).id, at); !r)
                                 return r.error();
                         for (const Clip &clip : *clips)
                             if (auto added = doc->addClip(clip, index++); !added)
                                 return added.error();
                         return {};
                     });
}

Result<void> MediaBinActions::useAsMusic(EditSession &session, const QString &path)
{
    auto music = session.media()->musicFor(path, 0);
    if (!music)
        return music.error();
    return session.document()->setMusic(*music);
}

Result<void> MediaBinActions::removeFromBin(EditSession &session, const QStringList &paths)
{
    QStringList listed;
    for (const QString &path : paths)
        if (session.document()->media().contains(path))
            listed << path;
    const int count = int(listed.size());
    return asOneStep(session, count > 1, tr("Remove %n file(s) from the media bin", nullptr, count),
                     [&]() -> Result<void> {
                         for (const QString &path : std::as_const(listed))
                             if (auto r = session.document()->removeMedia(path); !r)
                                 return r;
                         return {};
                     });
}

} // namespace montaj::ui
