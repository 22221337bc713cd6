#pragma once

#include "core/edit/projectdocument.h"
#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

namespace montaj {

// The timeline's edit verbs as a user says them (delete the selection, ripple delete, split at the
// playhead, trim to the playhead, move, nudge, insert dropped clips), built from ProjectDocument's
// verbs. Each checks the whole request first and then changes the document as exactly one undo
// step; a request that changes nothing succeeds and pushes nothing. Ids name clips or text
// overlays. Not for selection, playhead or zoom (the Edit page's session and views), nor for single
// property edits the document offers itself (volume, fit, text style).
class TimelineEdits
{
    Q_DECLARE_TR_FUNCTIONS(TimelineEdits)

public:
    explicit TimelineEdits(ProjectDocument &document);

    // Removes the clips and overlays. The main track closes the gap a clip leaves; overlays and the
    // music keep their times.
    Result<void> deleteItems(const QStringList &ids);
    // Removes the clips' time from the whole timeline: the other overlays and the music after a
    // removed clip move left by its length, overlays across a cut get shorter and overlays lying
    // wholly inside a removed clip's time go with it. Listed overlays are simply removed.
    Result<void> rippleDelete(const QStringList &ids);
    // Cuts at `timelineUs`: with no ids the clip under that time, otherwise each listed clip or
    // overlay that spans it (the others are left alone). Returns the ids of the right-hand parts.
    Result<QStringList> split(qint64 timelineUs, const QStringList &ids = {});

    Result<void> moveClip(const QString &id, qsizetype newIndex);
    // Moves one item's start or end edge to a timeline time (a clip's start edge stays where the
    // main track puts it: trimming it takes the source from the front).
    Result<void> trimStart(const QString &id, qint64 timelineUs);
    Result<void> trimEnd(const QString &id, qint64 timelineUs);
    // Premiere's Q and W: trims the start (or end) of every listed item that spans `timelineUs` to
    // that time — with no ids, the clip under it.
    Result<void> trimStartTo(qint64 timelineUs, const QStringList &ids = {});
    Result<void> trimEndTo(qint64 timelineUs, const QStringList &ids = {});

    // Overlays keep their length; a start before 0 becomes 0.
    Result<void> moveOverlay(const QString &id, qint64 startUs);
    // Moves the listed overlays together by whole canvas frames (stopping at 0). Clips cannot be
    // nudged: the main track plays them back to back.
    Result<void> nudge(const QStringList &ids, qint64 frames);
    Result<void> moveMusic(qint64 startUs); // a start before 0 becomes 0

    // Inserts the clips in order before the clip at `index` (-1 or the clip count appends).
    Result<QStringList> insertClips(const QList<Clip> &clips, qsizetype index = -1);

    // The canvas frame count as microseconds, rounded to the nearest microsecond.
    static qint64 framesToUs(const Canvas &canvas, qint64 frames);

private:
    using Step = std::function<Result<void>()>;

    // Runs the steps inside one undo macro. Nothing is pushed for no steps; when a step fails the
    // steps done so far are undone.
    Result<void> runAsOne(const QString &text, const QList<Step> &steps);
    Result<void> checkIds(const QStringList &ids) const;
    Result<void> trimTo(qint64 timelineUs, const QStringList &ids, bool start);
    Result<void> trimOverlay(const QString &id, qint64 startUs, qint64 endUs, const QString &text);
    Error itemNotFound(const QString &id) const;
    Error nothingUnder(const QString &code, qint64 timelineUs, const QStringList &ids) const;

    ProjectDocument &m_doc;
};

} // namespace montaj
