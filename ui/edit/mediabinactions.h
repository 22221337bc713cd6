#pragma once

#include "core/edit/projecttypes.h"
#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace montaj::ui {

class EditSession;

// What the media bin's commands do to the project, each as ONE undo step: put files on the timeline
// (at its end, or at the playhead, splitting the clip under it), use a file as the music, take files
// off the bin. Checks everything it can before the first change and never leaves half an edit.
// Files must have been read by the session's MediaPool. Not for importing (ProjectDocument::addMedia).
class MediaBinActions
{
    Q_DECLARE_TR_FUNCTIONS(MediaBinActions)

public:
    static Result<void> addToTimeline(EditSession &session, const QStringList &paths);
    static Result<void> insertAtPlayhead(EditSession &session, const QStringList &paths);
    static Result<void> useAsMusic(EditSession &session, const QString &path);
    static Result<void> removeFromBin(EditSession &session, const QStringList &paths);

private:
    static Result<QList<Clip>> clipsFor(const EditSession &session, const QStringList &paths);
    // Runs `steps` inside an undo macro named `text` when `macro`; on a failure the macro is undone.
    static Result<void> asOneStep(EditSession &session, bool macro, const QString &text,
                                  const std::function<Result<void>()> &steps);
};

} // namespace montaj::ui
