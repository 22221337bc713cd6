#include "core/edit/timelineedits.h"

#include "core/edit/projectvalidator.h"

#include <QDir>
#include <QUndoStack>

#include <algorithm>

namespace montaj {
namespace {

QStringList unique(const QStringList &ids)
{
    QStringList out;
    for (const QString &id : ids)
        if (!out.contains(id))
            out << id;
    return out;
}

// Where a timeline time lands once the given ranges [start, end) are cut out: times inside a cut
// collapse to the cut's start.
struct RippleMap
{
    struct Range
    {
        qint64 startUs;
        qint64 endUs;
    };
    QList<Range> cuts;

    qint64 operator()(qint64 t) const
    {
        qint64 removed = 0;
        for (const Range &cut : cuts)
            removed += std::clamp<qint64>(t - cut.startUs, 0, cut.endUs - cut.startUs);
        return t - removed;
    }
};

Error withTime(Error error, qint64 timelineUs)
{
    return error.with(QStringLiteral("timelineUs"), timelineUs);
}

} // namespace

TimelineEdits::TimelineEdits(ProjectDocument &document)
    : m_doc(document)
{}

qint64 TimelineEdits::framesToUs(const Canvas &canvas, qint64 frames)
{
    const qint64 num = std::max(1, canvas.fpsNum);
    const qint64 scaled = frames * 1'000'000 * canvas.fpsDen;
    return (scaled >= 0 ? scaled + num / 2 : scaled - num / 2) / num;
}

Error TimelineEdits::itemNotFound(const QString &id) const
{
    return Error(QStringLiteral("edit.item_not_found"),
                 tr("There is no clip or text with the id “%1”.").arg(id), {{QStringLiteral("id"), id}});
}

Error TimelineEdits::nothingUnder(const QString &code, qint64 timelineUs, const QStringList &ids) const
{
    const QString message = code.endsWith(QLatin1String("split"))
                                ? tr("There is nothing to split here: put the playhead inside a clip or "
                                     "a selected text.")
                                : tr("There is nothing to trim here: put the playhead inside a clip or "
                                     "a selected text.");
    return Error(code, message, {{QStringLiteral("timelineUs"), timelineUs}, {QStringLiteral("ids"), ids}});
}

Result<void> TimelineEdits::checkIds(const QStringList &ids) const
{
    for (const QString &id : ids)
        if (!m_doc.clip(id) && !m_doc.overlay(id))
            return itemNotFound(id);
    return {};
}

Result<void> TimelineEdits::runAsOne(const QString &text, const QList<Step> &steps)
{
    if (steps.isEmpty())
        return {};
    QUndoStack *stack = m_doc.undoStack();
    stack->beginMacro(text);
    for (const Step &step : steps) {
        if (auto r = step(); !r) {
            // Every request is checked before the first step, so this is a bug: leave no half edit.
            stack->endMacro();
            stack->undo();
            return r;
        }
    }
    stack->endMacro();
    return {};
}

Result<void> TimelineEdits::deleteItems(const QStringList &given)
{
    const QStringList ids = unique(given);
    if (auto r = checkIds(ids); !r)
        return r;
    QList<Step> steps;
    for (const QString &id : ids) {
        if (m_doc.clip(id))
            steps << [this, id] { return m_doc.removeClip(id); };
        else
            steps << [this, id] { return m_doc.removeOverlay(id); };
    }
    return runAsOne(tr("Delete %n item(s)", nullptr, int(ids.size())), steps);
}

Result<void> TimelineEdits::rippleDelete(const QStringList &given)
{
    const QStringList ids = unique(given);
    if (auto r = checkIds(ids); !r)
        return r;
    RippleMap map;
    QList<Step> steps;
    for (qsizetype i = 0; i < m_doc.clips().size(); ++i) {
        const QString id = m_doc.clips().at(i).id;
        if (!ids.contains(id))
            continue;
        const qint64 startUs = m_doc.clipStartUs(i);
        map.cuts.append({startUs, startUs + m_doc.clips().at(i).durationUs()});
        steps << [this, id] { return m_doc.removeClip(id); };
    }
    for (const TextOverlay &overlay : m_doc.overlays()) {
        const QString id = overlay.id;
        TextOverlay moved = overlay;
        moved.startUs = map(overlay.startUs);
        moved.endUs = map(overlay.endUs);
        if (ids.contains(id) || moved.endUs <= moved.startUs)
            steps << [this, id] { return m_doc.removeOverlay(id); };
        else if (moved != overlay)
            steps << [this, moved] { return m_doc.updateOverlay(moved); };
    }
    if (m_doc.music().isSet()) {
        MusicTrack music = m_doc.music();
        music.startUs = map(music.startUs);
        if (music != m_doc.music())
            steps << [this, music] { return m_doc.setMusic(music); };
    }
    return runAsOne(tr("Ripple delete %n item(s)", nullptr, int(ids.size())), steps);
}

Result<QStringList> TimelineEdits::split(qint64 timelineUs, const QStringList &given)
{
    if (given.isEmpty()) {
        const auto index = m_doc.clipIndexAt(timelineUs);
        if (!index || m_doc.clipStartUs(*index) == timelineUs)
            return nothingUnder(QStringLiteral("edit.nothing_to_split"), timelineUs, given);
        auto right = m_doc.splitClip(m_doc.clips().at(*index).id, timelineUs);
        if (!right)
            return right.error();
        return QStringList{*right};
    }
    const QStringList ids = unique(given);
    if (auto r = checkIds(ids); !r)
        return r.error();
    QStringList rightIds;
    QList<Step> steps;
    for (const QString &id : ids) {
        if (const auto index = m_doc.clipIndex(id)) {
            const qint64 startUs = m_doc.clipStartUs(*index);
            if (timelineUs <= startUs || timelineUs >= startUs + m_doc.clips().at(*index).durationUs())
                continue;
            steps << [this, id, timelineUs, &rightIds]() -> Result<void> {
                auto right = m_doc.splitClip(id, timelineUs);
                if (!right)
                    return right.error();
                rightIds << *right;
                return {};
            };
            continue;
        }
        const TextOverlay overlay = *m_doc.overlay(id);
        if (timelineUs <= overlay.startUs || timelineUs >= overlay.endUs)
            continue;
        steps << [this, overlay, timelineUs, &rightIds]() -> Result<void> {
            TextOverlay left = overlay;
            left.endUs = timelineUs;
            TextOverlay right = overlay;
            right.id.clear();
            right.startUs = timelineUs;
            if (auto r = m_doc.updateOverlay(left); !r)
                return r;
            // Right above its left half, so the stacking of texts does not change.
            const qsizetype leftIndex = m_doc.overlays().indexOf(left);
            auto rightId = m_doc.addOverlay(right, leftIndex < 0 ? -1 : leftIndex + 1);
            if (!rightId)
                return rightId.error();
            rightIds << *rightId;
            return {};
        };
    }
    if (steps.isEmpty())
        return nothingUnder(QStringLiteral("edit.nothing_to_split"), timelineUs, ids);
    if (auto r = runAsOne(tr("Split %n item(s)", nullptr, int(steps.size())), steps); !r)
        return r.error();
    return rightIds;
}

Result<void> TimelineEdits::moveClip(const QString &id, qsizetype newIndex)
{
    return m_doc.moveClip(id, newIndex);
}

Result<void> TimelineEdits::trimOverlay(const QString &id, qint64 startUs, qint64 endUs, const QString &text)
{
    TextOverlay after = *m_doc.overlay(id);
    after.startUs = startUs;
    after.endUs = endUs;
    if (auto r = ProjectValidator::checkOverlay(after); !r)
        return r;
    if (after == *m_doc.overlay(id))
        return {};
    return runAsOne(text, {[this, after] { return m_doc.updateOverlay(after); }});
}

Result<void> TimelineEdits::trimStart(const QString &id, qint64 timelineUs)
{
    if (const auto index = m_doc.clipIndex(id)) {
        const Clip &clip = m_doc.clips().at(*index);
        const qint64 newInUs = clip.inUs + (timelineUs - m_doc.clipStartUs(*index));
        if (auto r = m_doc.trimClip(id, newInUs, clip.outUs); !r)
            return withTime(r.error(), timelineUs);
        return {};
    }
    if (const TextOverlay *overlay = m_doc.overlay(id)) {
        if (auto r = trimOverlay(id, timelineUs, overlay->endUs, tr("Trim text")); !r)
            return withTime(r.error(), timelineUs);
        return {};
    }
    return itemNotFound(id);
}

Result<void> TimelineEdits::trimEnd(const QString &id, qint64 timelineUs)
{
    if (const auto index = m_doc.clipIndex(id)) {
        const Clip &clip = m_doc.clips().at(*index);
        const qint64 newOutUs = clip.inUs + (timelineUs - m_doc.clipStartUs(*index));
        if (auto r = m_doc.trimClip(id, clip.inUs, newOutUs); !r)
            return withTime(r.error(), timelineUs);
        return {};
    }
    if (const TextOverlay *overlay = m_doc.overlay(id)) {
        if (auto r = trimOverlay(id, overlay->startUs, timelineUs, tr("Trim text")); !r)
            return withTime(r.error(), timelineUs);
        return {};
    }
    return itemNotFound(id);
}

Result<void> TimelineEdits::trimTo(qint64 timelineUs, const QStringList &given, bool start)
{
    const QString code = QStringLiteral("edit.nothing_to_trim");
    QStringList ids = unique(given);
    if (auto r = checkIds(ids); !r)
        return r;
    if (ids.isEmpty()) {
        if (const auto index = m_doc.clipIndexAt(timelineUs))
            ids << m_doc.clips().at(*index).id;
    }
    QList<Step> steps;
    for (const QString &id : ids) {
        qint64 startUs = 0;
        qint64 endUs = 0;
        if (const auto index = m_doc.clipIndex(id)) {
            startUs = m_doc.clipStartUs(*index);
            endUs = startUs + m_doc.clips().at(*index).durationUs();
        } else {
            startUs = m_doc.overlay(id)->startUs;
            endUs = m_doc.overlay(id)->endUs;
        }
        if (timelineUs <= startUs || timelineUs >= endUs)
            continue;
        if (start)
            steps << [this, id, timelineUs] { return trimStart(id, timelineUs); };
        else
            steps << [this, id, timelineUs] { return trimEnd(id, timelineUs); };
    }
    if (steps.isEmpty())
        return nothingUnder(code, timelineUs, given);
    return runAsOne(start ? tr("Trim start") : tr("Trim end"), steps);
}

Result<void> TimelineEdits::trimStartTo(qint64 timelineUs, const QStringList &ids)
{
    return trimTo(timelineUs, ids, true);
}

Result<void> TimelineEdits::trimEndTo(qint64 timelineUs, const QStringList &ids)
{
    return trimTo(timelineUs, ids, false);
}

Result<void> TimelineEdits::moveOverlay(const QString &id, qint64 startUs)
{
    const TextOverlay *overlay = m_doc.overlay(id);
    if (!overlay)
        return itemNotFound(id);
    const qint64 newStartUs = std::max<qint64>(0, startUs);
    return trimOverlay(id, newStartUs, newStartUs + (overlay->endUs - overlay->startUs), tr("Move text"));
}

Result<void> TimelineEdits::nudge(const QStringList &given, qint64 frames)
{
    const QStringList ids = unique(given);
    if (auto r = checkIds(ids); !r)
        return r;
    QList<TextOverlay> overlays;
    for (const QString &id : ids)
        if (const TextOverlay *overlay = m_doc.overlay(id))
            overlays << *overlay;
    if (overlays.isEmpty())
        return Error(QStringLiteral("edit.nothing_to_nudge"),
                     tr("Only text can be nudged: clips on the main track play back to back."),
                     {{QStringLiteral("ids"), ids}});
    qint64 deltaUs = framesToUs(m_doc.canvas(), frames);
    for (const TextOverlay &overlay : std::as_const(overlays))
        deltaUs = std::max(deltaUs, -overlay.startUs);
    if (deltaUs == 0)
        return {};
    QList<Step> steps;
    for (TextOverlay overlay : std::as_const(overlays)) {
        overlay.startUs += deltaUs;
        overlay.endUs += deltaUs;
        steps << [this, overlay] { return m_doc.updateOverlay(overlay); };
    }
    return runAsOne(tr("Nudge text"), steps);
}

Result<void> TimelineEdits::moveMusic(qint64 startUs)
{
    if (!m_doc.music().isSet())
        return Error(QStringLiteral("edit.no_music"), tr("The project has no music to move."));
    MusicTrack music = m_doc.music();
    music.startUs = std::max<qint64>(0, startUs);
    if (music == m_doc.music())
        return {};
    return runAsOne(tr("Move music"), {[this, music] { return m_doc.setMusic(music); }});
}

Result<QStringList> TimelineEdits::insertClips(const QList<Clip> &clips, qsizetype index)
{
    const qsizetype count = m_doc.clips().size();
    if (index == -1)
        index = count;
    if (index < 0 || index > count)
        return Error(QStringLiteral("edit.index_out_of_range"), tr("The position is outside the timeline."),
                     {{QStringLiteral("index"), qint64(index)}, {QStringLiteral("count"), qint64(count)}});
    QStringList seen;
    for (qsizetype i = 0; i < clips.size(); ++i) {
        Clip clip = clips.at(i);
        clip.mediaPath = QDir::cleanPath(clip.mediaPath);
        const QString field = QStringLiteral("clips[%1]").arg(i);
        if (!clip.id.isEmpty() && (m_doc.clip(clip.id) || m_doc.overlay(clip.id) || seen.contains(clip.id)))
            return ProjectValidator::duplicateId(clip.id).with(QStringLiteral("field"), field);
        seen << clip.id;
        if (auto r = ProjectValidator::checkClip(clip); !r)
            return Error(r.error()).with(QStringLiteral("field"), field);
    }
    QStringList ids;
    QList<Step> steps;
    for (qsizetype i = 0; i < clips.size(); ++i) {
        steps << [this, clip = clips.at(i), at = index + i, &ids]() -> Result<void> {
            auto id = m_doc.addClip(clip, at);
            if (!id)
                return id.error();
            ids << *id;
            return {};
        };
    }
    if (auto r = runAsOne(tr("Insert %n clip(s)", nullptr, int(clips.size())), steps); !r)
        return r.error();
    return ids;
}

} // namespace montaj
