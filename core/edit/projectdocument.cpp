#include "core/edit/projectdocument.h"

#include "core/edit/internal/editcommand.h"
#include "core/edit/projectvalidator.h"

#include <QDir>
#include <QFileInfo>
#include <QUndoStack>
#include <QUuid>

namespace montaj {
namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::indexChanged, this, &ProjectDocument::changed);
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

ProjectDocument::~ProjectDocument()
{
    // The stack (a child) clears itself when deleted: that must not reach a half-destroyed document.
    m_undoStack->disconnect(this);
}

Result<std::unique_ptr<ProjectDocument>> ProjectDocument::fromState(ProjectState state)
{
    if (auto r = ProjectValidator::checkState(state); !r)
        return r.error();
    auto doc = std::make_unique<ProjectDocument>();
    doc->m_state = std::move(state);
    return doc;
}

qint64 ProjectDocument::durationUs() const
{
    return clipStartUs(m_state.clips.size());
}

std::optional<qsizetype> ProjectDocument::clipIndexAt(qint64 timelineUs) const
{
    if (timelineUs < 0)
        return std::nullopt;
    qint64 startUs = 0;
    for (qsizetype i = 0; i < m_state.clips.size(); ++i) {
        const qint64 endUs = startUs + m_state.clips[i].durationUs();
        if (timelineUs < endUs)
            return i;
        startUs = endUs;
    }
    return std::nullopt;
}

qint64 ProjectDocument::clipStartUs(qsizetype index) const
{
    Q_ASSERT(index >= 0 && index <= m_state.clips.size());
    qint64 startUs = 0;
    for (qsizetype i = 0; i < index && i < m_state.clips.size(); ++i)
        startUs += m_state.clips[i].durationUs();
    return startUs;
}

std::optional<qsizetype> ProjectDocument::clipIndex(const QString &id) const
{
    for (qsizetype i = 0; i < m_state.clips.size(); ++i)
        if (m_state.clips[i].id == id)
            return i;
    return std::nullopt;
}

std::optional<qsizetype> ProjectDocument::overlayIndex(const QString &id) const
{
    for (qsizetype i = 0; i < m_state.overlays.size(); ++i)
        if (m_state.overlays[i].id == id)
            return i;
    return std::nullopt;
}

const Clip *ProjectDocument::clip(const QString &id) const
{
    const auto index = clipIndex(id);
    return index ? &m_state.clips[*index] : nullptr;
}

const TextOverlay *ProjectDocument::overlay(const QString &id) const
{
    const auto index = overlayIndex(id);
    return index ? &m_state.overlays[*index] : nullptr;
}

void ProjectDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(m_filePath);
}

bool ProjectDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void ProjectDocument::push(const QString &text, StateEdit redo, StateEdit undo)
{
    m_undoStack->push(new EditCommand(*this, text, std::move(redo), std::move(undo)));
}

bool ProjectDocument::idInUse(const QString &id) const
{
    return clipIndex(id) || overlayIndex(id);
}

Error ProjectDocument::clipNotFound(const QString &id) const
{
    return Error(QStringLiteral("edit.clip_not_found"), tr("There is no clip with the id “%1”.").arg(id),
                 {{QStringLiteral("clipId"), id}});
}

Error ProjectDocument::overlayNotFound(const QString &id) const
{
    return Error(QStringLiteral("edit.overlay_not_found"),
                 tr("There is no text overlay with the id “%1”.").arg(id),
                 {{QStringLiteral("overlayId"), id}});
}

Error ProjectDocument::indexOutOfRange(qsizetype index) const
{
    return Error(
        QStringLiteral("edit.index_out_of_range"), tr("The position is outside the timeline."),
        {{QStringLiteral("index"), qint64(index)}, {QStringLiteral("count"), qint64(m_state.clips.size())}});
}

Result<QString> ProjectDocument::addClip(Clip clip, qsizetype index)
{
    if (clip.id.isEmpty())
        clip.id = newId();
    else if (idInUse(clip.id))
        return ProjectValidator::duplicateId(clip.id);
    clip.mediaPath = QDir::cleanPath(clip.mediaPath);
    if (auto r = ProjectValidator::checkClip(clip); !r)
        return r.error();
    if (index == -1)
        index = m_state.clips.size();
    if (index < 0 || index > m_state.clips.size())
        return indexOutOfRange(index);
    push(
        tr("Add clip"), [clip, index](ProjectState &s) { s.clips.insert(index, clip); },
        [index](ProjectState &s) { s.clips.removeAt(index); });
    return clip.id;
}

Result<void> ProjectDocument::removeClip(const QString &id)
{
    const auto index = clipIndex(id);
    if (!index)
        return clipNotFound(id);
    const Clip removed = m_state.clips[*index];
    push(
        tr("Remove clip"), [i = *index](ProjectState &s) { s.clips.removeAt(i); },
        [i = *index, removed](ProjectState &s) { s.clips.insert(i, removed); });
    return {};
}

Result<void> ProjectDocument::moveClip(const QString &id, qsizetype newIndex)
{
    const auto from = clipIndex(id);
    if (!from)
        return clipNotFound(id);
    if (newIndex < 0 || newIndex >= m_state.clips.size())
        return indexOutOfRange(newIndex);
    if (newIndex == *from)
        return {};
    push(
        tr("Move clip"), [from = *from, newIndex](ProjectState &s) { s.clips.move(from, newIndex); },
        [from = *from, newIndex](ProjectState &s) { s.clips.move(newIndex, from); });
    return {};
}

Result<void> ProjectDocument::replaceClip(qsizetype index, const Clip &after, const QString &text)
{
    const Clip before = m_state.clips[index];
    if (after == before)
        return {};
    push(
        text, [index, after](ProjectState &s) { s.clips[index] = after; },
        [index, before](ProjectState &s) { s.clips[index] = before; });
    return {};
}

Result<void> ProjectDocument::trimClip(const QString &id, qint64 newInUs, qint64 newOutUs)
{
    const auto index = clipIndex(id);
    if (!index)
        return clipNotFound(id);
    Clip after = m_state.clips[*index];
    after.inUs = newInUs;
    after.outUs = newOutUs;
    if (auto r = ProjectValidator::checkRange(after); !r)
        return r;
    return replaceClip(*index, after, tr("Trim clip"));
}

Result<QString> ProjectDocument::splitClip(const QString &id, qint64 timelineUs)
{
    const auto index = clipIndex(id);
    if (!index)
        return clipNotFound(id);
    const Clip original = m_state.clips[*index];
    const qint64 startUs = clipStartUs(*index);
    const qint64 endUs = startUs + original.durationUs();
    if (timelineUs <= startUs || timelineUs >= endUs)
        return Error(QStringLiteral("edit.split_outside_clip"),
                     tr("The split point must lie inside the clip, not at its edges."),
                     {{QStringLiteral("clipId"), id},
                      {QStringLiteral("timelineUs"), timelineUs},
                      {QStringLiteral("clipStartUs"), startUs},
                      {QStringLiteral("clipEndUs"), endUs}});
    Clip left = original;
    left.outUs = original.inUs + (timelineUs - startUs);
    Clip right = original;
    right.id = newId();
    right.inUs = left.outUs;
    push(
        tr("Split clip"),
        [i = *index, left, right](ProjectState &s) {
            s.clips[i] = left;
            s.clips.insert(i + 1, right);
        },
        [i = *index, original](ProjectState &s) {
            s.clips.removeAt(i + 1);
            s.clips[i] = original;
        });
    return right.id;
}

Result<void> ProjectDocument::setClipFit(const QString &id, FitMode fit, QRectF cropRect)
{
    const auto index = clipIndex(id);
    if (!index)
        return clipNotFound(id);
    if (auto r = ProjectValidator::checkCrop(cropRect); !r)
        return r;
    Clip after = m_state.clips[*index];
    after.fit = fit;
    after.cropRect = cropRect;
    return replaceClip(*index, after, tr("Change clip framing"));
}

Result<void> ProjectDocument::setClipVolume(const QString &id, double volume)
{
    const auto index = clipIndex(id);
    if (!index)
        return clipNotFound(id);
    if (auto r = ProjectValidator::checkVolume(volume); !r)
        return r;
    Clip after = m_state.clips[*index];
    after.volume = volume;
    return replaceClip(*index, after, tr("Change clip volume"));
}

Result<void> ProjectDocument::setClipMuted(const QString &id, bool muted)
{
    const auto index = clipIndex(id);
    if (!index)
        return clipNotFound(id);
    Clip after = m_state.clips[*index];
    after.muted = muted;
    return replaceClip(*index, after, muted ? tr("Mute clip") : tr("Unmute clip"));
}

Result<void> ProjectDocument::setClipFilters(const QString &id, const QList<FilterSettings> &filters,
                                             const QString &verb)
{
    const auto index = clipIndex(id);
    if (!index)
        return clipNotFound(id);
    for (const FilterSettings &f : filters)
        if (f.id.isEmpty())
            return Error(QStringLiteral("edit.filter_without_id"), tr("A filter has no name."));
    if (m_state.clips[*index].filters == filters)
        return {};
    Clip after = m_state.clips[*index];
    after.filters = filters;
    return replaceClip(*index, after, verb.isEmpty() ? tr("Change filters") : verb);
}

Result<QString> ProjectDocument::addOverlay(TextOverlay overlay, qsizetype index)
{
    if (index < -1 || index > m_state.overlays.size())
        return indexOutOfRange(index);
    if (overlay.id.isEmpty())
        overlay.id = newId();
    else if (idInUse(overlay.id))
        return ProjectValidator::duplicateId(overlay.id);
    if (auto r = ProjectValidator::checkOverlay(overlay); !r)
        return r.error();
    const qsizetype at = index < 0 ? m_state.overlays.size() : index;
    push(
        tr("Add text"), [overlay, at](ProjectState &s) { s.overlays.insert(at, overlay); },
        [at](ProjectState &s) { s.overlays.removeAt(at); });
    return overlay.id;
}

Result<void> ProjectDocument::removeOverlay(const QString &id)
{
    const auto index = overlayIndex(id);
    if (!index)
        return overlayNotFound(id);
    const TextOverlay removed = m_state.overlays[*index];
    push(
        tr("Remove text"), [i = *index](ProjectState &s) { s.overlays.removeAt(i); },
        [i = *index, removed](ProjectState &s) { s.overlays.insert(i, removed); });
    return {};
}

Result<void> ProjectDocument::updateOverlay(const TextOverlay &overlay)
{
    const auto index = overlayIndex(overlay.id);
    if (!index)
        return overlayNotFound(overlay.id);
    if (auto r = ProjectValidator::checkOverlay(overlay); !r)
        return r;
    const TextOverlay before = m_state.overlays[*index];
    if (before == overlay)
        return {};
    push(
        tr("Edit text"), [i = *index, overlay](ProjectState &s) { s.overlays[i] = overlay; },
        [i = *index, before](ProjectState &s) { s.overlays[i] = before; });
    return {};
}

Result<void> ProjectDocument::replaceMusic(const MusicTrack &after, const QString &text)
{
    const MusicTrack before = m_state.music;
    if (before == after)
        return {};
    push(
        text, [after](ProjectState &s) { s.music = after; }, [before](ProjectState &s) { s.music = before; });
    return {};
}

Result<void> ProjectDocument::setMusic(MusicTrack music)
{
    if (music.path.isEmpty())
        return Error(QStringLiteral("edit.music_missing_media"), tr("The music track has no media file."));
    music.path = QDir::cleanPath(music.path);
    if (auto r = ProjectValidator::checkMusic(music); !r)
        return r;
    return replaceMusic(music, tr("Set music"));
}

Result<void> ProjectDocument::clearMusic()
{
    return replaceMusic(MusicTrack{}, tr("Remove music"));
}

Result<void> ProjectDocument::addMedia(const QStringList &paths)
{
    QStringList added;
    for (const QString &given : paths) {
        const QString path = QDir::cleanPath(given);
        if (given.isEmpty() || !QDir::isAbsolutePath(path) || !QFileInfo(path).isFile())
            return Error(QStringLiteral("edit.media_missing"),
                         tr("The file “%1” does not exist.").arg(QDir::toNativeSeparators(given)),
                         {{QStringLiteral("file"), given}});
        if (!m_state.media.contains(path) && !added.contains(path))
            added << path;
    }
    if (added.isEmpty())
        return {};
    const qsizetype before = m_state.media.size();
    push(
        tr("Import media"), [added](ProjectState &s) { s.media.append(added); },
        [before](ProjectState &s) { s.media.resize(before); });
    return {};
}

Result<void> ProjectDocument::removeMedia(const QString &path)
{
    const qsizetype index = m_state.media.indexOf(QDir::cleanPath(path));
    if (index < 0)
        return Error(QStringLiteral("edit.media_not_in_bin"),
                     tr("“%1” is not in the media bin.").arg(QDir::toNativeSeparators(path)),
                     {{QStringLiteral("file"), path}});
    const QString removed = m_state.media.at(index);
    push(
        tr("Remove from media bin"), [index](ProjectState &s) { s.media.removeAt(index); },
        [index, removed](ProjectState &s) { s.media.insert(index, removed); });
    return {};
}

Result<void> ProjectDocument::setCanvas(Canvas canvas)
{
    if (auto r = ProjectValidator::checkCanvas(canvas); !r)
        return r;
    const Canvas before = m_state.canvas;
    if (before == canvas)
        return {};
    push(
        tr("Change canvas"), [canvas](ProjectState &s) { s.canvas = canvas; },
        [before](ProjectState &s) { s.canvas = before; });
    return {};
}

Canvas ProjectDocument::canvasFor(CanvasPreset preset)
{
    Canvas canvas;
    switch (preset) {
    case CanvasPreset::Vertical9x16: canvas.size = {1080, 1920}; break;
    case CanvasPreset::Square1x1: canvas.size = {1080, 1080}; break;
    case CanvasPreset::Portrait4x5: canvas.size = {1080, 1350}; break;
    case CanvasPreset::Landscape16x9: canvas.size = {1920, 1080}; break;
    }
    return canvas;
}

Result<void> ProjectDocument::relinkMedia(const QString &oldPath, const QString &newPath)
{
    const QString from = QDir::cleanPath(oldPath);
    const QString to = QDir::cleanPath(newPath);
    QList<qsizetype> indexes;
    for (qsizetype i = 0; i < m_state.clips.size(); ++i)
        if (m_state.clips[i].mediaPath == from)
            indexes << i;
    const bool music = m_state.music.isSet() && m_state.music.path == from;
    const qsizetype binIndex = m_state.media.indexOf(from);
    if (indexes.isEmpty() && !music && binIndex < 0)
        return Error(QStringLiteral("edit.media_not_used"),
                     tr("No clip or music uses “%1”.").arg(QDir::toNativeSeparators(oldPath)),
                     {{QStringLiteral("file"), oldPath}});
    if (newPath.isEmpty() || !QDir::isAbsolutePath(to) || !QFileInfo(to).isFile())
        return Error(QStringLiteral("edit.relink_target_missing"),
                     tr("The file “%1” does not exist.").arg(QDir::toNativeSeparators(newPath)),
                     {{QStringLiteral("file"), newPath}});
    if (from == to)
        return {};
    // The bin lists each file once: when the new file is listed already, the old entry goes.
    const bool binHasTarget = m_state.media.contains(to);
    const auto relink = [indexes, music, binIndex, binHasTarget](const QString &path, bool forward) {
        return [indexes, music, binIndex, binHasTarget, path, forward](ProjectState &s) {
            for (const qsizetype i : indexes)
                s.clips[i].mediaPath = path;
            if (music)
                s.music.path = path;
            if (binIndex < 0)
                return;
            if (!binHasTarget)
                s.media[binIndex] = path;
            else if (forward)
                s.media.removeAt(binIndex);
            else
                s.media.insert(binIndex, path);
        };
    };
    push(tr("Relink media"), relink(to, true), relink(from, false));
    return {};
}

} // namespace montaj
