#pragma once

#include "core/edit/projecttypes.h"
#include "core/foundation/result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace montaj {

class EditCommand;

// The project being edited: canvas, timeline of clips, text overlays and music, plus the undo
// stack. Every change goes through a verb that validates the request and then pushes exactly one
// QUndoCommand; nothing changes the state behind the stack's back. Compound edits are
// undoStack()->beginMacro() … endMacro() around several verbs. Not for persistence (ProjectFile),
// autosave (Autosaver) or reading media (probing is the caller's job).
class ProjectDocument : public QObject
{
    Q_OBJECT

public:
    explicit ProjectDocument(QObject *parent = nullptr);
    ~ProjectDocument() override;

    // A document holding an existing state (a loaded file, a recovered autosave); the state is
    // validated first. The undo stack starts empty and clean.
    static Result<std::unique_ptr<ProjectDocument>> fromState(ProjectState state);

    const ProjectState &state() const { return m_state; }
    const Canvas &canvas() const { return m_state.canvas; }
    const QList<Clip> &clips() const { return m_state.clips; }
    const QList<TextOverlay> &overlays() const { return m_state.overlays; }
    const MusicTrack &music() const { return m_state.music; }
    const QStringList &media() const { return m_state.media; }

    // Timeline: clips play back to back in list order.
    qint64 durationUs() const;
    std::optional<qsizetype> clipIndexAt(qint64 timelineUs) const;
    qint64 clipStartUs(qsizetype index) const; // index == clips().size() gives durationUs()
    std::optional<qsizetype> clipIndex(const QString &id) const;
    const Clip *clip(const QString &id) const;
    const TextOverlay *overlay(const QString &id) const;

    QUndoStack *undoStack() const { return m_undoStack; }
    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    bool isModified() const; // the undo stack is not at its clean index

    // Verbs: validate, then push one command. A request that changes nothing succeeds and pushes
    // nothing. Ids left empty are generated (uuid); a given id must be unused.
    Result<QString> addClip(Clip clip, qsizetype index = -1); // -1 appends
    Result<void> removeClip(const QString &id);
    Result<void> moveClip(const QString &id, qsizetype newIndex);
    Result<void> trimClip(const QString &id, qint64 newInUs, qint64 newOutUs);
    Result<QString> splitClip(const QString &id, qint64 timelineUs); // id of the right half
    Result<void> setClipFit(const QString &id, FitMode fit, QRectF cropRect = {0, 0, 1, 1});
    Result<void> setClipVolume(const QString &id, double volume);
    Result<void> setClipMuted(const QString &id, bool muted);
    // The clip's whole filter stack in one step (add, remove, reorder, change a parameter).
    Result<void> setClipFilters(const QString &id, const QList<FilterSettings> &filters,
                                const QString &verb = {});

    // Overlays draw in list order (later on top); -1 appends.
    Result<QString> addOverlay(TextOverlay overlay, qsizetype index = -1);
    Result<void> removeOverlay(const QString &id);
    Result<void> updateOverlay(const TextOverlay &overlay);

    Result<void> setMusic(MusicTrack music);
    Result<void> clearMusic();

    // Media bin. Adds files not listed yet (absolute paths of existing files), in order, as one
    // "Import media" command; removing takes a file off the bin only (clips keep using it).
    Result<void> addMedia(const QStringList &paths);
    Result<void> removeMedia(const QString &path);

    // Captions (projectcaptions.cpp): one command per caption verb, each validated.
    const CaptionTrack &captions() const { return m_state.captions; }
    // The whole track at once: import a file, automatic captions, clear. `verb` names the step.
    Result<void> setCaptionTrack(const CaptionTrack &track, const QString &verb);
    Result<qsizetype> addCaptionCue(const CaptionCue &cue); // kept in time order; the new index
    Result<void> updateCaptionCue(qsizetype index, const CaptionCue &cue);
    Result<void> removeCaptionCue(qsizetype index);
    Result<void> splitCaptionCue(qsizetype index, qint64 atUs);
    Result<void> mergeCaptionCues(qsizetype index); // with the next one
    Result<qint64> shiftCaptions(qint64 deltaUs);   // the shift made (clamped at 0)
    Result<int> replaceInCaptions(const QString &find, const QString &replacement,
                                  Qt::CaseSensitivity sensitivity = Qt::CaseSensitive); // how many
    Result<void> setCaptionStyle(const CaptionStyle &style);
    Result<void> setCaptionOutput(const CaptionOutput &output);

    Result<void> setCanvas(Canvas canvas);
    static Canvas canvasFor(CanvasPreset preset); // 1080×1920, 1080×1080, 1080×1350, 1920×1080

    // One command changing every clip, the music and the bin entry that use oldPath; newPath must
    // exist.
    Result<void> relinkMedia(const QString &oldPath, const QString &newPath);

Q_SIGNALS:
    // After any change: a verb, undo, redo (once per undo step; a macro emits once at its end).
    void changed();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    friend class EditCommand;
    using StateEdit = std::function<void(ProjectState &)>;

    void push(const QString &text, StateEdit redo, StateEdit undo);
    Result<void> replaceClip(qsizetype index, const Clip &after, const QString &text);
    Result<void> replaceMusic(const MusicTrack &after, const QString &text);
    Result<void> replaceCaptions(const CaptionTrack &after, const QString &text);
    bool idInUse(const QString &id) const;
    std::optional<qsizetype> overlayIndex(const QString &id) const;
    Error clipNotFound(const QString &id) const;
    Error overlayNotFound(const QString &id) const;
    Error indexOutOfRange(qsizetype index) const;

    ProjectState m_state;
    QUndoStack *m_undoStack = nullptr;
    QString m_filePath;
};

} // namespace montaj
